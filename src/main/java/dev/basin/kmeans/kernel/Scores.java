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
        return centers.squaredNorms()[c] - 2 * dot;
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
