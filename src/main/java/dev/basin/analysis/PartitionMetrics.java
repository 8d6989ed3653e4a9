package dev.basin.analysis;

import smile.validation.metric.AdjustedRandIndex;

import java.util.HashMap;
import java.util.Map;

/** Agreement between partitions. ARI is Smile's (Hubert and Arabie 1985). */
public final class PartitionMetrics {
    private PartitionMetrics() {
    }

    /** Adjusted Rand index of cluster labels against reference labels of any kind (text or numbers). */
    public static double adjustedRandIndex(String[] reference, int[] clusters) {
        return AdjustedRandIndex.of(encode(reference), clusters);
    }

    /** Adjusted Rand index between two clusterings of the same rows. */
    public static double adjustedRandIndex(int[] a, int[] b) {
        return AdjustedRandIndex.of(a, b);
    }

    /** Reference labels as 0-based integers in order of first appearance. */
    public static int[] encode(String[] labels) {
        Map<String, Integer> codes = new HashMap<>();
        int[] encoded = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            encoded[i] = codes.computeIfAbsent(labels[i], key -> codes.size());
        }
        return encoded;
    }
}
