package dev.basin.kmeans.variant;

import dev.basin.kmeans.IterationTrace;
import dev.basin.kmeans.StopReason;

import java.util.List;

/**
 * What a variant's iterations produce, before the facade adds the run's identity (seed, initializer).
 *
 * @param centers              final centers, row-major k × d
 * @param labels               each row's cluster: its nearest final center
 * @param inertia              sum of weight × squared distance to the row's center
 * @param iterations           iterations run (scikit-learn's {@code n_iter_})
 * @param stopReason           which rule stopped the iterations
 * @param trace                one entry per iteration, in order
 * @param distanceComputations point-to-center distances evaluated, all passes included
 */
public record Iterations(double[] centers, int[] labels, double inertia, int iterations, StopReason stopReason,
                         List<IterationTrace> trace, long distanceComputations) {
}
