package dev.basin.kmeans.variant;

import dev.basin.data.Dataset;
import dev.basin.kmeans.Reference;
import dev.basin.kmeans.kernel.DistanceKernel;
import dev.basin.kmeans.kernel.PreparedCenters;
import dev.basin.kmeans.kernel.ReusedArrays;
import dev.basin.kmeans.kernel.Scores;

/**
 * Elkan's algorithm: per row, an upper bound on the distance to its assigned center and a lower bound on
 * the distance to each of the k centers, plus the distances between centers (triangle inequality). A
 * center is evaluated for a row only when neither its lower bound nor its distance from the assigned
 * center rules it out. Evaluates the fewest distances of the exact variants, at the price of n × k doubles
 * of state per run (see {@link #boundBytes}); strongest with many clusters in moderate dimension.
 */
public final class Elkan implements Variant {
    /** Creates Elkan's algorithm; it holds no state, so one instance can serve any number of runs. */
    public Elkan() {
    }

    @Override
    public String name() {
        return "elkan";
    }

    @Override
    public Reference reference() {
        return new Reference("C. Elkan", 2003, "Using the triangle inequality to accelerate k-means",
                "Proceedings of the 20th International Conference on Machine Learning (ICML), 147-153");
    }

    @Override
    public long boundBytes(int rows, int dims, int k) {
        return (long) Double.BYTES * rows * (k + 1);
    }

    @Override
    public Assignment assignment(Dataset data, int k, DistanceKernel kernel) {
        return new ElkanAssignment(data, k, kernel);
    }

    private static final class ElkanAssignment implements Assignment {
        private final double[] x;
        private final double[] means;
        private final int dims;
        private final int k;
        private final DistanceKernel kernel;
        private final ReusedArrays.Set arrays;
        private final double[] upper;
        /** Row-major n × k lower bounds. */
        private final double[] lower;
        private final double[] rowNorms;
        private final CenterMotion motion;
        private final double[][] rowScratch;
        private final double[][] scoreScratch;

        ElkanAssignment(Dataset data, int k, DistanceKernel kernel) {
            this.x = data.values();
            this.means = data.featureMeans();
            this.dims = data.dims();
            this.k = k;
            this.kernel = kernel;
            int rows = data.rows();
            this.arrays = ReusedArrays.BOUNDS.take();
            this.upper = arrays.array(0, rows);
            this.lower = arrays.array(1, Math.multiplyExact(rows, k));
            this.rowNorms = data.centeredSquaredNorms();
            this.motion = new CenterMotion(k, dims, true);
            int chunks = RowChunks.countFor(rows);
            this.rowScratch = new double[chunks][dims];
            this.scoreScratch = new double[chunks][k];
        }

        @Override
        public void assign(PreparedCenters centers, int[] labels, boolean first, int start, int end, ChunkSums stats,
                           int chunk) {
            if (first) {
                firstPass(centers, labels, start, end, stats, chunk);
                return;
            }
            double[] row = rowScratch[chunk];
            double maxCenterNorm = centers.maxSquaredNorm();
            double[] between = motion.between;
            long distances = 0;
            int changes = 0;
            for (int i = start; i < end; i++) {
                int base = i * k;
                int assigned = labels[i];
                for (int c = 0; c < k; c++) {
                    lower[base + c] = Bounds.shrink(lower[base + c], motion.moved[c]);
                }
                double up = Bounds.grow(upper[i], motion.moved[assigned]);
                double norm = rowNorms[i];
                double rounding = Scores.roundingBound(norm, maxCenterNorm, dims);
                if (Bounds.separated(motion.nearestOther[assigned] - up, up, rounding)) {
                    upper[i] = up;
                    continue;
                }
                int best = assigned;
                double bestScore = Double.NaN;
                boolean tight = false;
                for (int c = 0; c < k; c++) {
                    if (c == best) {
                        continue;
                    }
                    if (Bounds.separated(Math.max(lower[base + c], between[best * k + c] - up), up, rounding)) {
                        continue;
                    }
                    if (!tight) {
                        Scores.centerRow(x, i, means, row);
                        bestScore = Scores.score(row, centers, best);
                        distances++;
                        up = Bounds.upper(norm + bestScore, rounding);
                        lower[base + best] = Bounds.lower(norm + bestScore, rounding);
                        tight = true;
                        if (Bounds.separated(Math.max(lower[base + c], between[best * k + c] - up), up, rounding)) {
                            continue;
                        }
                    }
                    double s = Scores.score(row, centers, c);
                    distances++;
                    lower[base + c] = Bounds.lower(norm + s, rounding);
                    if (s < bestScore || (s == bestScore && c < best)) {
                        best = c;
                        bestScore = s;
                        up = Bounds.upper(norm + s, rounding);
                    }
                }
                upper[i] = up;
                if (best != assigned) {
                    labels[i] = best;
                    changes++;
                }
            }
            stats.changes[chunk] += changes;
            stats.distances[chunk] += distances;
        }

        private void firstPass(PreparedCenters centers, int[] labels, int start, int end, ChunkSums stats, int chunk) {
            double[] row = rowScratch[chunk];
            double[] scores = scoreScratch[chunk];
            double maxCenterNorm = centers.maxSquaredNorm();
            int changes = 0;
            for (int i = start; i < end; i++) {
                Scores.centerRow(x, i, means, row);
                double norm = rowNorms[i];
                double rounding = Scores.roundingBound(norm, maxCenterNorm, dims);
                kernel.scores(row, centers, scores);
                int best = 0;
                int base = i * k;
                for (int c = 0; c < k; c++) {
                    lower[base + c] = Bounds.lower(norm + scores[c], rounding);
                    if (scores[c] < scores[best]) {
                        best = c;
                    }
                }
                upper[i] = Bounds.upper(norm + scores[best], rounding);
                if (labels[i] != best) {
                    labels[i] = best;
                    changes++;
                }
            }
            stats.changes[chunk] += changes;
            stats.distances[chunk] += (long) (end - start) * k;
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
