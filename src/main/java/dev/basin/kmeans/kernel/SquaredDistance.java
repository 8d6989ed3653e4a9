package dev.basin.kmeans.kernel;

/**
 * Squared Euclidean distance between two rows of row-major arrays, by direct differences (no cancellation
 * as in the ‖x‖² − 2x·c + ‖c‖² form). Every direct distance in Basin is this one function, so inertia, the
 * k-means++ potential and the reports agree to the bit.
 *
 * <p>The order of the sum is part of the contract: four partial sums, the one for lane l taking the
 * features j ≡ l (mod 4) below the last multiple of four in order as fused multiply-adds, the remaining
 * features added to the first, then {@code (s0 + s1) + (s2 + s3)}. That is what a 4-lane vector computes,
 * so {@link VectorDistanceKernel} gives the same bits without a serial chain of additions per row.
 */
public final class SquaredDistance {
    private SquaredDistance() {
    }

    /**
     * ‖a[aOffset..aOffset+dims) − b[bOffset..bOffset+dims)‖².
     *
     * @param a       row-major values holding the first row
     * @param aOffset index in {@code a} of the first row's first value
     * @param b       row-major values holding the second row
     * @param bOffset index in {@code b} of the second row's first value
     * @param dims    values per row (d)
     * @return the squared Euclidean distance between the two rows, in squared data units
     */
    public static double between(double[] a, int aOffset, double[] b, int bOffset, int dims) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 4 <= dims; j += 4) {
            double d0 = a[aOffset + j] - b[bOffset + j];
            double d1 = a[aOffset + j + 1] - b[bOffset + j + 1];
            double d2 = a[aOffset + j + 2] - b[bOffset + j + 2];
            double d3 = a[aOffset + j + 3] - b[bOffset + j + 3];
            s0 = Math.fma(d0, d0, s0);
            s1 = Math.fma(d1, d1, s1);
            s2 = Math.fma(d2, d2, s2);
            s3 = Math.fma(d3, d3, s3);
        }
        for (; j < dims; j++) {
            double d = a[aOffset + j] - b[bOffset + j];
            s0 = Math.fma(d, d, s0);
        }
        return (s0 + s1) + (s2 + s3);
    }
}
