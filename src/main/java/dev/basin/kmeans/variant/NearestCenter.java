package dev.basin.kmeans.variant;

import dev.basin.data.Dataset;

/** Brute-force nearest-center passes over a chunk of rows, shared by the variants. */
final class NearestCenter {
    private NearestCenter() {
    }

    /**
     * Assigns each row of the chunk to its nearest center (ties to the lower index), counting label
     * changes and accumulating weighted sums, cluster weights and inertia into the chunk's slots.
     */
    static void assignAndSum(Dataset data, double[] centers, int k, int[] labels, ChunkSums out, int chunk,
                             int start, int end) {
        out.clear(chunk);
        int dims = data.dims();
        double[] x = data.values();
        double[] sums = out.sums[chunk];
        double[] weights = out.weights[chunk];
        double inertia = 0;
        int changes = 0;
        for (int i = start; i < end; i++) {
            int offset = i * dims;
            int best = 0;
            double bestDistance = SquaredDistance.between(x, offset, centers, 0, dims);
            for (int c = 1; c < k; c++) {
                double d = SquaredDistance.between(x, offset, centers, c * dims, dims);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            if (labels[i] != best) {
                labels[i] = best;
                changes++;
            }
            double w = data.weight(i);
            weights[best] += w;
            int target = best * dims;
            for (int j = 0; j < dims; j++) {
                sums[target + j] += w * x[offset + j];
            }
            inertia += w * bestDistance;
        }
        out.inertia[chunk] = inertia;
        out.changes[chunk] = changes;
    }

    /** Labels each row of the chunk with its nearest center and returns the chunk's inertia. */
    static double assign(Dataset data, double[] centers, int k, int[] labels, int start, int end) {
        int dims = data.dims();
        double[] x = data.values();
        double inertia = 0;
        for (int i = start; i < end; i++) {
            int offset = i * dims;
            int best = 0;
            double bestDistance = SquaredDistance.between(x, offset, centers, 0, dims);
            for (int c = 1; c < k; c++) {
                double d = SquaredDistance.between(x, offset, centers, c * dims, dims);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            labels[i] = best;
            inertia += data.weight(i) * bestDistance;
        }
        return inertia;
    }

    /** The chunk's inertia for the given labels: weight × squared distance to each row's own center. */
    static double inertia(Dataset data, double[] centers, int[] labels, int start, int end) {
        int dims = data.dims();
        double[] x = data.values();
        double inertia = 0;
        for (int i = start; i < end; i++) {
            inertia += data.weight(i) * SquaredDistance.between(x, i * dims, centers, labels[i] * dims, dims);
        }
        return inertia;
    }
}
