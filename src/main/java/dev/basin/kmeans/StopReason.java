package dev.basin.kmeans;

/** Which rule ended a run's iterations (the rules follow scikit-learn's so results can be cross-checked). */
public enum StopReason {
    /** No label changed from one iteration to the next. */
    STRICT("strict"),
    /** The sum of squared center shifts fell to the tolerance (tol × mean per-feature variance) or below. */
    TOLERANCE("tolerance"),
    /** The iteration limit was reached first. */
    MAX_ITER("max_iter");

    private final String label;

    StopReason(String label) {
        this.label = label;
    }

    /**
     * The name used in CSV and JSON outputs.
     *
     * @return "strict", "tolerance" or "max_iter"
     */
    public String label() {
        return label;
    }
}
