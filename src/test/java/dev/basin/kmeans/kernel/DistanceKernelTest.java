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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kernels against a naive reference: the vector and scalar kernels give the same bits for every score
 * and the same label for every row (lowest score, ties to the lower index), whatever the row count, k and
 * d (tiles of four rows and blocks of eight centers leave remainders), and the scores are squared
 * distances minus ‖x − m‖² to within the stated rounding bound.
 */
class DistanceKernelTest {
    private static final DistanceKernel VECTOR = DistanceKernel.fastest();
    private static final DistanceKernel SCALAR = DistanceKernel.scalar();

    @Test
    void theTestJvmRunsTheVectorKernel() {
        // surefire starts the JVM with --add-modules jdk.incubator.vector, as the launcher does
        assertEquals("vector", VECTOR.name());
    }

    record Case(double[] x, int rows, int dims, double[] centers, int k, double[] means) {
    }

    static Case randomCase(long seed, int rows, int dims, int k, boolean coarse) {
        Random random = new Random(seed);
        double offset = random.nextInt(3) == 0 ? 1e4 : 0; // far from the origin: why the data is centered
        double[] x = new double[rows * dims];
        for (int i = 0; i < x.length; i++) {
            double v = offset + random.nextGaussian() * 5;
            x[i] = coarse ? Math.rint(v) : v;
        }
        double[] centers = new double[k * dims];
        for (int c = 0; c < k; c++) {
            if (c > 0 && random.nextInt(4) == 0) { // a duplicate center: exact ties
                System.arraycopy(centers, random.nextInt(c) * dims, centers, c * dims, dims);
                continue;
            }
            for (int j = 0; j < dims; j++) {
                double v = offset + random.nextGaussian() * 5;
                centers[c * dims + j] = coarse ? Math.rint(v) : v;
            }
        }
        double[] means = new double[dims];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < dims; j++) {
                means[j] += x[i * dims + j] / rows;
            }
        }
        return new Case(x, rows, dims, centers, k, means);
    }

    @Property(tries = 300, seed = "20261125")
    void vectorAndScalarKernelsAgreeBitForBit(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int rows,
                                              @ForAll @IntRange(min = 1, max = 20) int dims,
                                              @ForAll @IntRange(min = 1, max = 27) int k, @ForAll boolean coarse) {
        Case c = randomCase(seed, rows, dims, k, coarse);
        PreparedCenters prepared = new PreparedCenters(k, dims, c.means()).load(c.centers());
        int[] vectorLabels = new int[rows];
        int[] scalarLabels = new int[rows];
        Arrays.fill(vectorLabels, -1);
        Arrays.fill(scalarLabels, -1);
        assertEquals(rows, VECTOR.nearest(c.x(), null, null, 0, rows, prepared, vectorLabels));
        assertEquals(rows, SCALAR.nearest(c.x(), null, null, 0, rows, prepared, scalarLabels));
        assertArrayEquals(scalarLabels, vectorLabels);
        double[] row = new double[dims];
        double[] vectorScores = new double[k];
        double[] scalarScores = new double[k];
        for (int i = 0; i < rows; i++) {
            Scores.centerRow(c.x(), i, c.means(), row);
            VECTOR.scores(row, prepared, vectorScores);
            SCALAR.scores(row, prepared, scalarScores);
            int lowest = 0;
            for (int center = 0; center < k; center++) {
                double expected = Scores.score(row, prepared, center);
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(vectorScores[center]));
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(scalarScores[center]));
                if (expected < scalarScores[lowest]) {
                    lowest = center;
                }
            }
            assertEquals(lowest, vectorLabels[i], "row " + i + ": lowest score, ties to the lower index");
        }
        // scoring whole rows gives the same bits, padding +∞
        int stride = prepared.paddedK();
        for (DistanceKernel kernel : new DistanceKernel[]{VECTOR, SCALAR}) {
            double[] out = new double[rows * stride];
            kernel.scoreRows(c.x(), 0, rows, prepared, out);
            for (int i = 0; i < rows; i++) {
                Scores.centerRow(c.x(), i, c.means(), row);
                for (int center = 0; center < stride; center++) {
                    double expected = center < k ? Scores.score(row, prepared, center) : Double.POSITIVE_INFINITY;
                    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(out[i * stride + center]),
                            kernel.name() + " row " + i + " center " + center);
                }
            }
        }
        // scoring center by center (from row 1, so blocks start mid-data): the same bits, nothing written past k
        int from = Math.min(1, rows - 1);
        int count = rows - from;
        for (DistanceKernel kernel : new DistanceKernel[]{VECTOR, SCALAR}) {
            double[] out = new double[k * count + 8];
            Arrays.fill(out, -7.0);
            kernel.scoreRowsByCenter(c.x(), null, from, rows, prepared, out);
            for (int i = from; i < rows; i++) {
                Scores.centerRow(c.x(), i, c.means(), row);
                for (int center = 0; center < k; center++) {
                    assertEquals(Double.doubleToRawLongBits(Scores.score(row, prepared, center)),
                            Double.doubleToRawLongBits(out[center * count + i - from]),
                            kernel.name() + " by center, row " + i + " center " + center);
                }
            }
            for (int slot = k * count; slot < out.length; slot++) {
                assertEquals(-7.0, out[slot], kernel.name() + " wrote past the scores");
            }
        }
        // the nearest two of listed rows (every other row, backwards): the same bits as scoring and scanning
        int listed = (rows + 1) / 2;
        int[] list = new int[listed];
        for (int n = 0; n < listed; n++) {
            list[n] = rows - 1 - 2 * n;
        }
        for (DistanceKernel kernel : new DistanceKernel[]{VECTOR, SCALAR}) {
            int[] nearest = new int[listed];
            double[] lowest = new double[listed];
            double[] second = new double[listed];
            kernel.nearestTwo(c.x(), list, listed, prepared, nearest, lowest, second);
            for (int n = 0; n < listed; n++) {
                Scores.centerRow(c.x(), list[n], c.means(), row);
                double first = Double.POSITIVE_INFINITY;
                double next = Double.POSITIVE_INFINITY;
                int winner = 0;
                for (int center = 0; center < k; center++) {
                    double score = Scores.score(row, prepared, center);
                    if (score < first) {
                        next = first;
                        first = score;
                        winner = center;
                    } else if (score < next) {
                        next = score;
                    }
                }
                String where = kernel.name() + " listed row " + list[n];
                assertEquals(winner, nearest[n], where);
                assertEquals(Double.doubleToRawLongBits(first), Double.doubleToRawLongBits(lowest[n]), where);
                assertEquals(Double.doubleToRawLongBits(next), Double.doubleToRawLongBits(second[n]), where);
            }
        }
        // the update step's sums: both kernels give the bits of the plain loop, weighted or not
        double[] rowWeights = new double[rows];
        for (int i = 0; i < rows; i++) {
            rowWeights[i] = 0.25 + (i % 5);
        }
        for (double[] weighting : new double[][]{null, rowWeights}) {
            double[] expectedSums = new double[k * dims];
            double[] expectedWeights = new double[k];
            double expectedInertia = 0.5;
            for (int i = 0; i < rows; i++) {
                double w = weighting == null ? 1.0 : weighting[i];
                int label = scalarLabels[i];
                expectedWeights[label] += w;
                for (int j = 0; j < dims; j++) {
                    expectedSums[label * dims + j] += w * c.x()[i * dims + j];
                }
                expectedInertia += w * SquaredDistance.between(c.x(), i * dims, c.centers(), label * dims, dims);
            }
            for (DistanceKernel kernel : new DistanceKernel[]{VECTOR, SCALAR}) {
                double[] sums = new double[k * dims];
                double[] weights = new double[k];
                double inertia = kernel.accumulate(c.x(), weighting, scalarLabels, 0, rows, c.centers(), dims, sums,
                        weights, 0.5);
                assertArrayEquals(expectedSums, sums, kernel.name());
                assertArrayEquals(expectedWeights, weights, kernel.name());
                assertEquals(Double.doubleToRawLongBits(expectedInertia), Double.doubleToRawLongBits(inertia), kernel.name());
            }
        }
        // a second pass over the same centers changes nothing
        assertEquals(0, VECTOR.nearest(c.x(), null, null, 0, rows, prepared, vectorLabels));
    }

    @Test
    void dataOverEightMillionValuesIsNotHeldTwice() {
        assertTrue(PackedRows.worthHolding(1_000_000, 8));
        assertTrue(PackedRows.worthHolding(1 << 17, 64));
        assertFalse(PackedRows.worthHolding((1 << 17) + 1, 64));
        assertFalse(PackedRows.worthHolding(Integer.MAX_VALUE, 2), "no int overflow");
    }

    @Property(tries = 200, seed = "20261126")
    void rowsPackedAheadGiveTheSameBitsAsRowsPackedAsScored(@ForAll long seed,
                                                          @ForAll @IntRange(min = 1, max = 300) int rows,
                                                          @ForAll @IntRange(min = 1, max = 70) int dims,
                                                          @ForAll @IntRange(min = 9, max = 27) int k) {
        Case c = randomCase(seed, rows, dims, k, false);
        List<String> features = new ArrayList<>();
        for (int j = 0; j < dims; j++) {
            features.add("f" + j);
        }
        Dataset data = Dataset.of(c.x(), features);
        PackedRows packed = VECTOR.packedRows(data);
        assertSame(packed, VECTOR.packedRows(data), "one packing per dataset");
        assertNull(SCALAR.packedRows(data), "the scalar kernel reads rows in place");
        PreparedCenters prepared = new PreparedCenters(k, dims, data.featureMeans()).load(c.centers());
        // whole ranges and ranges that start inside a group of eight (packed as scored there)
        int from = Math.min(rows - 1, new Random(seed).nextInt(12));
        for (int start : new int[]{0, from}) {
            int[] expected = new int[rows];
            int[] actual = new int[rows];
            Arrays.fill(expected, -1);
            Arrays.fill(actual, -1);
            SCALAR.nearest(c.x(), null, null, start, rows, prepared, expected);
            VECTOR.nearest(c.x(), packed, null, start, rows, prepared, actual);
            assertArrayEquals(expected, actual, "nearest from row " + start);
            int count = rows - start;
            double[] scored = new double[k * count];
            double[] read = new double[k * count];
            VECTOR.scoreRowsByCenter(c.x(), null, start, rows, prepared, scored);
            VECTOR.scoreRowsByCenter(c.x(), packed, start, rows, prepared, read);
            for (int slot = 0; slot < scored.length; slot++) {
                assertEquals(Double.doubleToRawLongBits(scored[slot]), Double.doubleToRawLongBits(read[slot]),
                        "by center from row " + start + ", slot " + slot);
            }
        }
    }

    @Property(tries = 200, seed = "7")
    void scoresAreSquaredDistancesWithinTheRoundingBound(@ForAll long seed,
                                                         @ForAll @IntRange(min = 1, max = 40) int dims) {
        Case c = randomCase(seed, 5, dims, 6, false);
        PreparedCenters prepared = new PreparedCenters(6, dims, c.means()).load(c.centers());
        double[] row = new double[dims];
        for (int i = 0; i < 5; i++) {
            Scores.centerRow(c.x(), i, c.means(), row);
            double norm = Scores.squaredNorm(row);
            double bound = Scores.roundingBound(norm, prepared.maxSquaredNorm(), dims);
            for (int center = 0; center < 6; center++) {
                java.math.BigDecimal exact = java.math.BigDecimal.ZERO;
                for (int j = 0; j < dims; j++) {
                    java.math.BigDecimal diff = new java.math.BigDecimal(c.x()[i * dims + j])
                            .subtract(new java.math.BigDecimal(c.centers()[center * dims + j]));
                    exact = exact.add(diff.multiply(diff));
                }
                double computed = norm + Scores.score(row, prepared, center);
                double error = Math.abs(computed - exact.doubleValue());
                // the means themselves are rounded; half the bound covers the kernel, the rest that
                assertTrue(error <= bound, "error " + error + " exceeds the bound " + bound);
                double direct = Scores.squaredDistance(c.x(), i, c.means(), prepared, center);
                double directError = Math.abs(direct - exact.doubleValue());
                assertTrue(directError <= bound, "direct differences: error " + directError + " exceeds the bound " + bound);
            }
        }
    }

    @Test
    void theDatasetsRowNormsAreTheKernelsNorms() {
        // every bounded variant adds these to kernel scores, so they must be the kernels' own bits
        java.util.Random random = new java.util.Random(11);
        double[] x = new double[40 * 5];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1e4 + random.nextGaussian() * 3;
        }
        dev.basin.data.Dataset data = dev.basin.data.Dataset.of(x, java.util.List.of("a", "b", "c", "d", "e"));
        double[] norms = data.centeredSquaredNorms();
        double[] row = new double[5];
        for (int i = 0; i < 40; i++) {
            Scores.centerRow(x, i, data.featureMeans(), row);
            assertEquals(Double.doubleToRawLongBits(Scores.squaredNorm(row)), Double.doubleToRawLongBits(norms[i]));
        }
    }

    @Test
    void equalScoresGoToTheLowerIndexInBothKernels() {
        // 1-D: the row at 5 is at distance 3 from centers 2 and 8; padding centers never win
        double[] x = {5, 5, 5, 5, 5};
        double[] centers = {8, 2, 8, 2, 2, 8, 2, 8, 2};
        PreparedCenters prepared = new PreparedCenters(9, 1, new double[]{5}).load(centers);
        for (DistanceKernel kernel : new DistanceKernel[]{VECTOR, SCALAR}) {
            int[] labels = new int[5];
            kernel.nearest(x, null, null, 0, 5, prepared, labels);
            assertArrayEquals(new int[]{0, 0, 0, 0, 0}, labels, kernel.name());
        }
        // at most eight centers (one block, searched across lanes): ties within a half of the block and
        // across its halves, in the four-row tiles and the one-row tail
        double[][] blocks = {{9, 8, 9, 2, 9, 9, 8, 2}, {9, 9, 9, 9, 2, 9, 9, 8}, {9, 9, 5.5, 9, 5.5}, {2, 8, 2}};
        int[] expected = {1, 4, 2, 0};
        for (int b = 0; b < blocks.length; b++) {
            PreparedCenters block = new PreparedCenters(blocks[b].length, 1, new double[]{5}).load(blocks[b]);
            for (DistanceKernel kernel : new DistanceKernel[]{VECTOR, SCALAR}) {
                int[] labels = new int[5];
                Arrays.fill(labels, -1);
                assertEquals(5, kernel.nearest(x, null, null, 0, 5, block, labels));
                int e = expected[b];
                assertArrayEquals(new int[]{e, e, e, e, e}, labels, kernel.name() + " " + Arrays.toString(blocks[b]));
                assertEquals(0, kernel.nearest(x, null, null, 0, 5, block, labels), "no label changes the second time");
            }
        }
    }
}
