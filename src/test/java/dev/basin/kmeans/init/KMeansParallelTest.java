package dev.basin.kmeans.init;

import dev.basin.data.Dataset;
import dev.basin.data.Generated;
import dev.basin.data.Generators;
import dev.basin.random.Seeds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** k-means|| (Bahmani et al. 2012) as Spark ML runs it: what it chooses, and what it never chooses. */
class KMeansParallelTest {
    private static final KMeansParallel SPARK = KMeansParallel.sparkDefaults();

    @Test
    void withAsManyClustersAsDistinctRowsEveryDistinctRowIsACenter() {
        // 9 rows, 5 distinct points (duplicates and a zero-weight row among them)
        double[] values = {0, 0, 0, 0, 4, 1, 4, 1, 9, 9, -3, 5, -3, 5, 7, -2, 50, 50};
        double[] weights = {1, 2, 1, 1, 3, 1, 1, 2, 0};
        Dataset data = Dataset.builder(values, List.of("a", "b")).weights(weights).build();
        for (long seed = 0; seed < 20; seed++) {
            double[] centers = SPARK.choose(data, 5, Seeds.generator(seed)).centers();
            List<String> chosen = points(centers);
            chosen.sort(null);
            List<String> expected = new ArrayList<>(List.of("0.0,0.0", "4.0,1.0", "9.0,9.0", "-3.0,5.0", "7.0,-2.0"));
            expected.sort(null);
            assertEquals(expected, chosen, "seed " + seed);
        }
    }

    @Test
    void startsNearEveryBlobOfWellSeparatedData() {
        Generated blobs = Generators.blobs(3000, 12, 2, 0.5, 3);
        double[] truth = blobs.trueCenters();
        for (long seed = 0; seed < 20; seed++) {
            double[] centers = SPARK.choose(blobs.data(), 12, Seeds.generator(seed)).centers();
            for (int t = 0; t < 12; t++) {
                double nearest = Double.POSITIVE_INFINITY;
                for (int c = 0; c < 12; c++) {
                    nearest = Math.min(nearest, Math.hypot(centers[2 * c] - truth[2 * t], centers[2 * c + 1] - truth[2 * t + 1]));
                }
                assertTrue(nearest < 2.0, "seed " + seed + ": no initial center near true center " + t
                        + " (nearest at " + nearest + ")");
            }
        }
    }

    @Test
    void aRowOfWeightZeroIsNeverACandidate() {
        double[] values = new double[61];
        double[] weights = new double[61];
        for (int i = 0; i < 60; i++) {
            values[i] = (i % 3) * 10 + (i / 3) * 0.01;
            weights[i] = 1;
        }
        values[60] = 1000; // far away, but weighs nothing
        Dataset data = Dataset.builder(values, List.of("x")).weights(weights).build();
        for (long seed = 0; seed < 30; seed++) {
            for (double center : SPARK.choose(data, 3, Seeds.generator(seed)).centers()) {
                assertTrue(center < 21, "seed " + seed + ": center " + center + " pulled toward the weightless row");
            }
        }
    }

    @Test
    void namedAsSparkNamesItWithAnAliasTheShellLeavesAlone() {
        assertEquals("k-means||", SPARK.name());
        assertEquals(SPARK, Initializers.byName("kmeans-parallel", 0));
        assertEquals(SPARK, Initializers.byName("k-means||", 0));
        assertTrue(Initializers.isName("kmeans-parallel"));
        assertEquals(2, SPARK.rounds());
        assertEquals(2.0, SPARK.oversampling());
        assertEquals(2012, SPARK.reference().orElseThrow().year());
        assertThrows(dev.basin.InvalidInputException.class, () -> new KMeansParallel(0, 2));
        assertThrows(dev.basin.InvalidInputException.class, () -> new KMeansParallel(2, 0));
    }

    private static List<String> points(double[] centers) {
        List<String> points = new ArrayList<>();
        for (int c = 0; c < centers.length / 2; c++) {
            points.add(centers[2 * c] + "," + centers[2 * c + 1]);
        }
        return points;
    }
}
