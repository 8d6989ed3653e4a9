package dev.basin.kmeans.variant;

import dev.basin.data.Dataset;
import dev.basin.kmeans.Reference;
import dev.basin.kmeans.kernel.DistanceKernel;
import dev.basin.kmeans.kernel.PreparedCenters;
import dev.basin.kmeans.kernel.Scores;

/**
 * Hamerly's algorithm: per row, one upper bound on the distance to its assigned center and one lower
 * bound on the distance to every other center. A row whose bounds (or half the distance from its center
 * to the nearest other center) prove it stays is not touched; otherwise the upper bound is tightened with
 * one distance and, only if that is not enough, all k are evaluated. Two doubles per row of state; shines
 * in low dimension, where bounds prune almost every row.
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
        return 3L * Double.BYTES * rows;
    }

    @Override
    public Assignment assignment(Dataset data, int k, DistanceKernel kernel) {
        return new HamerlyAssignment(data, k, kernel);
    }

    private static final class HamerlyAssignment implements Assignment {
        private final double[] x;
        private final double[] means;
        private final int dims;
        private final int k;
        private final DistanceKernel kernel;
        private final BoundArrays arrays;
        private final double[] upper;
        private final double[] lower;
        /** ‖x − m‖² per row, computed in the first pass. */
        private final double[] rowNorms;
        private final CenterMotion motion;
        private final double[][] rowScratch;
        private final double[][] scoreScratch;

        HamerlyAssignment(Dataset data, int k, DistanceKernel kernel) {
            this.x = data.values();
            this.means = data.featureMeans();
            this.dims = data.dims();
            this.k = k;
            this.kernel = kernel;
            int rows = data.rows();
            this.arrays = BoundArrays.take();
            this.upper = arrays.array(0, rows);
            this.lower = arrays.array(1, rows);
            this.rowNorms = arrays.array(2, rows);
            this.motion = new CenterMotion(k, dims, false);
            int chunks = RowChunks.countFor(rows);
            this.rowScratch = new double[chunks][dims];
            this.scoreScratch = new double[chunks][k];
        }

        @Override
        public void assign(PreparedCenters centers, int[] labels, boolean first, int start, int end, ChunkSums stats,
                           int chunk) {
            double[] row = rowScratch[chunk];
            double[] scores = scoreScratch[chunk];
            double maxCenterNorm = centers.maxSquaredNorm();
            long distances = 0;
            int changes = 0;
            for (int i = start; i < end; i++) {
                int assigned = labels[i];
                if (!first) {
                    double up = Bounds.grow(upper[i], motion.moved[assigned]);
                    double low = Bounds.shrink(lower[i], motion.largestMoveExcept(assigned));
                    double rounding = Scores.roundingBound(rowNorms[i], maxCenterNorm, dims);
                    double nearestOther = motion.nearestOther[assigned];
                    if (Bounds.separated(Math.max(low, nearestOther - up), up, rounding)) {
                        upper[i] = up;
                        lower[i] = low;
                        continue;
                    }
                    Scores.centerRow(x, i, means, row);
                    up = Bounds.upper(rowNorms[i] + Scores.score(row, centers, assigned), rounding);
                    distances++;
                    if (Bounds.separated(Math.max(low, nearestOther - up), up, rounding)) {
                        upper[i] = up;
                        lower[i] = low;
                        continue;
                    }
                } else {
                    Scores.centerRow(x, i, means, row);
                    rowNorms[i] = Scores.squaredNorm(row);
                }
                kernel.scores(row, centers, scores);
                distances += k;
                int best = 0;
                double bestScore = scores[0];
                double secondScore = Double.POSITIVE_INFINITY;
                for (int c = 1; c < k; c++) {
                    double s = scores[c];
                    if (s < bestScore) {
                        secondScore = bestScore;
                        bestScore = s;
                        best = c;
                    } else if (s < secondScore) {
                        secondScore = s;
                    }
                }
                double rounding = Scores.roundingBound(rowNorms[i], maxCenterNorm, dims);
                upper[i] = Bounds.upper(rowNorms[i] + bestScore, rounding);
                lower[i] = Bounds.lower(rowNorms[i] + secondScore, rounding);
                if (assigned != best) {
                    labels[i] = best;
                    changes++;
                }
            }
            stats.changes[chunk] = changes;
            stats.distances[chunk] = distances;
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
