package dev.basin.analysis;

import dev.basin.kmeans.kernel.SquaredDistance;

/**
 * The Centroid Index (Fränti, Rezaei and Zhao 2014), a cluster-level measure of how two solutions differ:
 * map every centroid of A to its nearest centroid of B and count the centroids of B that no centroid of A
 * chose ("orphans"); do the same from B to A; CI is the larger count. CI = 0 means every cluster is in the
 * same place in both; CI = c means c clusters are missing in one solution and doubled elsewhere.
 */
public final class CentroidIndex {
    private CentroidIndex() {
    }

    /**
     * CI between two centroid sets (row-major, {@code dims} features each; the sets may differ in size).
     *
     * @param a    the first set's centroids, row-major
     * @param b    the second set's centroids, row-major, in the same units as {@code a}
     * @param dims features per centroid
     * @return 0 when every cluster is in the same place in both; otherwise the number of misplaced clusters
     */
    public static int between(double[] a, double[] b, int dims) {
        return Math.max(orphans(a, b, dims), orphans(b, a, dims));
    }

    /** Centroids of {@code to} that no centroid of {@code from} has as its nearest. */
    static int orphans(double[] from, double[] to, int dims) {
        int fromCount = from.length / dims;
        int toCount = to.length / dims;
        boolean[] chosen = new boolean[toCount];
        for (int i = 0; i < fromCount; i++) {
            int nearest = 0;
            double nearestDistance = Double.POSITIVE_INFINITY;
            for (int j = 0; j < toCount; j++) {
                double d = SquaredDistance.between(from, i * dims, to, j * dims, dims);
                if (d < nearestDistance) {
                    nearestDistance = d;
                    nearest = j;
                }
            }
            chosen[nearest] = true;
        }
        int orphans = 0;
        for (boolean c : chosen) {
            if (!c) {
                orphans++;
            }
        }
        return orphans;
    }
}
