package dev.basin.data;

import dev.basin.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;

/**
 * How features are scaled before clustering. K-means measures plain Euclidean distance, so a feature
 * measured in thousands outweighs one measured in fractions; scaling puts features on a comparable
 * footing. Every method is {@code scaled = (x - shift) / scale} per feature, which {@link ScaledData}
 * records so that results can be reported in the file's units.
 *
 * <p>A constant feature (every value the same) has no spread to divide by: it gets scale 1 and its own
 * value as shift, so it becomes exactly 0 everywhere and never produces NaN.
 */
public enum Scaling {
    /** No change: shift 0, scale 1, and the very same dataset. */
    NONE,
    /**
     * Shift by the mean, divide by the population standard deviation (dividing by n, not n - 1), as
     * scikit-learn's {@code StandardScaler}. Row weights are ignored, as there: every row counts once.
     */
    STANDARD,
    /**
     * Shift by the minimum, divide by the range (maximum - minimum), so every feature spans [0, 1], as
     * scikit-learn's {@code MinMaxScaler}. Row weights play no part.
     */
    MINMAX;

    /**
     * Scales {@code data}; the result keeps its rows, weights and labels.
     *
     * @param data the dataset in the file's units
     * @return the scaled dataset with its per-feature shifts and scales ({@link #NONE} returns {@code data}
     *         itself, with shift 0 and scale 1)
     * @throws InvalidInputException if a feature spans too wide a range to scale in double precision
     */
    public ScaledData apply(Dataset data) {
        int n = data.rows();
        int d = data.dims();
        double[] shift = new double[d];
        double[] scale = new double[d];
        if (this == NONE) {
            Arrays.fill(scale, 1.0);
            return new ScaledData(data, shift, scale);
        }
        double[] x = data.values();
        for (int j = 0; j < d; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double v = x[i * d + j];
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
            }
            if (n == 0 || min == max) {
                shift[j] = n == 0 ? 0 : min;
                scale[j] = 1;
            } else if (this == MINMAX) {
                shift[j] = min;
                scale[j] = max - min;
            } else {
                double mean = sum / n;
                double squares = 0; // second pass: the sum of squared deviations, not E[x²] - mean²
                for (int i = 0; i < n; i++) {
                    double deviation = x[i * d + j] - mean;
                    squares += deviation * deviation;
                }
                shift[j] = mean;
                scale[j] = Math.sqrt(squares / n);
            }
            if (!Double.isFinite(shift[j]) || !Double.isFinite(scale[j])) {
                throw new InvalidInputException("feature " + MessageText.quote(data.features().get(j))
                        + " spans too wide a range to scale with " + name().toLowerCase(Locale.ROOT)
                        + " scaling in double precision; rescale it in the file or choose no scaling");
            }
        }
        double[] scaled = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int j = i % d;
            scaled[i] = (x[i] - shift[j]) / scale[j];
        }
        return new ScaledData(data.withValues(scaled), shift, scale);
    }
}
