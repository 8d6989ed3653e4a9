package dev.basin.landscape;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs an optimizer on a function of x from many starts and finds which minimum each start flows to:
 * the landscape of local minima, as a sweep of seeds is the landscape of K-means' local optima.
 *
 * <pre>{@code
 * LandscapeConfig config = new LandscapeConfig("sin(x) + 0.5*sin(3*x)", -5, 5, Starts.grid(41),
 *         new GradientDescent(0.1), 100, LandscapeConfig.DEFAULT_TOLERANCE, LandscapeConfig.DEFAULT_MERGE_TOLERANCE);
 * LandscapeResult result = Landscape.run(config);
 * }</pre>
 * The result is a pure function of the configuration (random starts come from their seed).
 */
public final class Landscape {
    private Landscape() {
    }

    /**
     * Parses the function, runs every start and groups the end points into minima.
     *
     * @param config the run
     * @return every run and the minima found
     * @throws ExpressionException when the function cannot be read
     */
    public static LandscapeResult run(LandscapeConfig config) {
        Expression f = ExpressionParser.parse(config.function());
        List<Descent.Run> runs = new ArrayList<>();
        for (double start : config.starts().points(config.from(), config.to())) {
            runs.add(Descent.run(f, config.optimizer(), start, config.epochs(), config.from(), config.to(),
                    config.tolerance()));
        }
        Minima.Found found = Minima.of(runs, config.mergeTolerance() * config.width());
        return new LandscapeResult(config, f, List.copyOf(runs), found.minimum(), found.minima());
    }
}
