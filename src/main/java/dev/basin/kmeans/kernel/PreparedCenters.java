package dev.basin.kmeans.kernel;

import java.util.Arrays;

/**
 * One iteration's centers in the forms the distance kernels read, rebuilt in place when the centers move
 * (no allocation per iteration):
 * <ul>
 *   <li>{@link #centered()}: row-major k × d, each center minus the data's feature means;</li>
 *   <li>{@link #transposed()}: the same values column-major and padded, d × {@link #paddedK()}, so the
 *       vector kernel loads several centers' j-th coordinates at once;</li>
 *   <li>{@link #panels()}: the same values packed by fours, each center group's d × 4 values contiguous,
 *       so the vector kernel's nearest-center tiles read them in order;</li>
 *   <li>{@link #squaredNorms()}: ‖c − m‖² per center, padded with +∞ so padding is never nearest;</li>
 *   <li>{@link #screeningPanels()} and {@link #screeningNorms()}: the panels and norms rounded to single
 *       precision, for the vector kernel's screening pass ({@link ScreeningRows}).</li>
 * </ul>
 * Every kernel computes a row's <em>score</em> against center c as
 * {@code squaredNorms[c] − 2·dot(x − m, c − m)}, the dot product being a fused multiply-add chain over
 * j = 0 … d − 1, and the last step one more, {@code fma(dot, −2, squaredNorms[c])} (the same value as
 * the subtraction, since doubling is exact, in one instruction). The score is the squared distance minus ‖x − m‖², so the nearest center is the one with
 * the lowest score (ties to the lower index), and every kernel, vector or scalar, gets the same bits.
 */
public final class PreparedCenters {
    /** Centers per block of the vector kernel; the padding of {@link #paddedK()} is to a multiple of it. */
    public static final int BLOCK = 8;
    /** Centers per panel of {@link #panels()}. */
    public static final int PANEL = 4;

    private final int k;
    private final int dims;
    private final int paddedK;
    private final double[] means;
    private final double[] centered;
    private final double[] transposed;
    private final double[] squaredNorms;
    private final double[] panels;
    private final float[] screeningPanels;
    private final float[] screeningNorms;
    private double maxSquaredNorm;
    private double maxMagnitude;

    /**
     * Space for k centers of d features, shifted by {@code means}.
     *
     * @param k     clusters
     * @param dims  features (d)
     * @param means the data's feature means (see {@link dev.basin.data.Dataset#featureMeans()})
     */
    public PreparedCenters(int k, int dims, double[] means) {
        this.k = k;
        this.dims = dims;
        this.paddedK = (k + BLOCK - 1) / BLOCK * BLOCK;
        this.means = means.clone();
        this.centered = new double[k * dims];
        this.transposed = new double[dims * paddedK];
        this.squaredNorms = new double[paddedK];
        this.panels = new double[paddedK * dims];
        this.screeningPanels = new float[paddedK * dims];
        this.screeningNorms = new float[paddedK];
        Arrays.fill(squaredNorms, Double.POSITIVE_INFINITY);
        Arrays.fill(screeningNorms, Float.POSITIVE_INFINITY);
    }

    /**
     * Loads the centers {@code centers} (row-major k × d, data units).
     *
     * @param centers the centers to prepare
     * @return this
     */
    public PreparedCenters load(double[] centers) {
        double largest = 0;
        double magnitude = 0;
        for (int c = 0; c < k; c++) {
            double norm = 0;
            for (int j = 0; j < dims; j++) {
                double value = centers[c * dims + j] - means[j];
                centered[c * dims + j] = value;
                transposed[j * paddedK + c] = value;
                int panelSlot = (c / PANEL) * dims * PANEL + j * PANEL + c % PANEL;
                panels[panelSlot] = value;
                screeningPanels[panelSlot] = (float) value;
                norm = Math.fma(value, value, norm);
                magnitude = Math.max(magnitude, Math.abs(value));
            }
            squaredNorms[c] = norm;
            screeningNorms[c] = (float) norm;
            largest = Math.max(largest, norm);
        }
        maxSquaredNorm = largest;
        maxMagnitude = magnitude;
        return this;
    }

    /** @return clusters, k */
    public int k() {
        return k;
    }

    /** @return features per center, d */
    public int dims() {
        return dims;
    }

    /** @return k rounded up to a multiple of {@link #BLOCK} */
    public int paddedK() {
        return paddedK;
    }

    /** @return the feature means the centers (and rows, when scored) are shifted by; do not modify */
    public double[] means() {
        return means;
    }

    /** @return centers minus means, row-major k × d; do not modify */
    public double[] centered() {
        return centered;
    }

    /** @return centers minus means, column-major d × {@link #paddedK()}, padding 0; do not modify */
    public double[] transposed() {
        return transposed;
    }

    /**
     * @return centers minus means packed by {@link #PANEL}s: coordinate j of center c at
     *     {@code (c / 4)·d·4 + j·4 + c % 4} for the {@link #paddedK()} centers, padding 0; do not modify
     */
    public double[] panels() {
        return panels;
    }

    /** @return ‖c − m‖² per center, +∞ for padding; do not modify */
    public double[] squaredNorms() {
        return squaredNorms;
    }

    /** @return {@link #panels()} rounded to single precision; do not modify */
    public float[] screeningPanels() {
        return screeningPanels;
    }

    /** @return {@link #squaredNorms()} rounded to single precision, +∞ for padding; do not modify */
    public float[] screeningNorms() {
        return screeningNorms;
    }

    /** @return the largest |c_j − m_j| over the k centers: whether single precision can screen them */
    public double maxMagnitude() {
        return maxMagnitude;
    }

    /** @return the largest ‖c − m‖² over the k centers */
    public double maxSquaredNorm() {
        return maxSquaredNorm;
    }
}
