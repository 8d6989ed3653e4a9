package dev.basin.kmeans.variant;

import dev.basin.data.Dataset;
import dev.basin.kmeans.EmptyClusterException;
import dev.basin.kmeans.EmptyClusterPolicy;
import dev.basin.kmeans.kernel.SquaredDistance;

/**
 * The update step shared by all variants: new centers are the weighted means of their rows; a cluster
 * with no weight is handled by the run's {@link EmptyClusterPolicy}.
 */
final class CenterUpdate {
    private final Dataset data;
    private final int k;
    private final EmptyClusterPolicy policy;
    private long distanceComputations;

    CenterUpdate(Dataset data, int k, EmptyClusterPolicy policy) {
        this.data = data;
        this.k = k;
        this.policy = policy;
    }

    /** Distances evaluated while relocating empty clusters. */
    long distanceComputations() {
        return distanceComputations;
    }

    /**
     * Writes the new centers into {@code next} from the weighted {@code sums} and cluster {@code weights}
     * of an assignment to {@code current}, and returns the sum of squared center shifts.
     * {@code sums} and {@code weights} are modified when clusters are relocated.
     */
    double apply(double[] current, int[] labels, double[] sums, double[] weights, double[] next, int iteration) {
        int dims = data.dims();
        int empty = 0;
        for (int c = 0; c < k; c++) {
            if (weights[c] <= 0) {
                empty++;
            }
        }
        if (empty > 0) {
            switch (policy) {
                case ERROR -> throw new EmptyClusterException(firstEmpty(weights), iteration);
                case RELOCATE -> relocate(current, labels, sums, weights, empty);
                case KEEP -> { }
            }
        }
        double shift = 0;
        for (int c = 0; c < k; c++) {
            int offset = c * dims;
            for (int j = 0; j < dims; j++) {
                double value = weights[c] > 0 ? sums[offset + j] / weights[c] : current[offset + j];
                double diff = value - current[offset + j];
                shift += diff * diff;
                next[offset + j] = value;
            }
        }
        return shift;
    }

    private int firstEmpty(double[] weights) {
        for (int c = 0; c < k; c++) {
            if (weights[c] <= 0) {
                return c;
            }
        }
        return -1;
    }

    /**
     * scikit-learn's rule: the empty clusters, in index order, take the rows farthest from the centers they
     * were assigned to, farthest first (ties to the lower row index). Each such row's weighted values move
     * from its old cluster's sums to the empty cluster. Labels are left as assigned: the next assignment
     * step settles them.
     */
    private void relocate(double[] current, int[] labels, double[] sums, double[] weights, int empty) {
        int dims = data.dims();
        double[] x = data.values();
        int[] farthest = new int[empty];
        double[] farthestDistance = new double[empty];
        java.util.Arrays.fill(farthest, -1);
        java.util.Arrays.fill(farthestDistance, -1);
        for (int i = 0; i < data.rows(); i++) {
            if (data.weight(i) <= 0) {
                continue;
            }
            double d = SquaredDistance.between(x, i * dims, current, labels[i] * dims, dims);
            if (d > farthestDistance[empty - 1]) {
                int slot = empty - 1;
                while (slot > 0 && d > farthestDistance[slot - 1]) {
                    farthestDistance[slot] = farthestDistance[slot - 1];
                    farthest[slot] = farthest[slot - 1];
                    slot--;
                }
                farthestDistance[slot] = d;
                farthest[slot] = i;
            }
        }
        distanceComputations += data.rows();
        int used = 0;
        for (int c = 0; c < k && used < empty; c++) {
            if (weights[c] > 0) {
                continue;
            }
            int row = farthest[used++];
            if (row < 0) {
                break; // fewer positively weighted rows than empty clusters: the rest keep their centers
            }
            int from = labels[row];
            double w = data.weight(row);
            for (int j = 0; j < dims; j++) {
                double v = w * x[row * dims + j];
                sums[from * dims + j] -= v;
                sums[c * dims + j] = v;
            }
            weights[from] -= w;
            weights[c] = w;
        }
    }
}
