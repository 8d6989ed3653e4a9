package dev.basin.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * A dataset after {@link Scaling}, with what is needed to go back and forth between units: for feature
 * j, {@code scaled = (original - shift[j]) / scale[j]}.
 *
 * <p>Centers found on the scaled data are reported in the file's units with {@link #toOriginalUnits};
 * explicit initial centers given in the file's units are brought to the scaled data with
 * {@link #toScaledUnits}.
 *
 * @param data  the scaled dataset (same rows, weights and labels as the original)
 * @param shift per-feature value subtracted first
 * @param scale per-feature divisor, never 0
 */
public record ScaledData(Dataset data, double[] shift, double[] scale) {

    /**
     * Checks the shapes and keeps copies of {@code shift} and {@code scale}.
     *
     * @param data  the scaled dataset
     * @param shift per-feature value subtracted first, one per feature
     * @param scale per-feature divisor, one per feature, each positive and finite
     * @throws IllegalArgumentException if an array has the wrong length or a scale is not positive and finite
     */
    public ScaledData {
        Objects.requireNonNull(data, "data");
        shift = shift.clone();
        scale = scale.clone();
        if (shift.length != data.dims() || scale.length != data.dims()) {
            throw new IllegalArgumentException("shift and scale need one entry per feature (" + data.dims() + ")");
        }
        for (double s : scale) {
            if (!(s > 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("scale must be positive and finite, was " + s);
            }
        }
    }

    /**
     * A copy of the per-feature shifts.
     *
     * @return d values in the file's units, subtracted before dividing by the scale
     */
    @Override
    public double[] shift() {
        return shift.clone();
    }

    /**
     * A copy of the per-feature scales.
     *
     * @return d positive divisors in the file's units (1 for unscaled and constant features)
     */
    @Override
    public double[] scale() {
        return scale.clone();
    }

    /**
     * Row-major centers in scaled units, returned in the original units (a new array).
     *
     * @param rowMajorCenters centers in scaled units, row-major k × d (not modified)
     * @return the same centers in the file's units, row-major k × d
     * @throws IllegalArgumentException if the length is not a multiple of d
     */
    public double[] toOriginalUnits(double[] rowMajorCenters) {
        int d = checkShape(rowMajorCenters);
        double[] original = new double[rowMajorCenters.length];
        for (int i = 0; i < original.length; i++) {
            int j = i % d;
            original[i] = rowMajorCenters[i] * scale[j] + shift[j];
        }
        return original;
    }

    /**
     * Row-major centers in original units, returned in scaled units (a new array).
     *
     * @param rowMajorCenters centers in the file's units, row-major k × d (not modified)
     * @return the same centers in scaled units, row-major k × d
     * @throws IllegalArgumentException if the length is not a multiple of d
     */
    public double[] toScaledUnits(double[] rowMajorCenters) {
        int d = checkShape(rowMajorCenters);
        double[] scaled = new double[rowMajorCenters.length];
        for (int i = 0; i < scaled.length; i++) {
            int j = i % d;
            scaled[i] = (rowMajorCenters[i] - shift[j]) / scale[j];
        }
        return scaled;
    }

    private int checkShape(double[] rowMajorCenters) {
        int d = shift.length;
        if (rowMajorCenters.length % d != 0) {
            throw new IllegalArgumentException(rowMajorCenters.length + " values are not whole rows of " + d);
        }
        return d;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScaledData(Dataset otherData, double[] otherShift, double[] otherScale)
                && data == otherData && Arrays.equals(shift, otherShift) && Arrays.equals(scale, otherScale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(data), Arrays.hashCode(shift), Arrays.hashCode(scale));
    }

    @Override
    public String toString() {
        return "ScaledData[rows=" + data.rows() + ", shift=" + Arrays.toString(shift)
                + ", scale=" + Arrays.toString(scale) + "]";
    }
}
