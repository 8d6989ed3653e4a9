package dev.basin.analysis;

import smile.validation.metric.AdjustedRandIndex;

import java.util.HashMap;
import java.util.Map;

/** Agreement between partitions. ARI is Smile's (Hubert and Arabie 1985). */
public final class PartitionMetrics {
    private PartitionMetrics() {
    }

    /**
     * Adjusted Rand index of cluster labels against reference labels of any kind (text or numbers).
     *
     * @param reference one reference label per row, compared as text
     * @param clusters  one cluster per row, in the same row order
     * @return 1 for identical partitions, about 0 for agreement no better than chance, below 0 for worse
     */
    public static double adjustedRandIndex(String[] reference, int[] clusters) {
        return AdjustedRandIndex.of(encode(reference), clusters);
    }

    /**
     * Adjusted Rand index between two clusterings of the same rows.
     *
     * @param a one label per row
     * @param b one label per row, in the same row order
     * @return 1 for identical partitions, about 0 for agreement no better than chance, below 0 for worse
     */
    public static double adjustedRandIndex(int[] a, int[] b) {
        return AdjustedRandIndex.of(a, b);
    }

    /**
     * Reference labels as 0-based integers in order of first appearance.
     *
     * @param labels one label per row
     * @return one code per row: 0 for the first row's label, 1 for the next new label, and so on
     */
    public static int[] encode(String[] labels) {
        Map<String, Integer> codes = new HashMap<>();
        int[] encoded = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            encoded[i] = codes.computeIfAbsent(labels[i], key -> codes.size());
        }
        return encoded;
    }
}
