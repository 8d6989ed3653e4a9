package dev.basin.kmeans.variant;

import dev.basin.data.Dataset;
import dev.basin.kmeans.Reference;
import dev.basin.kmeans.kernel.DistanceKernel;
import dev.basin.kmeans.kernel.PreparedCenters;
import dev.basin.kmeans.kernel.ReusedArrays;
import dev.basin.kmeans.kernel.Scores;

/**
 * Hamerly's algorithm: per row, one upper bound on the distance to its assigned center and one lower
 * bound on the distance to every other center. A row whose bounds (or half the distance from its center
 * to the nearest other center) prove it stays is not touched; otherwise the upper bound is tightened with
 * one distance and, only if that is not enough, all k are evaluated — for a batch of such rows at once,
 * with the kernel's tiles. Two doubles per row of state; shines in low dimension, where bounds prune
 * almost every row.
 */
public final class Hamerly implements Variant {
    /** Creates Hamerly's algorithm; it holds no state, so one instance can serve any number of runs. */
    public Hamerly() {
    }

    @Override
    public String name() {
        return "hamerly";
    }

    @Override
    public Reference reference() {
        return new Reference("G. Hamerly", 2010, "Making k-means even faster",
                "Proceedings of the 2010 SIAM International Conference on Data Mining, 130-140");
    }

    @Override
    public long boundBytes(int rows, int dims, int k) {
        return 2L * Double.BYTES * rows;
    }

    @Override
    public Assignment assignment(Dataset data, int k, DistanceKernel kernel) {
        return new HamerlyAssignment(data, k, kernel);
    }

    /**
     * Rows whose bounds could not settle them wait in a per-chunk list and are settled together, so the
     * kernel scores them in tiles (several rows against several centers at once) instead of one by one.
     */
    private static final int BATCH = 256;

    /** A chunk's list of unsettled rows and the kernel's answers for them. */
    private static final class Pending {
        final int[] rows = new int[BATCH];
        final int[] nearest = new int[BATCH];
        final double[] lowest = new double[BATCH];
        final double[] second = new double[BATCH];
        int count;
        /** Distances evaluated by settling, this pass. */
        long settled;
    }

    private static final class HamerlyAssignment implements Assignment {
        private final double[] x;
        private final double[] means;
        private final int dims;
        private final int k;
        private final DistanceKernel kernel;
        private final ReusedArrays.Set arrays;
        private final double[] upper;
        private final double[] lower;
        /** ‖x − m‖² per row, shared by every run on the data. */
        private final double[] rowNorms;
        private final CenterMotion motion;
        private final Pending[] pending;

        HamerlyAssignment(Dataset data, int k, DistanceKernel kernel) {
            this.x = data.values();
            this.means = data.featureMeans();
            this.dims = data.dims();
            this.k = k;
            this.kernel = kernel;
            int rows = data.rows();
            this.arrays = ReusedArrays.BOUNDS.take();
            this.upper = arrays.array(0, rows);
            this.lower = arrays.array(1, rows);
            this.rowNorms = data.centeredSquaredNorms();
            this.motion = new CenterMotion(k, dims, false);
            this.pending = new Pending[RowChunks.countFor(rows)];
            for (int c = 0; c < pending.length; c++) {
                pending[c] = new Pending();
            }
        }

        @Override
        public void assign(PreparedCenters centers, int[] labels, boolean first, int start, int end, ChunkSums stats,
                           int chunk) {
            Pending waiting = pending[chunk];
            double maxCenterNorm = centers.maxSquaredNorm();
            long distances = 0;
            int changes = 0;
            waiting.count = 0;
            waiting.settled = 0;
            for (int i = start; i < end; i++) {
                if (!first) {
                    int assigned = labels[i];
                    double up = Bounds.grow(upper[i], motion.moved[assigned]);
                    double low = Bounds.shrink(lower[i], motion.largestMoveExcept(assigned));
                    double nearestOther = motion.nearestOther[assigned];
                    double rounding = Scores.roundingBound(rowNorms[i], maxCenterNorm, dims);
                    if (Bounds.separated(Math.max(low, nearestOther - up), up, rounding)) {
                        upper[i] = up;
                        lower[i] = low;
                        continue;
                    }
                    up = Bounds.upper(Scores.squaredDistance(x, i, means, centers, assigned), rounding);
                    distances++;
                    if (Bounds.separated(Math.max(low, nearestOther - up), up, rounding)) {
                        upper[i] = up;
                        lower[i] = low;
                        continue;
                    }
                }
                waiting.rows[waiting.count++] = i;
                if (waiting.count == BATCH) {
                    changes += settle(waiting, centers, labels, maxCenterNorm);
                }
            }
            changes += settle(waiting, centers, labels, maxCenterNorm);
            stats.changes[chunk] += changes;
            stats.distances[chunk] += distances + waiting.settled;
        }

        /** Scores the waiting rows against every center, sets their bounds and labels; returns label changes. */
        private int settle(Pending waiting, PreparedCenters centers, int[] labels, double maxCenterNorm) {
            int count = waiting.count;
            kernel.nearestTwo(x, waiting.rows, count, centers, waiting.nearest, waiting.lowest, waiting.second);
            int changes = 0;
            for (int n = 0; n < count; n++) {
                int i = waiting.rows[n];
                double rounding = Scores.roundingBound(rowNorms[i], maxCenterNorm, dims);
                upper[i] = Bounds.upper(rowNorms[i] + waiting.lowest[n], rounding);
                lower[i] = Bounds.lower(rowNorms[i] + waiting.second[n], rounding);
                if (labels[i] != waiting.nearest[n]) {
                    labels[i] = waiting.nearest[n];
                    changes++;
                }
            }
            waiting.settled += (long) count * k;
            waiting.count = 0;
            return changes;
        }

        @Override
        public long centersMoved(double[] previous, double[] next) {
            return motion.update(previous, next);
        }

        @Override
        public void finished() {
            arrays.give();
        }
    }
}
