package dev.basin.data;

import dev.basin.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Blobs are a pure function of their arguments and are drawn from the truth they report. */
class GeneratorsTest {

    @Test
    void sameSeedGivesIdenticalDataAndAnotherSeedDoesNot() {
        Generated a = Generators.blobs(1000, 7, 3, 4.0, 42);
        Generated b = Generators.blobs(1000, 7, 3, 4.0, 42);
        assertArrayEquals(a.data().values(), b.data().values());
        assertArrayEquals(a.trueCenters(), b.trueCenters());
        assertArrayEquals(a.trueLabels(), b.trueLabels());
        assertArrayEquals(a.data().labels().orElseThrow(), b.data().labels().orElseThrow());

        Generated c = Generators.blobs(1000, 7, 3, 4.0, 43);
        assertFalse(Arrays.equals(a.trueCenters(), c.trueCenters()));
        assertFalse(Arrays.equals(a.data().values(), c.data().values()));
    }

    @Test
    void shapeNamesLabelsAndSizes() {
        Generated g = Generators.blobs(1003, 10, 2, 1.0, 5);
        Dataset data = g.data();
        assertEquals(1003, data.rows());
        assertEquals(2, data.dims());
        assertEquals(List.of("x0", "x1"), data.features());
        assertFalse(data.isWeighted());
        assertEquals(10, g.k());
        assertEquals(20, g.trueCenters().length);
        assertEquals("cluster", data.labelColumn().orElseThrow());

        int[] labels = g.trueLabels();
        String[] text = data.labels().orElseThrow();
        int[] sizes = new int[10];
        for (int i = 0; i < labels.length; i++) {
            assertEquals(Integer.toString(labels[i]), text[i], "row " + i);
            sizes[labels[i]]++;
        }
        // 1003 = 10 × 100 + 3: the first three clusters get the extra rows.
        assertArrayEquals(new int[]{101, 101, 101, 100, 100, 100, 100, 100, 100, 100}, sizes);
        for (double v : g.trueCenters()) {
            assertTrue(v >= 0 && v <= Generators.BOX, "center coordinate " + v + " outside the box");
        }
    }

    @Test
    void rowsAreShuffledNotGroupedByCluster() {
        int[] labels = Generators.blobs(1000, 10, 2, 1.0, 9).trueLabels();
        int changes = 0;
        for (int i = 1; i < labels.length; i++) {
            if (labels[i] != labels[i - 1]) {
                changes++;
            }
        }
        // Grouped rows would change cluster 9 times; shuffled ones about 900 times.
        assertTrue(changes > 800, changes + " cluster changes between neighbouring rows");
    }

    @Test
    void eachBlobsMeanAndSpreadMatchItsTruth() {
        int n = 20_000;
        int k = 8;
        int dims = 3;
        double spread = 5.0;
        Generated g = Generators.blobs(n, k, dims, spread, 7);
        double[] values = g.data().values();
        int[] labels = g.trueLabels();
        double[] sum = new double[k * dims];
        double[] squares = new double[k * dims];
        int[] size = new int[k];
        for (int i = 0; i < n; i++) {
            size[labels[i]]++;
            for (int j = 0; j < dims; j++) {
                double v = values[i * dims + j];
                sum[labels[i] * dims + j] += v;
                squares[labels[i] * dims + j] += v * v;
            }
        }
        double[] centers = g.trueCenters();
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < dims; j++) {
                double mean = sum[c * dims + j] / size[c];
                // The sample mean has standard error spread / √size; 5 of them is never reached by chance.
                double bound = 5 * spread / Math.sqrt(size[c]);
                assertEquals(centers[c * dims + j], mean, bound, "cluster " + c + ", feature " + j);
                double sd = Math.sqrt(squares[c * dims + j] / size[c] - mean * mean);
                // The sample standard deviation of 2,500 normal draws has a standard error of 1.4%.
                assertEquals(spread, sd, 0.07 * spread, "spread of cluster " + c + ", feature " + j);
            }
        }
    }

    @Test
    void centersAreAtLeastTheMinimumSeparationApart() {
        int[][] shapes = {{15, 2}, {15, 1}, {50, 2}, {30, 3}, {100, 2}, {20, 10}, {2, 1}};
        for (int[] shape : shapes) {
            int k = shape[0];
            int dims = shape[1];
            double separation = Generators.minSeparation(k, dims);
            for (long seed = 0; seed < 20; seed++) {
                double[] centers = Generators.blobs(k, k, dims, 0.0, seed).trueCenters();
                for (int a = 0; a < k; a++) {
                    for (int b = a + 1; b < k; b++) {
                        double squared = 0;
                        for (int j = 0; j < dims; j++) {
                            double diff = centers[a * dims + j] - centers[b * dims + j];
                            squared += diff * diff;
                        }
                        assertTrue(Math.sqrt(squared) >= separation, "k " + k + ", dims " + dims + ", seed "
                                + seed + ": centers " + a + " and " + b + " are " + Math.sqrt(squared) + " apart");
                    }
                }
            }
        }
    }

    @Test
    void minimumSeparationIsHalfTheGridSpacing() {
        assertEquals(50.0 / Math.sqrt(15), Generators.minSeparation(15, 2), 1e-12);
        assertEquals(50.0 / 15, Generators.minSeparation(15, 1), 1e-12);
        assertEquals(50.0, Generators.minSeparation(1, 4), 1e-12);
    }

    @Test
    void zeroSpreadPutsEveryRowOnItsCenter() {
        Generated g = Generators.blobs(50, 5, 2, 0.0, 3);
        int[] labels = g.trueLabels();
        for (int i = 0; i < 50; i++) {
            assertArrayEquals(g.center(labels[i]), g.data().row(i), "row " + i);
        }
    }

    @Test
    void returnedArraysAreCopies() {
        Generated g = Generators.blobs(20, 2, 2, 1.0, 0);
        g.trueCenters()[0] = -1;
        g.trueLabels()[0] = -1;
        assertTrue(g.trueCenters()[0] >= 0);
        assertTrue(g.trueLabels()[0] >= 0);
    }

    @Test
    void argumentsOutOfRangeAreRejected() {
        assertThrows(InvalidInputException.class, () -> Generators.blobs(10, 0, 2, 1.0, 0));
        assertThrows(InvalidInputException.class, () -> Generators.blobs(10, 2, 0, 1.0, 0));
        assertThrows(InvalidInputException.class, () -> Generators.blobs(3, 4, 2, 1.0, 0));
        assertThrows(InvalidInputException.class, () -> Generators.blobs(10, 2, 2, -1.0, 0));
        assertThrows(InvalidInputException.class, () -> Generators.blobs(10, 2, 2, Double.NaN, 0));
        assertThrows(InvalidInputException.class, () -> Generators.blobs(10, 2, 2, Double.POSITIVE_INFINITY, 0));
    }
}
