package dev.basin.kmeans.kernel;

import dev.basin.data.Dataset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The vector kernel's single-precision screening ({@link ScreeningRows}) against the scalar kernel: the
 * same labels, on data built to make single precision undecided (twin centers, centers a hair apart,
 * coarse values with exact ties) at scales from tiny to large, and the cases it must leave alone.
 */
class ScreeningTest {
    private static final DistanceKernel VECTOR = VectorDistanceKernel.INSTANCE;
    private static final DistanceKernel SCALAR = DistanceKernel.scalar();

    private static Dataset dataset(double[] x, int dims) {
        List<String> features = new ArrayList<>();
        for (int j = 0; j < dims; j++) {
            features.add("f" + j);
        }
        return Dataset.of(x, features);
    }

    /**
     * Rows around k centers, some of them twins or a relative 1e-9 apart, so that some rows' two nearest
     * centers are too close to call in single precision; every value scaled by {@code scale}.
     */
    private static double[][] nearTies(long seed, int rows, int dims, int k, double scale, boolean coarse) {
        Random random = new Random(seed);
        double offset = random.nextInt(3) == 0 ? 1e4 * scale : 0;
        double[] centers = new double[k * dims];
        for (int c = 0; c < k; c++) {
            int kind = c == 0 ? 0 : random.nextInt(4);
            for (int j = 0; j < dims; j++) {
                double value;
                if (kind == 1) {
                    value = centers[(c - 1) * dims + j];
                } else if (kind == 2) {
                    double twin = centers[(c - 1) * dims + j];
                    value = twin + (j == 0 ? Math.abs(twin - offset) * 1e-9 + scale * 1e-9 : 0);
                } else {
                    value = offset + random.nextGaussian() * 5 * scale;
                }
                centers[c * dims + j] = coarse ? Math.rint(value) : value;
            }
        }
        double[] x = new double[rows * dims];
        for (int i = 0; i < rows; i++) {
            int around = random.nextInt(k);
            int other = random.nextInt(k);
            boolean between = random.nextInt(4) == 0; // on the bisector of two centers, give or take a hair
            for (int j = 0; j < dims; j++) {
                double value = between
                        ? (centers[around * dims + j] + centers[other * dims + j]) / 2 * (1 + random.nextGaussian() * 1e-7)
                        : centers[around * dims + j] + random.nextGaussian() * scale;
                x[i * dims + j] = coarse ? Math.rint(value) : value;
            }
        }
        return new double[][]{x, centers};
    }

    @Property(tries = 250, seed = "1616")
    void screenedLabelsAreTheDoublePrecisionLabels(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int rows,
                                                   @ForAll @IntRange(min = 1, max = 70) int dims,
                                                   @ForAll @IntRange(min = 9, max = 40) int k,
                                                   @ForAll @IntRange(min = 0, max = 3) int scaleKind,
                                                   @ForAll boolean coarse) {
        double scale = new double[]{1, 1e-9, 1e6, 0.37}[scaleKind];
        double[][] made = nearTies(seed, rows, dims, k, scale, coarse && scale >= 1);
        Dataset data = dataset(made[0], dims);
        ScreeningRows screening = VECTOR.screeningRows(data);
        double largest = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < dims; j++) {
                largest = Math.max(largest, Math.abs(made[0][i * dims + j] - data.featureMeans()[j]));
            }
        }
        if (largest < ScreeningRows.MIN_MAGNITUDE) { // one row, or rows all alike: nothing to screen
            assertNull(screening);
            return;
        }
        assertNotNull(screening, "data of this scale is screened");
        assertSame(screening, VECTOR.screeningRows(data), "one screening copy per dataset");
        assertNull(SCALAR.screeningRows(data), "the scalar kernel does not screen");
        PreparedCenters prepared = new PreparedCenters(k, dims, data.featureMeans()).load(made[1]);
        // whole ranges, ranges from the second group that end inside a group, and ranges that start inside
        // a group (scored without screening)
        for (int start : new int[]{0, 16, 8, 5}) {
            if (start >= rows) {
                continue;
            }
            int end = start == 0 ? rows : Math.max(start + 1, rows - 3);
            int[] expected = new int[rows];
            int[] actual = new int[rows];
            Arrays.fill(expected, -1);
            Arrays.fill(actual, -1);
            int expectedChanges = SCALAR.nearest(data.values(), null, null, start, end, prepared, expected);
            int changes = VECTOR.nearest(data.values(), null, screening, start, end, prepared, actual);
            assertArrayEquals(expected, actual, "labels of rows " + start + " to " + end);
            assertEquals(expectedChanges, changes);
        }
    }

    @Test
    void dataSingleAndDoublePrecisionCannotAgreeOnIsNotScreened() {
        Random random = new Random(3);
        double[] huge = new double[64 * 3];
        double[] tiny = new double[64 * 3];
        for (int i = 0; i < huge.length; i++) {
            huge[i] = random.nextGaussian() * 1e13;
            tiny[i] = random.nextGaussian() * 1e-14;
        }
        assertNull(VECTOR.screeningRows(dataset(huge, 3)), "squares could overflow single precision");
        assertNull(VECTOR.screeningRows(dataset(tiny, 3)), "the bound's underflow term would swamp the scores");
        assertNull(VECTOR.screeningRows(dataset(tiny, 3)), "remembered as not screenable");
    }

    @Test
    void centersFarOutsideTheDataAreScoredInDoublePrecision() {
        double[][] made = nearTies(11, 200, 5, 12, 1, false);
        Dataset data = dataset(made[0], 5);
        ScreeningRows screening = VECTOR.screeningRows(data);
        double[] centers = made[1].clone();
        centers[7] = 1e15; // one explicit initial center far away: single precision would overflow
        PreparedCenters prepared = new PreparedCenters(12, 5, data.featureMeans()).load(centers);
        int[] expected = new int[200];
        int[] actual = new int[200];
        SCALAR.nearest(data.values(), null, null, 0, 200, prepared, expected);
        VECTOR.nearest(data.values(), null, screening, 0, 200, prepared, actual);
        assertArrayEquals(expected, actual);
    }
}
