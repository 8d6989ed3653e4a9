package dev.basin.kmeans;

import dev.basin.InvalidInputException;
import dev.basin.data.Dataset;

/**
 * The one check of the data before runs start, so kernels can assume valid input: finite values small
 * enough that squared distances cannot overflow, a positive total weight, and at least k distinct
 * positively weighted rows (K-means cannot place more distinct centers than that).
 */
public final class DataChecks {
    /** Beyond this magnitude a squared distance between two rows could overflow to infinity. */
    static final double MAX_MAGNITUDE = 1e150;

    private DataChecks() {
    }

    /**
     * Checks that {@code data} can be clustered into {@code k} clusters, as described in the class documentation.
     *
     * @param data the rows to be clustered, with their weights
     * @param k    clusters wanted
     * @throws InvalidInputException if the data has no rows, a value that is not finite or too large, weights
     *                               that sum to 0 or to too much, or fewer than {@code k} distinct rows
     */
    public static void requireClusterable(Dataset data, int k) {
        if (data.rows() == 0) {
            throw new InvalidInputException("the data has no rows");
        }
        double[] x = data.values();
        int dims = data.dims();
        double limit = MAX_MAGNITUDE / Math.sqrt(dims);
        // one pass in row order (the data may be far larger than the caches): finiteness, size, and each
        // feature's range
        double[] min = new double[dims];
        double[] max = new double[dims];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int offset = 0; offset < x.length; offset += dims) {
            for (int j = 0; j < dims; j++) {
                double v = x[offset + j];
                if (!(Math.abs(v) <= limit)) {
                    throw badValue(data, offset + j, limit);
                }
                min[j] = Math.min(min[j], v);
                max[j] = Math.max(max[j], v);
            }
        }
        double totalWeight = data.totalWeight();
        if (!(totalWeight > 0)) {
            throw new InvalidInputException("the row weights sum to 0; at least one row needs a positive weight");
        }
        // Σ w·x and Σ w·‖x − c‖² must stay finite, or a center becomes ∞/∞ = NaN.
        double largest = 0;
        double squaredSpan = 0;
        for (int j = 0; j < dims; j++) {
            largest = Math.max(largest, Math.max(Math.abs(min[j]), Math.abs(max[j])));
            squaredSpan += (max[j] - min[j]) * (max[j] - min[j]);
        }
        if (!Double.isFinite(totalWeight) || !Double.isFinite(totalWeight * largest)
                || !Double.isFinite(totalWeight * squaredSpan)) {
            throw new InvalidInputException("the row weights sum to " + totalWeight + ", too large for weighted"
                    + " sums of these values; rescale the weights (only their ratios matter)");
        }
        int distinct = data.distinctRows();
        if (k > distinct) {
            throw new InvalidInputException("k = " + k + " but the data has only " + distinct + " distinct"
                    + (data.isWeighted() ? " positively weighted" : "") + " rows; use k ≤ " + distinct);
        }
    }

    private static InvalidInputException badValue(Dataset data, int index, double limit) {
        double v = data.values()[index];
        int dims = data.dims();
        String where = "row " + (index / dims + 1) + ", feature '" + data.features().get(index % dims) + "' is " + v;
        return Double.isFinite(v)
                ? new InvalidInputException(where + ", too large for squared distances; rescale it (for example --scale standard)")
                : new InvalidInputException(where + "; every value must be finite");
    }
}
