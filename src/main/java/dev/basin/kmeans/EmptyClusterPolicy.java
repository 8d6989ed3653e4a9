package dev.basin.kmeans;

import java.util.Arrays;
import java.util.Locale;

/** What a run does when a cluster ends an assignment step with no (positively weighted) rows. */
public enum EmptyClusterPolicy {
    /**
     * Move each empty cluster's center to one of the rows farthest from their own centers, farthest first,
     * taking that row's weight out of its old cluster, as scikit-learn does. Rows with zero weight are
     * never chosen, so no center becomes 0/0.
     */
    RELOCATE("relocate"),
    /** Leave the empty cluster's center where it was; it may win rows back later. */
    KEEP("keep"),
    /** Stop the run with an {@link EmptyClusterException}. */
    ERROR("error");

    private final String label;

    EmptyClusterPolicy(String label) {
        this.label = label;
    }

    /**
     * The name used on the command line ({@code --empty-cluster}) and in outputs.
     *
     * @return "relocate", "keep" or "error"
     */
    public String label() {
        return label;
    }

    /**
     * Parses "relocate", "keep" or "error" (case-insensitive).
     *
     * @param text the policy's label, surrounding spaces allowed
     * @return the policy with that label
     * @throws dev.basin.InvalidInputException if no policy has that label
     */
    public static EmptyClusterPolicy parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new dev.basin.InvalidInputException("unknown empty-cluster policy '" + text
                        + "'; use relocate, keep or error"));
    }
}
