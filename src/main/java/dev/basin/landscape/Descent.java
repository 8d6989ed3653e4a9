package dev.basin.landscape;

import java.util.Arrays;

/**
 * One run of an optimizer from one start: every epoch evaluates f'(x) exactly and takes the optimizer's
 * step, for a fixed number of epochs (no early stop: a momentum run passes through points where its step
 * is momentarily small). The run stops early only when it leaves the interval or reaches a point where f
 * is not defined.
 *
 * <p>Convergence is judged at the end, relative to the interval's width w: the run has converged when its
 * last step is at most {@code tol·w} and so is the step plain gradient descent with the same learning rate
 * would take from the end point (η·|f'(end)|). Both are needed: a momentum run may turn round at its last
 * epoch, and a plain gradient step alone says nothing about Adam.
 */
public final class Descent {
    private Descent() {
    }

    /**
     * Where one run went.
     *
     * @param start   the starting point
     * @param path    x at epoch 0 (the start), 1, 2, ... up to the last epoch run
     * @param values  f at each point of the path
     * @param status  how it ended
     * @param end     the last point (for {@link RunStatus#LEFT_INTERVAL}, the first point outside)
     * @param atEnd   f, f', f'' at the end point
     * @param epochs  epochs run (fewer than asked when the run left the interval or f became undefined)
     */
    public record Run(double start, double[] path, double[] values, RunStatus status, double end, Jet atEnd,
                      int epochs) {
    }

    /**
     * Runs the optimizer from {@code start}.
     *
     * @param f         the function
     * @param optimizer the optimizer; a fresh stepper is used
     * @param start     the starting point, inside [from, to]
     * @param epochs    steps to take
     * @param from      left end of the interval
     * @param to        right end of the interval
     * @param tolerance the convergence tolerance, relative to {@code to − from}
     * @return the run
     */
    public static Run run(Expression f, Optimizer optimizer, double start, int epochs, double from, double to,
                          double tolerance) {
        double[] path = new double[epochs + 1];
        double[] values = new double[epochs + 1];
        Optimizer.Stepper stepper = optimizer.start();
        double x = start;
        Jet jet = f.at(x);
        path[0] = x;
        values[0] = jet.value();
        double lastStep = Double.NaN;
        int epoch = 0;
        RunStatus stopped = null;
        if (!finite(jet)) {
            stopped = RunStatus.UNDEFINED;
        }
        while (stopped == null && epoch < epochs) {
            double step = stepper.step(jet.d1());
            x = x + step;
            jet = f.at(x);
            epoch++;
            path[epoch] = x;
            values[epoch] = jet.value();
            lastStep = Math.abs(step);
            if (!Double.isFinite(x) || x < from || x > to) {
                stopped = Double.isFinite(x) ? RunStatus.LEFT_INTERVAL : RunStatus.UNDEFINED;
            } else if (!finite(jet)) {
                stopped = RunStatus.UNDEFINED;
            }
        }
        RunStatus status = stopped != null ? stopped : judge(optimizer, jet, lastStep, epochs, tolerance * (to - from));
        return new Run(start, Arrays.copyOf(path, epoch + 1), Arrays.copyOf(values, epoch + 1), status, x, jet, epoch);
    }

    private static RunStatus judge(Optimizer optimizer, Jet atEnd, double lastStep, int epochs, double tolerance) {
        double gradientStep = optimizer.learningRate() * Math.abs(atEnd.d1());
        boolean still = (epochs == 0 || lastStep <= tolerance) && gradientStep <= tolerance;
        if (!still) {
            return RunStatus.NOT_CONVERGED;
        }
        return atEnd.d2() < 0 ? RunStatus.STATIONARY : RunStatus.MINIMUM;
    }

    private static boolean finite(Jet jet) {
        return Double.isFinite(jet.value()) && Double.isFinite(jet.d1());
    }
}
