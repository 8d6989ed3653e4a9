package dev.basin.landscape;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A finished landscape: every run, in the order of its start, and the minima they found.
 *
 * @param config     what was run
 * @param expression the parsed function
 * @param runs       one per start, ascending start
 * @param minimumOf  for each run, the number of the minimum it reached (1 = best), or 0 for none
 * @param minima     the distinct minima, best first
 */
public record LandscapeResult(LandscapeConfig config, Expression expression, List<Descent.Run> runs, int[] minimumOf,
                              List<Minima.Minimum> minima) {

    /** Runs per status, every status present (0 when none). */
    public Map<RunStatus, Integer> statusCounts() {
        Map<RunStatus, Integer> counts = new EnumMap<>(RunStatus.class);
        for (RunStatus status : RunStatus.values()) {
            counts.put(status, 0);
        }
        runs.forEach(run -> counts.merge(run.status(), 1, Integer::sum));
        return counts;
    }

    /** The best minimum found, or null when no run converged to one. */
    public Minima.Minimum best() {
        return minima.isEmpty() ? null : minima.getFirst();
    }
}
