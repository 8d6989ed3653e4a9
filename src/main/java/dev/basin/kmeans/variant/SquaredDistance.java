package dev.basin.kmeans.variant;

/**
 * The distance kernel: squared Euclidean distance between two rows of row-major arrays, by direct
 * differences (exact for the small d Basin meets most; no cancellation as in the ‖x‖² − 2x·c + ‖c‖² form).
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
        double sum = 0;
        for (int j = 0; j < dims; j++) {
            double diff = a[aOffset + j] - b[bOffset + j];
            sum += diff * diff;
        }
        return sum;
    }
}
