package dev.basin.landscape;

import dev.basin.InvalidInputException;

/**
 * Everything that defines a landscape run, validated: the function, the interval, the starts, the
 * optimizer and how long it runs, and the two tolerances.
 *
 * @param function         the expression as the user wrote it
 * @param from             left end of the interval (starts and runs stay in [from, to])
 * @param to               right end, greater than {@code from}
 * @param starts           where runs start
 * @param optimizer        the optimizer
 * @param epochs           steps per run
 * @param tolerance        convergence tolerance, relative to the interval's width (see {@link Descent})
 * @param mergeTolerance   end points closer than this times the width are the same minimum (see {@link Minima})
 */
public record LandscapeConfig(String function, double from, double to, Starts starts, Optimizer optimizer,
                              int epochs, double tolerance, double mergeTolerance) {
    /** Default convergence tolerance, relative to the interval's width. */
    public static final double DEFAULT_TOLERANCE = 1e-6;
    /** Default merge tolerance, relative to the interval's width. */
    public static final double DEFAULT_MERGE_TOLERANCE = 1e-3;
    /** Most points (starts × (epochs + 1)) kept; paths are kept whole for the files and charts. */
    public static final long MAX_POINTS = 5_000_000;

    public LandscapeConfig {
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            throw new InvalidInputException("--from and --to must be finite numbers, got " + from + " and " + to);
        }
        if (!(from < to)) {
            throw new InvalidInputException("--from must be less than --to, got --from " + from + " --to " + to);
        }
        if (epochs < 1) {
            throw new InvalidInputException("--epochs must be at least 1, got " + epochs);
        }
        if (!(tolerance > 0) || tolerance >= 1) {
            throw new InvalidInputException("--tol must be in (0, 1), a fraction of the interval's width, got " + tolerance);
        }
        if (!(mergeTolerance > 0) || mergeTolerance >= 1) {
            throw new InvalidInputException("--merge-tol must be in (0, 1), a fraction of the interval's width, got "
                    + mergeTolerance);
        }
        long points = (long) starts.count() * (epochs + 1L);
        if (points > MAX_POINTS) {
            throw new InvalidInputException("starts × (epochs + 1) = " + points + " is more than the " + MAX_POINTS
                    + " points Basin keeps; use fewer starts or epochs");
        }
    }

    /** The interval's width, the scale of both tolerances. */
    public double width() {
        return to - from;
    }
}
