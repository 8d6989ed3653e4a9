package dev.basin.analysis;

import dev.basin.data.Dataset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plane projection against known principal axes. */
class PlaneProjectionTest {
    @Test
    void twoFeaturesAreDrawnAsTheyAre() {
        Dataset data = Dataset.of(new double[]{1, 2, 3, 4}, List.of("a", "b"));
        PlaneProjection projection = PlaneProjection.of(data);
        assertArrayEquals(new double[]{1, 2, 3, 4}, projection.project(data.values()));
        assertEquals("a", projection.xLabel());
    }

    @Test
    void principalAxesOfAnElongatedCloud() {
        // variance 100 along (1, 1, 0)/√2, 4 along (0, 0, 1), 0.01 along (1, −1, 0)/√2
        Random random = new Random(3);
        int n = 4000;
        double[] values = new double[n * 3];
        for (int i = 0; i < n; i++) {
            double u = 10 * random.nextGaussian();
            double v = 2 * random.nextGaussian();
            double w = 0.1 * random.nextGaussian();
            values[3 * i] = 5 + (u + w) / Math.sqrt(2);
            values[3 * i + 1] = -1 + (u - w) / Math.sqrt(2);
            values[3 * i + 2] = v;
        }
        PlaneProjection projection = PlaneProjection.of(Dataset.of(values, List.of("x", "y", "z")));
        double[] axes = projection.axes();
        assertEquals(1 / Math.sqrt(2), axes[0], 0.01);
        assertEquals(1 / Math.sqrt(2), axes[1], 0.01);
        assertEquals(0, axes[2], 0.01);
        assertEquals(1, Math.abs(axes[5]), 0.01);
        assertTrue(projection.xLabel().startsWith("PC1 (96% of variance)"), projection.xLabel());
    }

    @Test
    void jacobiDiagonalizesASymmetricMatrix() {
        double[][] a = {{4, 1, 2}, {1, 3, 0}, {2, 0, 5}};
        double[][] copy = {{4, 1, 2}, {1, 3, 0}, {2, 0, 5}};
        double[][] vectors = new double[3][3];
        double[] values = PlaneProjection.jacobi(a, vectors);
        for (int e = 0; e < 3; e++) {
            for (int i = 0; i < 3; i++) {
                double av = 0;
                for (int j = 0; j < 3; j++) {
                    av += copy[i][j] * vectors[j][e];
                }
                assertEquals(values[e] * vectors[i][e], av, 1e-10);
            }
        }
        assertEquals(12, values[0] + values[1] + values[2], 1e-10);
    }
}
