package dev.basin.analysis;

import dev.basin.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where a curve of inertia against k bends: the "elbow", found by a stated rule so that it can be counted.
 * Both rules look at one curve (one seed's runs, or the median over seeds) and give no elbow when the
 * curve does not bend the convex way.
 */
public enum ElbowRule {
    /**
     * Kneedle (V. Satopää, J. Albrecht, D. Irwin and B. Raghavan 2011, "Finding a 'kneedle' in a haystack"):
     * scale k and inertia each to [0, 1] over the curve, draw the straight line (chord) from the first point
     * to the last, and take the k where the curve lies farthest below it. Without Kneedle's online
     * sensitivity threshold: the largest gap is the elbow, if it is positive.
     */
    KNEEDLE("kneedle", "the k where the curve, scaled to [0, 1] both ways, lies farthest below the straight line"
            + " from its first to its last point (Kneedle, Satopää et al. 2011)"),
    /**
     * The largest second difference I(k − 1) − 2 I(k) + I(k + 1): where the drop in inertia slows down the
     * most. Needs evenly spaced k; the first and last k can never be the elbow.
     */
    SECOND_DIFFERENCE("second-difference", "the k with the largest second difference I(k-1) - 2 I(k) + I(k+1),"
            + " where the fall of inertia slows the most");

    private final String label;
    private final String description;

    ElbowRule(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /**
     * The rule's name on the command line.
     *
     * @return {@code kneedle} or {@code second-difference}
     */
    public String label() {
        return label;
    }

    /**
     * One sentence saying what the rule picks, for reports.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * The rule a name stands for.
     *
     * @param name {@code kneedle} or {@code second-difference} (case-insensitive)
     * @return the rule
     * @throws InvalidInputException for any other name
     */
    public static ElbowRule parse(String name) {
        for (ElbowRule rule : values()) {
            if (rule.label.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return rule;
            }
        }
        throw new InvalidInputException("--elbow-rule must be kneedle or second-difference, got '" + name + "'");
    }

    /**
     * The elbow of one curve.
     *
     * @param ks      the k values, increasing (evenly spaced for {@link #SECOND_DIFFERENCE})
     * @param inertia the inertia at each k
     * @return the index into {@code ks} of the elbow (ties to the smaller k), or −1 when the curve has no
     *         convex bend (fewer than three points, a straight line, or a curve bending the other way)
     */
    public int elbowIndex(int[] ks, double[] inertia) {
        int n = ks.length;
        if (n < 3) {
            return -1;
        }
        int best = -1;
        double bestScore = 0;
        if (this == KNEEDLE) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : inertia) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            if (!(hi > lo)) {
                return -1;
            }
            double span = ks[n - 1] - ks[0];
            double first = (inertia[0] - lo) / (hi - lo);
            double last = (inertia[n - 1] - lo) / (hi - lo);
            for (int i = 1; i < n - 1; i++) {
                double x = (ks[i] - ks[0]) / span;
                double y = (inertia[i] - lo) / (hi - lo);
                double gap = first + (last - first) * x - y;
                if (gap > bestScore) {
                    bestScore = gap;
                    best = i;
                }
            }
        } else {
            for (int i = 1; i < n - 1; i++) {
                double second = inertia[i - 1] - 2 * inertia[i] + inertia[i + 1];
                if (second > bestScore) {
                    bestScore = second;
                    best = i;
                }
            }
        }
        return best;
    }

    /**
     * Fails when the rule cannot read the given k values.
     *
     * @param ks the k values, increasing
     * @throws InvalidInputException when the second-difference rule is given unevenly spaced k
     */
    public void check(int[] ks) {
        if (this == SECOND_DIFFERENCE) {
            for (int i = 2; i < ks.length; i++) {
                if (ks[i] - ks[i - 1] != ks[1] - ks[0]) {
                    throw new InvalidInputException("--elbow-rule second-difference needs evenly spaced k, got "
                            + Arrays.toString(ks) + "; use a range such as 2..12 or --elbow-rule kneedle");
                }
            }
        }
    }
}
