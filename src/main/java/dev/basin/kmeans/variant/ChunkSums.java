package dev.basin.kmeans.variant;

import java.util.Arrays;

/**
 * Per-chunk partial results of an assignment pass (weighted coordinate sums and weights per cluster,
 * inertia, label changes, distances evaluated), allocated once per run and reduced in chunk order for determinism.
 */
final class ChunkSums {
    final double[][] sums;
    final double[][] weights;
    final double[] inertia;
    final int[] changes;
    final long[] distances;

    ChunkSums(int chunks, int k, int dims) {
        sums = new double[chunks][k * dims];
        weights = new double[chunks][k];
        inertia = new double[chunks];
        changes = new int[chunks];
        distances = new long[chunks];
    }

    void clear(int chunk) {
        Arrays.fill(sums[chunk], 0);
        Arrays.fill(weights[chunk], 0);
        inertia[chunk] = 0;
        changes[chunk] = 0;
        distances[chunk] = 0;
    }

    /** Adds the chunks' sums and weights, in chunk order, into the (overwritten) totals. */
    void reduceInto(double[] totalSums, double[] totalWeights) {
        Arrays.fill(totalSums, 0);
        Arrays.fill(totalWeights, 0);
        for (int c = 0; c < sums.length; c++) {
            double[] s = sums[c];
            for (int i = 0; i < s.length; i++) {
                totalSums[i] += s[i];
            }
            double[] w = weights[c];
            for (int i = 0; i < w.length; i++) {
                totalWeights[i] += w[i];
            }
        }
    }

    double totalInertia() {
        double total = 0;
        for (double v : inertia) {
            total += v;
        }
        return total;
    }

    long totalDistances() {
        long total = 0;
        for (long v : distances) {
            total += v;
        }
        return total;
    }

    int totalChanges() {
        int total = 0;
        for (int v : changes) {
            total += v;
        }
        return total;
    }
}
