package dev.basin.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Synthetic data together with the truth it was drawn from.
 *
 * @param data        the rows, with feature columns {@code x0 .. x(d-1)} and, as reference labels in the
 *                    column {@value Generators#LABEL_COLUMN}, each row's true cluster written as text
 *                    ({@code "0" .. "k-1"}), so ARI against the truth comes for free
 * @param trueCenters the k centers the clusters were drawn around, row-major k × d (center c, feature j at
 *                    {@code c * d + j}); they are the generating means, not the sample means of the rows
 * @param trueLabels  per row, in row order, the index (0 to k − 1) of the center it was drawn around
 */
public record Generated(Dataset data, double[] trueCenters, int[] trueLabels) {

    /**
     * Checks the shapes and keeps copies of the arrays.
     *
     * @param data        the rows
     * @param trueCenters the generating centers, row-major, whole rows of {@code data.dims()} values
     * @param trueLabels  one center index per row of {@code data}
     * @throws IllegalArgumentException if an array does not fit the data's shape
     */
    public Generated {
        Objects.requireNonNull(data, "data");
        trueCenters = trueCenters.clone();
        trueLabels = trueLabels.clone();
        if (trueCenters.length % data.dims() != 0) {
            throw new IllegalArgumentException(trueCenters.length + " center values are not whole rows of "
                    + data.dims());
        }
        if (trueLabels.length != data.rows()) {
            throw new IllegalArgumentException(trueLabels.length + " labels for " + data.rows() + " rows");
        }
    }

    /**
     * Number of true clusters.
     *
     * @return k, the number of true centers
     */
    public int k() {
        return trueCenters.length / data.dims();
    }

    /**
     * A copy of the true centers.
     *
     * @return the k generating centers, row-major k × d
     */
    @Override
    public double[] trueCenters() {
        return trueCenters.clone();
    }

    /**
     * A copy of the true label of every row.
     *
     * @return per row, the index (0 to k − 1) of the center it was drawn around
     */
    @Override
    public int[] trueLabels() {
        return trueLabels.clone();
    }

    /**
     * A copy of one true center.
     *
     * @param c the center's index, 0 to k − 1
     * @return its d coordinates
     */
    public double[] center(int c) {
        int d = data.dims();
        return Arrays.copyOfRange(trueCenters, c * d, (c + 1) * d);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Generated(Dataset otherData, double[] otherCenters, int[] otherLabels)
                && data == otherData && Arrays.equals(trueCenters, otherCenters)
                && Arrays.equals(trueLabels, otherLabels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(data), Arrays.hashCode(trueCenters), Arrays.hashCode(trueLabels));
    }

    @Override
    public String toString() {
        return "Generated[rows=" + data.rows() + ", dims=" + data.dims() + ", k=" + k() + "]";
    }
}
