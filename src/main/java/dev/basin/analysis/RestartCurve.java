package dev.basin.analysis;

import java.util.Arrays;

/**
 * What restarts buy, computed exactly from one initializer's single-run results (order statistics, no
 * resampling). Running r independent restarts means drawing r runs from the observed distribution with
 * replacement, so with the N observed inertias sorted, x(1) ≤ … ≤ x(N):
 * <ul>
 *   <li>P(best of r ≥ x(i)) = ((N − i + 1) / N)^r, hence the expected best inertia is
 *       Σ x(i) · [((N − i + 1) / N)^r − ((N − i) / N)^r];</li>
 *   <li>with p the share of runs that reached the best basin, P(reaching it within r restarts) = 1 − (1 − p)^r.</li>
 * </ul>
 *
 * @param expectedBestInertia entry r − 1 is the expected best inertia after r restarts
 * @param probabilityBest     entry r − 1 is P(best basin within r restarts)
 * @param shareBest           p, the share of single runs that reached the best basin
 */
public record RestartCurve(double[] expectedBestInertia, double[] probabilityBest, double shareBest) {
    /** The confidence {@link #restartsFor(double)} is usually asked for. */
    public static final double CONFIDENCE = 0.95;

    /**
     * The curve for r = 1..maxRestarts.
     *
     * @param inertias  one initializer's single-run inertias (at least one)
     * @param reachedBest how many of those runs ended in the best basin
     * @param maxRestarts R, the largest number of restarts the curve covers (at least 1)
     * @return the curve for r = 1..R
     * @throws IllegalArgumentException if there are no inertias or {@code maxRestarts} is less than 1
     */
    public static RestartCurve of(double[] inertias, int reachedBest, int maxRestarts) {
        if (inertias.length == 0) {
            throw new IllegalArgumentException("no runs");
        }
        if (maxRestarts < 1) {
            throw new IllegalArgumentException("maxRestarts must be at least 1");
        }
        double[] sorted = inertias.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double p = (double) reachedBest / n;
        double[] expected = new double[maxRestarts];
        double[] probability = new double[maxRestarts];
        for (int r = 1; r <= maxRestarts; r++) {
            double sum = 0;
            for (int i = 1; i <= n; i++) {
                double atLeast = Math.pow((double) (n - i + 1) / n, r);
                double above = Math.pow((double) (n - i) / n, r);
                sum += sorted[i - 1] * (atLeast - above);
            }
            expected[r - 1] = sum;
            probability[r - 1] = 1 - Math.pow(1 - p, r);
        }
        return new RestartCurve(expected, probability, p);
    }

    /**
     * Restarts the curve covers (R).
     *
     * @return R, at least 1
     */
    public int maxRestarts() {
        return probabilityBest.length;
    }

    /**
     * The smallest r ≤ R with P(best basin within r) ≥ {@code confidence}; 0 if the best basin was never
     * reached; −1 if it takes more than R restarts.
     *
     * @param confidence the wanted probability of reaching the best basin, between 0 and 1 (often
     *                   {@link #CONFIDENCE})
     * @return restarts from 1 to R, or 0 or −1 as above
     */
    public int restartsFor(double confidence) {
        if (shareBest == 0) {
            return 0;
        }
        for (int r = 1; r <= probabilityBest.length; r++) {
            if (probabilityBest[r - 1] >= confidence) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The restarts for {@code confidence} as people read it: "3", "never seen" or "> 50".
     *
     * @param confidence the wanted probability of reaching the best basin, between 0 and 1
     * @return {@link #restartsFor} as text: a number, "never seen", or "&gt; R"
     */
    public String describeRestartsFor(double confidence) {
        int r = restartsFor(confidence);
        return switch (r) {
            case 0 -> "never seen";
            case -1 -> "> " + maxRestarts();
            default -> Integer.toString(r);
        };
    }

    /**
     * The smallest r with P ≥ {@code confidence} without the R cap (from the closed form
     * r = ⌈ln(1 − confidence) / ln(1 − p)⌉); 0 when never reached.
     *
     * @param confidence the wanted probability of reaching the best basin, between 0 and 1 (below 1)
     * @return restarts, at least 1; 0 when the best basin was never reached
     */
    public long restartsForUncapped(double confidence) {
        if (shareBest == 0) {
            return 0;
        }
        if (shareBest == 1) {
            return 1;
        }
        long r = (long) Math.ceil(Math.log(1 - confidence) / Math.log(1 - shareBest));
        // guard the closed form against rounding at the boundary
        while (r > 1 && 1 - Math.pow(1 - shareBest, r - 1) >= confidence) {
            r--;
        }
        while (1 - Math.pow(1 - shareBest, r) < confidence) {
            r++;
        }
        return Math.max(1, r);
    }
}
