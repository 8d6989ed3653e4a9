package dev.basin.landscape;

import dev.basin.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gradient descent with (heavy-ball) momentum, Polyak 1964: v ← β·v − η·f'(x), x ← x + v, with v = 0 at the
 * start. The velocity carries a run through shallow dips and over small bumps, which can change the
 * minimum it ends in. (PyTorch's SGD with momentum, v ← β·v + f'(x), x ← x − η·v, takes the same steps.)
 *
 * @param learningRate η
 * @param beta         β in [0, 1): how much of the previous step is kept
 */
public record Momentum(double learningRate, double beta) implements Optimizer {
    /** The usual β. */
    public static final double DEFAULT_BETA = 0.9;

    public Momentum {
        checkLearningRate(learningRate);
        checkFraction("--momentum", beta);
    }

    @Override
    public String name() {
        return "momentum";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("learning_rate", learningRate);
        parameters.put("momentum", beta);
        return parameters;
    }

    @Override
    public String rule() {
        return "momentum (Polyak 1964): v ← β·v − η·f'(x), x ← x + v, v starts at 0; η = " + Optimizer.number(learningRate)
                + ", β = " + Optimizer.number(beta);
    }

    @Override
    public Stepper start() {
        return new Stepper() {
            private double velocity;

            @Override
            public double step(double gradient) {
                velocity = beta * velocity - learningRate * gradient;
                return velocity;
            }
        };
    }

    static void checkLearningRate(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new InvalidInputException("--learning-rate must be a positive number, got " + learningRate);
        }
    }

    static void checkFraction(String option, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new InvalidInputException(option + " must be in [0, 1), got " + value);
        }
    }
}
