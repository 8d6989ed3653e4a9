package dev.basin.analysis;

import dev.basin.data.Dataset;
import dev.basin.random.Seeds;
import dev.basin.testing.NumericCsv;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The silhouette equals scikit-learn's and a naive reference, exactly or on a stated sample. */
class SilhouetteTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sklearn/silhouette");

    @Test
    void equalsScikitLearnsSilhouetteScore() {
        NumericCsv data = NumericCsv.read(FIXTURE.resolve("data.csv"));
        NumericCsv labels = NumericCsv.read(FIXTURE.resolve("labels.csv"));
        NumericCsv expected = NumericCsv.read(FIXTURE.resolve("expected.csv"));
        Dataset dataset = Dataset.of(data.all(), data.header());
        Silhouette silhouette = Silhouette.prepare(dataset, 1000, 0);
        assertTrue(silhouette.exact());
        for (String[] row : expected.rows()) {
            String name = row[0];
            int k = Integer.parseInt(row[1]);
            int[] labelling = Arrays.stream(labels.column(name)).mapToInt(v -> (int) v).toArray();
            assertEquals(Double.parseDouble(row[2]), silhouette.score(labelling, k), 1e-12, name);
        }
    }

    @Property(tries = 100, seed = "7070")
    void equalsTheNaiveDefinition(@ForAll long caseSeed) {
        RandomGenerator random = Seeds.generator(caseSeed);
        int n = 2 + random.nextInt(40);
        int d = 1 + random.nextInt(4);
        int k = 1 + random.nextInt(Math.min(6, n));
        double[] values = new double[n * d];
        for (int i = 0; i < values.length; i++) {
            // a coarse grid makes ties and zero distances (repeated rows) common
            values[i] = random.nextInt(3) == 0 ? random.nextInt(4) : random.nextGaussian() * 3;
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(k);
        }
        Dataset data = Dataset.of(values, names(d));
        double fast = Silhouette.prepare(data, 1000, 0).score(labels, k);
        double naive = naive(values, d, labels, k);
        if (Double.isNaN(naive)) {
            assertTrue(Double.isNaN(fast));
        } else {
            assertEquals(naive, fast, 1e-12);
        }
    }

    @Test
    void largeDataIsScoredOnASeededSampleOfTheStatedSize() {
        RandomGenerator random = Seeds.generator(3);
        int n = 500;
        double[] values = new double[n * 2];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            values[2 * i] = labels[i] * 5 + random.nextGaussian();
            values[2 * i + 1] = random.nextGaussian();
        }
        Dataset data = Dataset.of(values, names(2));
        Silhouette sample = Silhouette.prepare(data, 120, 42);
        assertFalse(sample.exact());
        assertEquals(120, sample.sampleSize());
        int[] rows = sample.rows();
        assertEquals(120, Arrays.stream(rows).distinct().count());
        assertTrue(Arrays.equals(rows, Silhouette.prepare(data, 120, 42).rows()), "the sample is a function of its seed");
        assertFalse(Arrays.equals(rows, Silhouette.prepare(data, 120, 43).rows()));
        // the sample's score is the naive score of the sampled rows alone
        double[] sampled = new double[rows.length * 2];
        int[] sampledLabels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            sampled[2 * i] = values[2 * rows[i]];
            sampled[2 * i + 1] = values[2 * rows[i] + 1];
            sampledLabels[i] = labels[rows[i]];
        }
        assertEquals(naive(sampled, 2, sampledLabels, 3), sample.score(labels, 3), 1e-12);
        // and close to the exact score
        assertEquals(Silhouette.prepare(data, 500, 0).score(labels, 3), sample.score(labels, 3), 0.05);
    }

    @Test
    void oneClusterHasNoSilhouette() {
        Dataset data = Dataset.of(new double[]{0, 1, 2, 3}, names(1));
        assertTrue(Double.isNaN(Silhouette.prepare(data, 10, 0).score(new int[]{0, 0, 0, 0}, 1)));
        assertTrue(Double.isNaN(Silhouette.prepare(data, 10, 0).score(new int[]{1, 1, 1, 1}, 3)));
    }

    /** Rousseeuw's definition written out directly, as scikit-learn states it. */
    static double naive(double[] values, int d, int[] labels, int k) {
        int n = labels.length;
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        if (Arrays.stream(sizes).filter(s -> s > 0).count() < 2) {
            return Double.NaN;
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (sizes[labels[i]] == 1) {
                continue;
            }
            double a = 0;
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (sizes[c] == 0) {
                    continue;
                }
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (labels[j] == c && j != i) {
                        double s = 0;
                        for (int f = 0; f < d; f++) {
                            double diff = values[i * d + f] - values[j * d + f];
                            s += diff * diff;
                        }
                        sum += Math.sqrt(s);
                    }
                }
                if (c == labels[i]) {
                    a = sum / (sizes[c] - 1);
                } else {
                    b = Math.min(b, sum / sizes[c]);
                }
            }
            double max = Math.max(a, b);
            total += max == 0 ? 0 : (b - a) / max;
        }
        return total / n;
    }

    private static List<String> names(int d) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            names.add("x" + j);
        }
        return names;
    }
}
