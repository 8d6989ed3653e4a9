package dev.basin.kmeans.kernel;

import dev.basin.data.Dataset;

/**
 * The kernel in plain Java, for JVMs without the Vector API: for each row, each center's score as a
 * fused multiply-add chain, two centers at a time so two chains run in parallel in the CPU.
 */
final class ScalarDistanceKernel implements DistanceKernel {
    static final ScalarDistanceKernel INSTANCE = new ScalarDistanceKernel();

    private ScalarDistanceKernel() {
    }

    @Override
    public String name() {
        return "scalar";
    }

    /** Reads rows in place: nothing to pack. */
    @Override
    public PackedRows packedRows(Dataset data) {
        return null;
    }

    /** Scores in double precision only: nothing to screen with. */
    @Override
    public ScreeningRows screeningRows(Dataset data) {
        return null;
    }

    @Override
    public int nearest(double[] x, PackedRows packed, ScreeningRows screening, int start, int end,
                       PreparedCenters centers, int[] labels) {
        int dims = centers.dims();
        int k = centers.k();
        double[] means = centers.means();
        double[] centered = centers.centered();
        double[] norms = centers.squaredNorms();
        int changes = 0;
        for (int i = start; i < end; i++) {
            int offset = i * dims;
            int best = 0;
            double bestScore = Double.POSITIVE_INFINITY;
            int c = 0;
            for (; c + 1 < k; c += 2) {
                int p0 = c * dims;
                int p1 = p0 + dims;
                double dot0 = 0;
                double dot1 = 0;
                for (int j = 0; j < dims; j++) {
                    double v = x[offset + j] - means[j];
                    dot0 = Math.fma(v, centered[p0 + j], dot0);
                    dot1 = Math.fma(v, centered[p1 + j], dot1);
                }
                double s0 = Math.fma(dot0, -2, norms[c]);
                double s1 = Math.fma(dot1, -2, norms[c + 1]);
                if (s0 < bestScore) {
                    bestScore = s0;
                    best = c;
                }
                if (s1 < bestScore) {
                    bestScore = s1;
                    best = c + 1;
                }
            }
            if (c < k) {
                int p0 = c * dims;
                double dot0 = 0;
                for (int j = 0; j < dims; j++) {
                    dot0 = Math.fma(x[offset + j] - means[j], centered[p0 + j], dot0);
                }
                double s0 = Math.fma(dot0, -2, norms[c]);
                if (s0 < bestScore) {
                    best = c;
                }
            }
            if (labels[i] != best) {
                labels[i] = best;
                changes++;
            }
        }
        return changes;
    }

    @Override
    public void nearestTwo(double[] x, int[] rows, int count, PreparedCenters centers, int[] nearest, double[] lowest,
                           double[] second) {
        int k = centers.k();
        double[] row = new double[centers.dims()];
        for (int n = 0; n < count; n++) {
            Scores.centerRow(x, rows[n], centers.means(), row);
            int best = 0;
            double bestScore = Double.POSITIVE_INFINITY;
            double secondScore = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double s = Scores.score(row, centers, c);
                if (s < bestScore) {
                    secondScore = bestScore;
                    bestScore = s;
                    best = c;
                } else if (s < secondScore) {
                    secondScore = s;
                }
            }
            nearest[n] = best;
            lowest[n] = bestScore;
            second[n] = secondScore;
        }
    }

    @Override
    public double accumulate(double[] x, double[] rowWeights, int[] labels, int start, int end, double[] centers,
                             int dims, double[] sums, double[] weights, double inertia) {
        for (int i = start; i < end; i++) {
            int offset = i * dims;
            int target = labels[i] * dims;
            double w = rowWeights == null ? 1.0 : rowWeights[i];
            weights[labels[i]] += w;
            for (int j = 0; j < dims; j++) {
                sums[target + j] += w * x[offset + j];
            }
            inertia += w * SquaredDistance.between(x, offset, centers, target, dims);
        }
        return inertia;
    }

    @Override
    public void scoreRows(double[] x, int start, int end, PreparedCenters centers, double[] out) {
        int dims = centers.dims();
        int paddedK = centers.paddedK();
        double[] means = centers.means();
        double[] centered = centers.centered();
        double[] norms = centers.squaredNorms();
        for (int i = start; i < end; i++) {
            int offset = i * dims;
            int base = (i - start) * paddedK;
            for (int c = 0; c < paddedK; c++) {
                if (c >= centers.k()) {
                    out[base + c] = Double.POSITIVE_INFINITY;
                    continue;
                }
                double dot = 0;
                for (int j = 0; j < dims; j++) {
                    dot = Math.fma(x[offset + j] - means[j], centered[c * dims + j], dot);
                }
                out[base + c] = Math.fma(dot, -2, norms[c]);
            }
        }
    }

    @Override
    public void scoreRowsByCenter(double[] x, PackedRows packed, int start, int end, PreparedCenters centers,
                                  double[] out) {
        int dims = centers.dims();
        int count = end - start;
        double[] means = centers.means();
        double[] centered = centers.centered();
        double[] norms = centers.squaredNorms();
        for (int c = 0; c < centers.k(); c++) {
            for (int i = start; i < end; i++) {
                int offset = i * dims;
                double dot = 0;
                for (int j = 0; j < dims; j++) {
                    dot = Math.fma(x[offset + j] - means[j], centered[c * dims + j], dot);
                }
                out[c * count + i - start] = Math.fma(dot, -2, norms[c]);
            }
        }
    }

    @Override
    public void scores(double[] row, PreparedCenters centers, double[] out) {
        for (int c = 0; c < centers.k(); c++) {
            out[c] = Scores.score(row, centers, c);
        }
    }
}
