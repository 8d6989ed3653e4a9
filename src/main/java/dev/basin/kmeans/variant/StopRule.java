package dev.basin.kmeans.variant;

/**
 * When a run stops: at {@code maxIter} iterations, when no label changes, or when the sum of squared
 * center shifts is at most {@code tolerance} (already in squared data units: tol × mean per-feature
 * variance, see {@link #scaledTolerance}).
 *
 * @param maxIter   iteration limit, at least 1
 * @param tolerance absolute tolerance on the sum of squared center shifts, in squared data units; with 0
 *                  this rule stops a run only when no center moves at all
 */
public record StopRule(int maxIter, double tolerance) {
    /**
     * scikit-learn's absolute tolerance: {@code tol} times the mean over features of the (unweighted,
     * population) variance of each feature, so {@code tol} means the same on data of any scale.
     *
     * @param data the rows to be clustered
     * @param tol  relative tolerance, not negative (the configuration's {@code tol})
     * @return the absolute tolerance in squared data units; 0 when {@code tol} is 0
     */
    public static double scaledTolerance(dev.basin.data.Dataset data, double tol) {
        if (tol == 0) {
            return 0;
        }
        return tol * data.meanFeatureVariance();
    }
}
