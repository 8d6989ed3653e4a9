package dev.basin.kmeans.variant;

import dev.basin.data.Dataset;
import dev.basin.kmeans.Reference;
import dev.basin.kmeans.kernel.DistanceKernel;
import dev.basin.kmeans.kernel.PackedRows;
import dev.basin.kmeans.kernel.PreparedCenters;
import dev.basin.kmeans.kernel.ScreeningRows;

/**
 * Lloyd's algorithm: assign every row to its nearest center, move every center to the weighted mean of
 * its rows, repeat. Evaluates n × k distances per iteration, with the brute-force kernel; keeps no bounds.
 * The fastest choice when few distances could be skipped (high dimension, many clusters close together, or
 * runs that last only a few iterations).
 */
public final class Lloyd implements Variant {
    /** Creates Lloyd's algorithm; it holds no state, so one instance can serve any number of runs. */
    public Lloyd() {
    }

    @Override
    public String name() {
        return "lloyd";
    }

    @Override
    public Reference reference() {
        return new Reference("S. P. Lloyd", 1982, "Least squares quantization in PCM",
                "IEEE Transactions on Information Theory 28(2), 129-137");
    }

    @Override
    public long boundBytes(int rows, int dims, int k) {
        return 0;
    }

    @Override
    public Assignment assignment(Dataset data, int k, DistanceKernel kernel) {
        double[] x = data.values();
        // up to one block of centers the kernel reads rows in place; beyond, it screens them in single
        // precision or reads them packed, either of which every iteration of every run on this data can share
        ScreeningRows screening = k > PreparedCenters.BLOCK ? kernel.screeningRows(data) : null;
        PackedRows packed = k > PreparedCenters.BLOCK && screening == null ? kernel.packedRows(data) : null;
        return new Assignment() {
            @Override
            public void assign(PreparedCenters centers, int[] labels, boolean first, int start, int end,
                               ChunkSums stats, int chunk) {
                stats.changes[chunk] += kernel.nearest(x, packed, screening, start, end, centers, labels);
                stats.distances[chunk] += (long) (end - start) * k;
            }

            @Override
            public long centersMoved(double[] previous, double[] next) {
                return 0;
            }
        };
    }
}
