package dev.basin.data;

import dev.basin.InvalidInputException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The data Basin clusters: n rows of d features held once, row-major, in one {@code double[]}
 * (value of row i, feature j at {@code i * d + j}), with the feature names, optional per-row weights
 * and an optional reference label per row (never clustered; used for ARI).
 *
 * <p>A dataset is serializable, so it can be broadcast to the executors of a cluster. It is immutable:
 * the arrays handed in are copied, and the accessors that return arrays
 * return copies, except {@link #values()}, which returns the backing array for the engine's kernels and
 * must not be written to.
 */
public final class Dataset implements java.io.Serializable {
    private final double[] values;
    private final int rows;
    private final int dims;
    private final List<String> features;
    private final double[] weights;
    private final String labelColumn;
    private final String[] labels;
    /** Cached {@link #meanFeatureVariance()}; NaN until first asked (every run of a sweep asks). */
    private volatile double meanFeatureVariance = Double.NaN;
    private volatile double[] featureMeans;
    private volatile int distinctRows = -1;
    private volatile double[] centeredSquaredNorms;
    /** {@link #derived} values by type; not serialized (a copy of the dataset makes its own). */
    private transient volatile Map<Class<?>, Object> derived;

    private Dataset(double[] values, int rows, List<String> features, double[] weights,
                    String labelColumn, String[] labels) {
        this.values = values;
        this.rows = rows;
        this.dims = features.size();
        this.features = features;
        this.weights = weights;
        this.labelColumn = labelColumn;
        this.labels = labels;
    }

    /**
     * An unweighted, unlabelled dataset. {@code values} is row-major, {@code rows × features.size()}.
     *
     * @param values   the values, row-major (copied)
     * @param features feature names, in column order; at least one
     * @return the dataset
     * @throws IllegalArgumentException if there is no feature or the values are not whole rows
     */
    public static Dataset of(double[] values, List<String> features) {
        return builder(values, features).build();
    }

    /**
     * Starts a dataset; weights and labels are optional.
     *
     * @param values   the values, row-major {@code rows × features.size()} (copied)
     * @param features feature names, in column order; at least one
     * @return a builder; {@link Builder#build()} checks the shapes
     */
    public static Builder builder(double[] values, List<String> features) {
        return new Builder(values, features);
    }

    /**
     * {@link #builder}, keeping {@code values} itself instead of a copy: for loaders that built the array
     * and hand it over, so a large dataset is never held twice.
     */
    static Builder builderOwning(double[] values, List<String> features) {
        return new Builder(values, features, false);
    }

    /** Builds a {@link Dataset}, checking shapes once. */
    public static final class Builder {
        private final double[] values;
        private final List<String> features;
        private double[] weights;
        private String labelColumn;
        private String[] labels;

        private Builder(double[] values, List<String> features) {
            this(values, features, true);
        }

        private Builder(double[] values, List<String> features, boolean copy) {
            this.values = copy ? values.clone() : values;
            this.features = List.copyOf(features);
        }

        /** {@link #weights}, keeping the array handed over instead of a copy. */
        Builder weightsOwning(double[] weights) {
            this.weights = weights;
            return this;
        }

        /**
         * Per-row weights (finite, not negative); {@code null} means every row weighs 1.
         *
         * @param weights one weight per row (copied), or {@code null}
         * @return this builder
         */
        public Builder weights(double[] weights) {
            this.weights = weights == null ? null : weights.clone();
            return this;
        }

        /**
         * A reference label per row, from the column named {@code column}.
         *
         * @param column the name of the label column, for outputs
         * @param labels one label per row (copied), or {@code null} for none
         * @return this builder
         */
        public Builder labels(String column, String[] labels) {
            this.labelColumn = column;
            this.labels = labels == null ? null : labels.clone();
            return this;
        }

        /**
         * The dataset, after checking that the shapes agree and the weights are valid.
         *
         * @return the dataset
         * @throws IllegalArgumentException if there is no feature, the values are not whole rows, or the
         *                                  weights or labels are not one per row
         * @throws InvalidInputException    if a weight is negative or not finite
         */
        public Dataset build() {
            if (features.isEmpty()) {
                throw new IllegalArgumentException("a dataset needs at least one feature");
            }
            if (values.length % features.size() != 0) {
                throw new IllegalArgumentException("values length " + values.length
                        + " is not a multiple of the feature count " + features.size());
            }
            int rows = values.length / features.size();
            if (weights != null) {
                if (weights.length != rows) {
                    throw new IllegalArgumentException(weights.length + " weights for " + rows + " rows");
                }
                for (int i = 0; i < rows; i++) {
                    if (!Double.isFinite(weights[i]) || weights[i] < 0) {
                        throw new InvalidInputException("row " + (i + 1) + " has weight " + weights[i]
                                + "; weights must be finite and not negative");
                    }
                }
            }
            if (labels != null && labels.length != rows) {
                throw new IllegalArgumentException(labels.length + " labels for " + rows + " rows");
            }
            return new Dataset(values, rows, features, weights, labelColumn, labels);
        }
    }

    /**
     * The mean over features of each feature's population variance (unweighted), the scale scikit-learn's
     * tolerance is relative to. Computed once per dataset, on first use, since every run of a fit or a
     * sweep needs it.
     *
     * @return the mean feature variance, in squared data units
     */
    public double meanFeatureVariance() {
        double cached = meanFeatureVariance;
        if (Double.isNaN(cached)) {
            double sumOfVariances = 0;
            for (int j = 0; j < dims; j++) {
                double mean = 0;
                for (int i = 0; i < rows; i++) {
                    mean += values[i * dims + j];
                }
                mean /= rows;
                double squares = 0;
                for (int i = 0; i < rows; i++) {
                    double diff = values[i * dims + j] - mean;
                    squares += diff * diff;
                }
                sumOfVariances += squares / rows;
            }
            cached = sumOfVariances / dims;
            meanFeatureVariance = cached; // every thread computes the same bits, so a race is harmless
        }
        return cached;
    }

    /**
     * The (unweighted) mean of each feature. The distance kernel measures distances on data shifted by these
     * means, as scikit-learn does, so that ‖x‖² − 2x·c + ‖c‖² loses no precision to a far-away origin.
     * Computed once per dataset, on first use.
     *
     * @return a new array of d means, in data units
     */
    public double[] featureMeans() {
        double[] cached = featureMeans;
        if (cached == null) {
            double[] sums = new double[dims];
            for (int i = 0; i < rows; i++) {
                int offset = i * dims;
                for (int j = 0; j < dims; j++) {
                    sums[j] += values[offset + j];
                }
            }
            for (int j = 0; j < dims; j++) {
                sums[j] /= rows;
            }
            cached = sums;
            featureMeans = cached; // every thread computes the same bits, so a race is harmless
        }
        return cached.clone();
    }

    /**
     * A value computed from this dataset by another layer, made once and then shared by every caller: a
     * kernel's layout of the rows, for instance, which every run and restart reads. {@code make} runs at
     * most once per type (callers asking meanwhile wait for it); the value is held as long as the dataset.
     *
     * @param type the value's type, its key
     * @param make computes the value from this dataset
     * @param <T>  the value's type
     * @return the value made for {@code type}
     */
    public <T> T derived(Class<T> type, Function<Dataset, T> make) {
        Map<Class<?>, Object> map = derived;
        if (map == null) {
            synchronized (this) {
                if (derived == null) {
                    derived = new ConcurrentHashMap<>();
                }
                map = derived;
            }
        }
        return type.cast(map.computeIfAbsent(type, key -> make.apply(this)));
    }

    /**
     * ‖x − m‖² of every row, m being {@link #featureMeans()}, each computed as the distance kernels compute
     * a row's squared norm (a fused multiply-add chain over the features), so that a kernel score plus this
     * is the row's squared distance. Every run on this dataset reads the same array: computed once, on
     * first use, and then held with the data (n doubles).
     *
     * @return the shared array of n squared norms; callers must not modify it
     */
    public double[] centeredSquaredNorms() {
        double[] cached = centeredSquaredNorms;
        if (cached == null) {
            double[] means = featureMeans();
            cached = new double[rows];
            for (int i = 0; i < rows; i++) {
                int offset = i * dims;
                double norm = 0;
                for (int j = 0; j < dims; j++) {
                    double v = values[offset + j] - means[j];
                    norm = Math.fma(v, v, norm);
                }
                cached[i] = norm;
            }
            centeredSquaredNorms = cached; // every thread computes the same bits, so a race is harmless
        }
        return cached;
    }

    /**
     * Number of rows, n.
     *
     * @return n, 0 or more
     */
    public int rows() {
        return rows;
    }

    /**
     * Number of features, d.
     *
     * @return d, at least 1
     */
    public int dims() {
        return dims;
    }

    /**
     * Feature names, in column order.
     *
     * @return d names, unmodifiable
     */
    public List<String> features() {
        return features;
    }

    /**
     * The backing row-major array. Read only: the engine's kernels share it across threads.
     *
     * @return n × d values, row i feature j at {@code i * d + j}; never write to it
     */
    public double[] values() {
        return values;
    }

    /**
     * One value.
     *
     * @param row     the row, 0 to n − 1
     * @param feature the feature, 0 to d − 1
     * @return the row's value for that feature
     */
    public double value(int row, int feature) {
        return values[row * dims + feature];
    }

    /**
     * A copy of one row.
     *
     * @param row the row, 0 to n − 1
     * @return the row's d values
     */
    public double[] row(int row) {
        return Arrays.copyOfRange(values, row * dims, (row + 1) * dims);
    }

    /**
     * Whether the rows carry weights.
     *
     * @return true if weights were given (even if all are 1); false when every row weighs 1
     */
    public boolean isWeighted() {
        return weights != null;
    }

    /**
     * Weight of a row: 1 when the dataset is unweighted.
     *
     * @param row the row, 0 to n − 1
     * @return the row's weight, finite and not negative
     */
    public double weight(int row) {
        return weights == null ? 1.0 : weights[row];
    }

    /**
     * The row weights as held, for loops that read every row's weight without copying n values.
     *
     * @return the shared array of n weights, or null when every row weighs 1; callers must not modify it
     */
    public double[] sharedWeights() {
        return weights;
    }

    /**
     * A copy of the weights, or all ones when unweighted.
     *
     * @return n weights, in row order
     */
    public double[] weights() {
        if (weights != null) {
            return weights.clone();
        }
        double[] ones = new double[rows];
        Arrays.fill(ones, 1.0);
        return ones;
    }

    /**
     * Sum of the weights (n when unweighted).
     *
     * @return the total weight, not negative
     */
    public double totalWeight() {
        if (weights == null) {
            return rows;
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        return total;
    }

    /**
     * The reference labels' column name, if the dataset has labels.
     *
     * @return the column name, or empty when there are no labels
     */
    public Optional<String> labelColumn() {
        return Optional.ofNullable(labelColumn);
    }

    /**
     * A copy of the reference labels, if any.
     *
     * @return one label per row, in row order, or empty when there are no labels
     */
    public Optional<String[]> labels() {
        return labels == null ? Optional.empty() : Optional.of(labels.clone());
    }

    /**
     * The same rows, weights and labels with other values of the same shape (used by scaling).
     *
     * @param newValues n × d values, row-major (copied)
     * @return a new dataset with the same features, weights and labels
     * @throws IllegalArgumentException if {@code newValues} has another length
     */
    public Dataset withValues(double[] newValues) {
        if (newValues.length != values.length) {
            throw new IllegalArgumentException("shape mismatch");
        }
        return new Dataset(newValues.clone(), rows, features, weights, labelColumn, labels);
    }

    /**
     * Number of distinct rows among those with a positive weight: K-means cannot place more
     * distinct centers than that.
     *
     * @return the number of distinct positively weighted rows (0.0 and -0.0 count as equal)
     */
    public int distinctRows() {
        int cached = distinctRows;
        if (cached < 0) {
            cached = countDistinctRows();
            distinctRows = cached; // every thread computes the same count, so a race is harmless
        }
        return cached;
    }

    private int countDistinctRows() {
        // Open addressing over row indices, comparing rows in place: no object per row, one int[] of
        // about 2n entries (8 MB for a million rows).
        int capacity = Integer.highestOneBit(Math.max(2, rows) * 2 - 1) << 1;
        int[] table = new int[capacity]; // row + 1, or 0 for an empty slot
        int mask = capacity - 1;
        int distinct = 0;
        for (int i = 0; i < rows; i++) {
            if (!(weight(i) > 0)) {
                continue;
            }
            int slot = mix(rowHash(i)) & mask;
            while (true) {
                int other = table[slot] - 1;
                if (other < 0) {
                    table[slot] = i + 1;
                    distinct++;
                    break;
                }
                if (sameRow(i, other)) {
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return distinct;
    }

    private int rowHash(int row) {
        int hash = 1;
        for (int j = row * dims, end = j + dims; j < end; j++) {
            hash = 31 * hash + Double.hashCode(values[j] + 0.0); // -0.0 and 0.0 are the same point
        }
        return hash;
    }

    private boolean sameRow(int a, int b) {
        for (int j = 0; j < dims; j++) {
            if (Double.doubleToLongBits(values[a * dims + j] + 0.0) != Double.doubleToLongBits(values[b * dims + j] + 0.0)) {
                return false;
            }
        }
        return true;
    }

    /** Spreads the bits of a hash so that neighbouring values do not fill neighbouring slots. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
