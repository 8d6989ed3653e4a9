package dev.basin.chart;

import java.util.Arrays;

/**
 * Which points a crowded scatter plot draws. Past a limit, drawing every point only makes a solid blot
 * and a slow file; an even subsample (every m-th point, by position) keeps the shape of the cloud, and the
 * points a reader looks for first, the lowest and the highest, are always kept.
 */
final class Thinning {
    private Thinning() {
    }

    /**
     * Indices (ascending) of at most {@code max} of the {@code values}: all of them when they fit, else
     * the first lowest, the first highest and an even subsample of the others.
     */
    static int[] keep(double[] values, int max) {
        int n = values.length;
        if (n <= max) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        if (max < 2) {
            throw new IllegalArgumentException("keep at least 2 points, got " + max);
        }
        int lowest = 0;
        int highest = 0;
        for (int i = 1; i < n; i++) {
            if (values[i] < values[lowest]) {
                lowest = i;
            }
            if (values[i] > values[highest]) {
                highest = i;
            }
        }
        int[] rest = new int[n - (lowest == highest ? 1 : 2)];
        int r = 0;
        for (int i = 0; i < n; i++) {
            if (i != lowest && i != highest) {
                rest[r++] = i;
            }
        }
        int take = max - (n - rest.length);
        int[] kept = new int[take + n - rest.length];
        int k = 0;
        kept[k++] = lowest;
        if (highest != lowest) {
            kept[k++] = highest;
        }
        // Evenly spaced positions in the rest: floor(j × size / take), strictly increasing since take < size.
        for (int j = 0; j < take; j++) {
            kept[k++] = rest[(int) ((long) j * rest.length / take)];
        }
        Arrays.sort(kept);
        return kept;
    }

    /** Indices of an even subsample of {@code n} positions, at most {@code max} of them (all when they fit). */
    static int[] even(int n, int max) {
        int take = Math.min(n, max);
        int[] kept = new int[take];
        for (int j = 0; j < take; j++) {
            kept[j] = (int) ((long) j * n / take);
        }
        return kept;
    }
}
