package dev.basin.kmeans;

import java.util.Arrays;

/** Comparisons of partitions given as label arrays. */
public final class Partitions {
    private Partitions() {
    }

    /**
     * Whether two labelings of the same rows are the same partition, that is equal up to renaming the
     * clusters (a one-to-one map from a's labels to b's).
     *
     * @param a one label per row, each 0 to k − 1
     * @param b one label per row, each 0 to k − 1
     * @param k clusters (labels are below it)
     * @return true if the labelings have the same length and group the rows identically
     */
    public static boolean sameUpToRenaming(int[] a, int[] b, int k) {
        if (a.length != b.length) {
            return false;
        }
        int[] aToB = new int[k];
        int[] bToA = new int[k];
        Arrays.fill(aToB, -1);
        Arrays.fill(bToA, -1);
        for (int i = 0; i < a.length; i++) {
            int x = a[i];
            int y = b[i];
            if (aToB[x] == -1 && bToA[y] == -1) {
                aToB[x] = y;
                bToA[y] = x;
            } else if (aToB[x] != y || bToA[y] != x) {
                return false;
            }
        }
        return true;
    }
}
