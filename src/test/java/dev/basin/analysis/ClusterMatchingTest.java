package dev.basin.analysis;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClusterMatchingTest {
    @Test
    void aPermutedCopyIsMatchedBackToTheIdentity() {
        double[] first = {0, 0, 10, 0, 0, 10, 10, 10, 5, 5, -5, 3, 7, -4, 2, 8, -9, -9, 4, 12};
        int dims = 2;
        int k = first.length / dims;
        int[] permutation = {3, 7, 0, 9, 1, 5, 2, 8, 6, 4};
        double[] second = new double[first.length];
        for (int j = 0; j < k; j++) {
            // second's cluster j is first's cluster permutation[j], slightly moved
            second[j * dims] = first[permutation[j] * dims] + 0.1;
            second[j * dims + 1] = first[permutation[j] * dims + 1] - 0.1;
        }
        int[] p = ClusterMatching.match(first, second, dims);
        assertArrayEquals(permutation, p);
        double[] reordered = ClusterMatching.reorder(second, dims, p);
        for (int c = 0; c < k; c++) {
            assertEquals(first[c * dims] + 0.1, reordered[c * dims], 1e-12, "row " + c + " is first's cluster " + c);
        }
        int[] labels = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertArrayEquals(permutation, ClusterMatching.relabel(labels, p));
    }

    @Test
    void identicalCentersMatchThemselves() {
        double[] centers = {1, 2, 3, 4, 5, 6};
        assertArrayEquals(new int[]{0, 1, 2}, ClusterMatching.match(centers, centers, 2));
    }

    @Test
    void minimizesTheTotalNotEachPairGreedily() {
        // Pairing second's 0 (at 4) with its nearest, first's 0 (at 0), costs 16 + 81 = 97 in all; the other
        // way round costs 36 + 1 = 37.
        assertArrayEquals(new int[]{1, 0}, ClusterMatching.match(new double[]{0, 10}, new double[]{4, 1}, 1));
    }

    @Test
    void agreesWithBruteForceOnRandomCenters() {
        Random random = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            int k = 1 + random.nextInt(7);
            int dims = 1 + random.nextInt(3);
            double[] first = new double[k * dims];
            double[] second = new double[k * dims];
            for (int i = 0; i < first.length; i++) {
                first[i] = random.nextInt(5);
                second[i] = random.nextInt(5);
            }
            int[] p = ClusterMatching.match(first, second, dims);
            int[] sorted = p.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < k; i++) {
                assertEquals(i, sorted[i], "a permutation");
            }
            assertEquals(bruteForceCost(first, second, dims), cost(first, second, dims, p), 1e-9, "trial " + trial);
        }
    }

    @Test
    void refusesCenterSetsOfDifferentShapes() {
        assertThrows(IllegalArgumentException.class, () -> ClusterMatching.match(new double[4], new double[6], 2));
    }

    private static double cost(double[] first, double[] second, int dims, int[] p) {
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            for (int f = 0; f < dims; f++) {
                double d = second[j * dims + f] - first[p[j] * dims + f];
                sum += d * d;
            }
        }
        return sum;
    }

    private static double bruteForceCost(double[] first, double[] second, int dims) {
        int k = first.length / dims;
        int[] p = new int[k];
        for (int i = 0; i < k; i++) {
            p[i] = i;
        }
        double best = Double.POSITIVE_INFINITY;
        do {
            best = Math.min(best, cost(first, second, dims, p));
        } while (nextPermutation(p));
        return best;
    }

    private static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }
}
