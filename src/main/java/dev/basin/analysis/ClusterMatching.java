package dev.basin.analysis;

import java.util.Arrays;

/**
 * Pairs the clusters of two clusterings of the same data, so that a picture of both can give matched
 * clusters the same number and color. Cluster j of the second set is paired with cluster p[j] of the
 * first, choosing the one-to-one pairing that minimizes the total squared distance between paired
 * centers (a linear assignment, solved exactly by the Hungarian algorithm in O(k³): trying all k!
 * pairings would already take 3.6 million tries at k = 10).
 *
 * <pre>{@code
 * int[] p = ClusterMatching.match(best.centers(), other.centers(), dims);
 * int[] labels = ClusterMatching.relabel(otherLabels, p);        // other's clusters renamed after best's
 * double[] centers = ClusterMatching.reorder(other.centers(), dims, p);
 * }</pre>
 */
public final class ClusterMatching {
    private ClusterMatching() {
    }

    /**
     * The pairing of {@code second}'s clusters with {@code first}'s: entry j is the cluster of
     * {@code first} paired with cluster j of {@code second}, a permutation of 0..k−1.
     *
     * @param first  row-major k × dims centers
     * @param second row-major k × dims centers, the same k
     */
    public static int[] match(double[] first, double[] second, int dims) {
        if (dims < 1 || first.length % dims != 0 || second.length != first.length) {
            throw new IllegalArgumentException("both center sets must be k × " + dims + " with the same k; got "
                    + first.length + " and " + second.length + " values");
        }
        int k = first.length / dims;
        double[][] cost = new double[k][k];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < k; i++) {
                double sum = 0;
                for (int f = 0; f < dims; f++) {
                    double diff = second[j * dims + f] - first[i * dims + f];
                    sum += diff * diff;
                }
                cost[j][i] = sum;
            }
        }
        return assign(cost);
    }

    /** {@code labels} with each cluster c renamed {@code mapping[c]}. */
    public static int[] relabel(int[] labels, int[] mapping) {
        int[] renamed = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            renamed[i] = mapping[labels[i]];
        }
        return renamed;
    }

    /** Row-major centers with row c moved to row {@code mapping[c]}. */
    public static double[] reorder(double[] centers, int dims, int[] mapping) {
        double[] moved = new double[centers.length];
        for (int c = 0; c < mapping.length; c++) {
            System.arraycopy(centers, c * dims, moved, mapping[c] * dims, dims);
        }
        return moved;
    }

    /**
     * The minimum-cost assignment of rows to columns of a square cost matrix: entry r is the column given
     * to row r. Hungarian algorithm with potentials (Kuhn 1955, Munkres 1957; the O(n³) shortest
     * augmenting path form). Ties go to the lowest column index, so equal inputs give equal answers.
     */
    static int[] assign(double[][] cost) {
        int n = cost.length;
        // 1-based arrays; index 0 is the virtual start of each augmenting path.
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] rowOfColumn = new int[n + 1];
        int[] way = new int[n + 1];
        for (int row = 1; row <= n; row++) {
            rowOfColumn[0] = row;
            int column = 0;
            double[] minSlack = new double[n + 1];
            Arrays.fill(minSlack, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[column] = true;
                int r = rowOfColumn[column];
                double delta = Double.POSITIVE_INFINITY;
                int next = 0;
                for (int c = 1; c <= n; c++) {
                    if (!used[c]) {
                        double slack = cost[r - 1][c - 1] - u[r] - v[c];
                        if (slack < minSlack[c]) {
                            minSlack[c] = slack;
                            way[c] = column;
                        }
                        if (minSlack[c] < delta) {
                            delta = minSlack[c];
                            next = c;
                        }
                    }
                }
                for (int c = 0; c <= n; c++) {
                    if (used[c]) {
                        u[rowOfColumn[c]] += delta;
                        v[c] -= delta;
                    } else {
                        minSlack[c] -= delta;
                    }
                }
                column = next;
            } while (rowOfColumn[column] != 0);
            do {
                int previous = way[column];
                rowOfColumn[column] = rowOfColumn[previous];
                column = previous;
            } while (column != 0);
        }
        int[] columnOfRow = new int[n];
        for (int c = 1; c <= n; c++) {
            columnOfRow[rowOfColumn[c] - 1] = c - 1;
        }
        return columnOfRow;
    }
}
