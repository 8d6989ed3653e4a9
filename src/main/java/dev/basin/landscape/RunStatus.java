package dev.basin.landscape;

import java.util.Locale;

/** How a run from one start ended. */
public enum RunStatus {
    /**
     * Converged to a minimum: the last step, and the step plain gradient descent would take from the end
     * point, are both within the convergence tolerance, and f'' ≥ 0 there.
     */
    MINIMUM,
    /** Converged, but to a point where f'' &lt; 0: a maximum, where a run started exactly on it stays. */
    STATIONARY,
    /** The epochs ran out while the run was still moving: raise {@code --epochs} or the learning rate. */
    NOT_CONVERGED,
    /** A step took x outside [from, to]; the run stops there (the minimum it sought is not in the interval). */
    LEFT_INTERVAL,
    /** f or f' is not a finite number at a point the run reached (log of a negative number, overflow, ...). */
    UNDEFINED;

    /** The name written in tables and files: {@code minimum}, {@code not_converged}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The same in words, for legends: "not converged", "left the interval". */
    public String words() {
        return switch (this) {
            case MINIMUM -> "minimum";
            case STATIONARY -> "stuck at a maximum";
            case NOT_CONVERGED -> "not converged";
            case LEFT_INTERVAL -> "left the interval";
            case UNDEFINED -> "f undefined";
        };
    }
}
