package dev.basin.kmeans.kernel;

/**
 * Scalar building blocks that give the same bits as the kernels' inner loops, for single row-center
 * pairs (the bounded variants evaluate few pairs per row) and for the rounding bound those variants need.
 */
public final class Scores {
    /** Unit roundoff of double arithmetic, 2⁻⁵³. */
    private static final double UNIT_ROUNDOFF = 0x1p-53;

    private Scores() {
    }

    /**
     * Copies row {@code row} of {@code x} minus the means into {@code out}.
     *
     * @param x     row-major data
     * @param row   the row index
     * @param means feature means, d values
     * @param out   receives d values
     */
    public static void centerRow(double[] x, int row, double[] means, double[] out) {
        int dims = means.length;
        int offset = row * dims;
        for (int j = 0; j < dims; j++) {
            out[j] = x[offset + j] - means[j];
        }
    }

    /**
     * ‖row‖² as a fused multiply-add chain, the same way {@link PreparedCenters} computes center norms.
     *
     * @param row a centered row
     * @return its squared norm
     */
    public static double squaredNorm(double[] row) {
        double norm = 0;
        for (double v : row) {
            norm = Math.fma(v, v, norm);
        }
        return norm;
    }

    /**
     * The score of a centered row against center {@code c}: ‖c − m‖² − 2·(x − m)·(c − m), bit-identical to
     * the kernels' value for the same pair.
     *
     * @param row     a centered row
     * @param centers the iteration's centers
     * @param c       the center
     * @return the score; add ‖x − m‖² for the squared distance
     */
    public static double score(double[] row, PreparedCenters centers, int c) {
        double[] centered = centers.centered();
        int dims = row.length;
        int offset = c * dims;
        double dot = 0;
        for (int j = 0; j < dims; j++) {
            dot = Math.fma(row[j], centered[offset + j], dot);
        }
        return Math.fma(dot, -2, centers.squaredNorms()[c]);
    }

    /**
     * The squared distance from row {@code row} of {@code x} to center {@code c} by direct differences,
     * ((x − m) − (c − m))², summed in four interleaved partial sums so the additions do not wait on each
     * other. Not the kernels' bits, but within {@link #roundingBound} of the exact value: each difference is
     * off by at most u·(|x − m| + |c − m| + |x − c|) per feature, which moves the sum by at most
     * 8u·(‖x − m‖² + ‖c − m‖²), and the d additions by at most 2d·u·(‖x − m‖² + ‖c − m‖²): half the bound.
     * So a bounded variant may tighten a bound with it; labels are only ever decided by kernel scores.
     *
     * @param x       row-major data in data units
     * @param row     the row index
     * @param means   the feature means
     * @param centers the iteration's centers
     * @param c       the center
     * @return the squared distance, within the rounding bound
     */
    public static double squaredDistance(double[] x, int row, double[] means, PreparedCenters centers, int c) {
        double[] centered = centers.centered();
        int dims = means.length;
        int from = row * dims;
        int offset = c * dims;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 4 <= dims; j += 4) {
            double d0 = (x[from + j] - means[j]) - centered[offset + j];
            double d1 = (x[from + j + 1] - means[j + 1]) - centered[offset + j + 1];
            double d2 = (x[from + j + 2] - means[j + 2]) - centered[offset + j + 2];
            double d3 = (x[from + j + 3] - means[j + 3]) - centered[offset + j + 3];
            s0 = Math.fma(d0, d0, s0);
            s1 = Math.fma(d1, d1, s1);
            s2 = Math.fma(d2, d2, s2);
            s3 = Math.fma(d3, d3, s3);
        }
        for (; j < dims; j++) {
            double d = (x[from + j] - means[j]) - centered[offset + j];
            s0 = Math.fma(d, d, s0);
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * A bound on the rounding error of a squared distance computed as ‖x − m‖² + score: every such value
     * is within this of the exact squared distance. The bounded variants only skip a center when bounds
     * separate it from the assigned one by more than twice this, so they never disagree with a brute-force
     * pass about which center a computed score makes nearest.
     *
     * @param rowSquaredNorm  ‖x − m‖²
     * @param maxCenterNorm   the largest ‖c − m‖² (see {@link PreparedCenters#maxSquaredNorm()})
     * @param dims            features, d
     * @return an absolute bound in squared data units (generous by a factor of about two)
     */
    public static double roundingBound(double rowSquaredNorm, double maxCenterNorm, int dims) {
        // dot product of d terms: ≤ d·u·‖x‖‖c‖ ≤ d·u·(‖x‖² + ‖c‖²)/2; each norm: ≤ d·u·‖·‖²; the two
        // additions: ≤ 2u·(‖x‖² + ‖c‖² + 2|x·c|). Doubled for margin.
        return 2 * (2.0 * dims + 8) * UNIT_ROUNDOFF * (rowSquaredNorm + maxCenterNorm);
    }
}
