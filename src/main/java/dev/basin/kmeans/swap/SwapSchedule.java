package dev.basin.kmeans.swap;

import dev.basin.InvalidInputException;

/**
 * When random swap stops trying swaps. Exactly one rule applies:
 * <ul>
 *   <li>{@link #fixed(int) fixed(T)}: try exactly T swaps ({@code --swaps T}, Fränti's setting);</li>
 *   <li>{@link #untilNoImprovement(int) untilNoImprovement(T)}: stop once T swaps in a row were rejected
 *       ({@code --swaps-without-improvement T});</li>
 *   <li>{@link #withinBudget(long) withinBudget(D)}: stop before the swap that would start after the run has
 *       evaluated D distances in total, initialization and the first K-means included ({@code --budget D}
 *       in {@code basin sweep}).</li>
 * </ul>
 *
 * @param swaps    swaps to try (fixed), or rejected swaps in a row that end the search (patience); 0 with a budget
 * @param patience whether {@code swaps} counts rejected swaps in a row rather than all swaps
 * @param budget   distance computations the whole run may start swaps within; 0 when there is no budget
 */
public record SwapSchedule(int swaps, boolean patience, long budget) implements java.io.Serializable {
    /** Swaps tried by default, as in Fränti (2018). */
    public static final int DEFAULT_SWAPS = 5000;

    /**
     * Checks the schedule.
     *
     * @throws InvalidInputException if the counts are out of range or the rules are mixed
     */
    public SwapSchedule {
        if (budget < 0) {
            throw new InvalidInputException("--budget must be at least 1 distance computation, got " + budget);
        }
        if (budget > 0 && (swaps != 0 || patience)) {
            throw new InvalidInputException("a swap budget cannot be combined with a number of swaps");
        }
        if (budget == 0 && swaps < (patience ? 1 : 0)) {
            throw new InvalidInputException((patience ? "--swaps-without-improvement must be at least 1"
                    : "--swaps must be at least 0") + ", got " + swaps);
        }
    }

    /**
     * Exactly {@code swaps} swaps.
     *
     * @param swaps swaps to try, at least 0
     * @return the schedule
     */
    public static SwapSchedule fixed(int swaps) {
        return new SwapSchedule(swaps, false, 0);
    }

    /**
     * Swaps until {@code rejectedInARow} swaps in a row did not lower the inertia.
     *
     * @param rejectedInARow rejected swaps in a row that end the search, at least 1
     * @return the schedule
     */
    public static SwapSchedule untilNoImprovement(int rejectedInARow) {
        return new SwapSchedule(rejectedInARow, true, 0);
    }

    /**
     * Swaps while the run has evaluated fewer than {@code distances} distances.
     *
     * @param distances the run's budget in counted distance computations, at least 1
     * @return the schedule
     */
    public static SwapSchedule withinBudget(long distances) {
        if (distances < 1) {
            throw new InvalidInputException("--budget must be at least 1 distance computation, got " + distances);
        }
        return new SwapSchedule(0, false, distances);
    }

    /**
     * The default schedule: {@value #DEFAULT_SWAPS} swaps.
     *
     * @return {@code fixed(5000)}
     */
    public static SwapSchedule defaults() {
        return fixed(DEFAULT_SWAPS);
    }

    /** Whether another swap may start, given what has happened so far. */
    boolean another(int tried, int rejectedInARow, long distancesSoFar) {
        if (budget > 0) {
            return distancesSoFar < budget;
        }
        return patience ? rejectedInARow < swaps : tried < swaps;
    }

    /**
     * The schedule in words, for outputs.
     *
     * @return for example "5000 swaps", "until 500 swaps in a row fail" or "within 1000000 distances"
     */
    public String describe() {
        if (budget > 0) {
            return "swaps within " + budget + " distance computations";
        }
        return patience ? "swaps until " + swaps + " in a row fail to lower the inertia" : swaps + " swaps";
    }
}
