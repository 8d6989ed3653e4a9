package dev.basin.landscape;

import dev.basin.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam (Kingma and Ba 2015), with bias correction: at epoch t = 1, 2, ...
 * m ← β1·m + (1 − β1)·g, v ← β2·v + (1 − β2)·g², m̂ = m / (1 − β1^t), v̂ = v / (1 − β2^t),
 * x ← x − η·m̂ / (√v̂ + ε), with m = v = 0 at the start. Steps are about η long whatever the gradient's
 * scale, so Adam crosses flat stretches that stall gradient descent, and keeps moving near a minimum
 * longer.
 *
 * @param learningRate η
 * @param beta1        decay of the gradient's running mean, in [0, 1)
 * @param beta2        decay of the squared gradient's running mean, in [0, 1)
 * @param epsilon      added to √v̂ so the step stays finite, &gt; 0
 */
public record Adam(double learningRate, double beta1, double beta2, double epsilon) implements Optimizer {
    /** The usual β1. */
    public static final double DEFAULT_BETA1 = 0.9;
    /** The usual β2. */
    public static final double DEFAULT_BETA2 = 0.999;
    /** The usual ε. */
    public static final double DEFAULT_EPSILON = 1e-8;

    public Adam {
        Momentum.checkLearningRate(learningRate);
        Momentum.checkFraction("--beta1", beta1);
        Momentum.checkFraction("--beta2", beta2);
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new InvalidInputException("--epsilon must be a positive number, got " + epsilon);
        }
    }

    @Override
    public String name() {
        return "adam";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("learning_rate", learningRate);
        parameters.put("beta1", beta1);
        parameters.put("beta2", beta2);
        parameters.put("epsilon", epsilon);
        return parameters;
    }

    @Override
    public String rule() {
        return "Adam (Kingma and Ba 2015): m ← β1·m + (1 − β1)·g, v ← β2·v + (1 − β2)·g², x ← x − η·m̂/(√v̂ + ε)"
                + " with m̂ = m/(1 − β1^t), v̂ = v/(1 − β2^t); η = " + Optimizer.number(learningRate) + ", β1 = " + Optimizer.number(beta1)
                + ", β2 = " + Optimizer.number(beta2) + ", ε = " + Optimizer.number(epsilon);
    }

    @Override
    public Stepper start() {
        return new Stepper() {
            private double mean;
            private double squares;
            private double beta1Power = 1;
            private double beta2Power = 1;

            @Override
            public double step(double gradient) {
                mean = beta1 * mean + (1 - beta1) * gradient;
                squares = beta2 * squares + (1 - beta2) * gradient * gradient;
                beta1Power *= beta1;
                beta2Power *= beta2;
                double meanHat = mean / (1 - beta1Power);
                double squaresHat = squares / (1 - beta2Power);
                return -learningRate * meanHat / (Math.sqrt(squaresHat) + epsilon);
            }
        };
    }
}
