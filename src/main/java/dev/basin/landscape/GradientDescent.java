package dev.basin.landscape;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plain gradient descent: x ← x − η·f'(x).
 *
 * @param learningRate η, the step per unit of gradient
 */
public record GradientDescent(double learningRate) implements Optimizer {

    public GradientDescent {
        Momentum.checkLearningRate(learningRate);
    }

    @Override
    public String name() {
        return "gd";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("learning_rate", learningRate);
        return parameters;
    }

    @Override
    public String rule() {
        return "gradient descent: x ← x − η·f'(x), η = " + Optimizer.number(learningRate);
    }

    @Override
    public Stepper start() {
        return gradient -> -learningRate * gradient;
    }
}
