package dev.basin.landscape;

import java.util.Map;

/**
 * A first-order optimizer on a function of one variable: from the gradient at the current point, the
 * next step. Each run from a start gets a fresh {@link Stepper}, so optimizers with state (momentum,
 * Adam's moment estimates) start from zero at every start.
 */
public sealed interface Optimizer permits GradientDescent, Momentum, Adam {

    /** The name used on the command line: {@code gd}, {@code momentum}, {@code adam}. */
    String name();

    /** The optimizer's parameters by their command-line names, for provenance. */
    Map<String, Object> parameters();

    /** One line: the update rule with its parameters, for the report's methods section. */
    String rule();

    /** η: the step per unit of gradient (Adam: the step's usual length). */
    double learningRate();

    /**
     * A parameter as {@link #rule()} writes it: plain decimals ("0.1", "0.999", "100"), scientific notation
     * below 1e-4 ("1E-8").
     */
    static String number(double value) {
        java.math.BigDecimal decimal = java.math.BigDecimal.valueOf(value).stripTrailingZeros();
        return Math.abs(value) >= 1e-4 || value == 0 ? decimal.toPlainString() : decimal.toString();
    }

    /** A new stepper with empty state, for one run. */
    Stepper start();

    /** The state of one run: turns successive gradients into steps. */
    interface Stepper {
        /**
         * The step to add to x, given the gradient f'(x) at the current point; called once per epoch.
         *
         * @param gradient f'(x) at the current point
         * @return Δx, so that the next point is x + Δx
         */
        double step(double gradient);
    }
}
