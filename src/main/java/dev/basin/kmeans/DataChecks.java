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
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new InvalidInputException("row " + (i / dims + 1) + ", feature '" + data.features().get(i % dims)
                        + "' is " + x[i] + "; every value must be finite");
            }
            if (Math.abs(x[i]) > limit) {
                throw new InvalidInputException("row " + (i / dims + 1) + ", feature '" + data.features().get(i % dims)
                        + "' is " + x[i] + ", too large for squared distances; rescale it (for example --scale standard)");
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
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = j; i < x.length; i += dims) {
                min = Math.min(min, x[i]);
                max = Math.max(max, x[i]);
            }
            largest = Math.max(largest, Math.max(Math.abs(min), Math.abs(max)));
            squaredSpan += (max - min) * (max - min);
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
}
