package dev.basin.kmeans.variant;

/**
 * Safe distance bounds for the bounded variants. Every bound is kept on the safe side of rounding: upper
 * bounds are rounded up and lower bounds down by a relative {@link #SLACK}, and a squared distance
 * computed by the kernel is trusted only to within its rounding bound E
 * ({@link dev.basin.kmeans.kernel.Scores#roundingBound}). A center may be skipped only when the bounds
 * separate it from the assigned center by more than that, so a skipped center's computed score could
 * never have won: the bounded variants label every row exactly as Lloyd's brute force does.
 */
final class Bounds {
    /**
     * Relative slack for rounding in bound updates: far above the relative error of the few operations
     * per update (about 1e-16 each, 1e-13 for a shift over 1,000 features), far below anything that
     * would cost pruning.
     */
    static final double SLACK = 1e-10;

    private Bounds() {
    }

    /**
     * An upper bound on a distance from its kernel-computed square.
     *
     * @param squared       ‖x − m‖² + score, as computed
     * @param roundingBound E for the row
     * @return ≥ the exact distance
     */
    static double upper(double squared, double roundingBound) {
        return Math.sqrt(Math.max(0, squared + roundingBound)) * (1 + SLACK);
    }

    /**
     * A lower bound on a distance from its kernel-computed square.
     *
     * @param squared       ‖x − m‖² + score, as computed
     * @param roundingBound E for the row
     * @return ≤ the exact distance
     */
    static double lower(double squared, double roundingBound) {
        return Math.sqrt(Math.max(0, squared - roundingBound)) * (1 - SLACK);
    }

    /** @return {@code upper + moved}, rounded up: the bound after its center moved by {@code moved} */
    static double grow(double upper, double moved) {
        return (upper + moved) * (1 + SLACK);
    }

    /** @return {@code lower − moved}, rounded down: the bound after the other centers moved by up to {@code moved} */
    static double shrink(double lower, double moved) {
        double value = lower - moved;
        return value > 0 ? value * (1 - SLACK) : value * (1 + SLACK);
    }

    /**
     * Whether a center whose distance is at least {@code lower} certainly scores worse than the assigned
     * center, whose distance is at most {@code upper}.
     *
     * @param lower         a lower bound on the other center's distance
     * @param upper         an upper bound on the assigned center's distance
     * @param roundingBound E for the row
     * @return true when the squared bounds differ by more than the rounding of two computed distances
     */
    static boolean separated(double lower, double upper, double roundingBound) {
        return lower > upper && (lower - upper) * (lower + upper) > 4 * roundingBound;
    }
}
