package dev.basin.analysis;

import dev.basin.kmeans.StopReason;

/**
 * What a sweep keeps of one run: its figures, a fingerprint of its partition and its centers, never its n
 * labels, so many thousands of runs fit in memory whatever n is.
 *
 * @param init                 initializer name
 * @param seed                 the run seed ({@code basin fit --random-state <seed> --n-init 1} repeats it)
 * @param inertia              final inertia
 * @param initialInertia       inertia of the initial centers
 * @param iterations           iterations run
 * @param stopReason           which rule stopped it
 * @param seconds              wall time (the only figure that is not reproducible)
 * @param distanceComputations distances evaluated by initialization and iterations
 * @param fingerprint          the final partition, up to renaming clusters
 * @param centers              final centers, row-major k × d (units of the clustered data)
 * @param traceInertia         inertia per iteration, or null when the run was not traced
 * @param ariToLabels          adjusted Rand index against the reference labels, or NaN without labels
 * @param restarts             restarts the row ran for this seed (more than 1 only under a budget)
 * @param swaps                random swaps tried (0 for a row without random swap)
 */
public record RunRecord(String init, long seed, double inertia, double initialInertia, int iterations,
                        StopReason stopReason, double seconds, long distanceComputations,
                        PartitionFingerprint fingerprint, double[] centers, double[] traceInertia, double ariToLabels,
                        int restarts, int swaps) implements java.io.Serializable {
    /**
     * A single run without random swap.
     *
     * @param init                 initializer name
     * @param seed                 the run seed
     * @param inertia              final inertia
     * @param initialInertia       inertia of the initial centers
     * @param iterations           iterations run
     * @param stopReason           which rule stopped it
     * @param seconds              wall time
     * @param distanceComputations distances evaluated
     * @param fingerprint          the final partition, up to renaming clusters
     * @param centers              final centers, row-major k × d
     * @param traceInertia         inertia per iteration, or null
     * @param ariToLabels          adjusted Rand index against the reference labels, or NaN
     */
    public RunRecord(String init, long seed, double inertia, double initialInertia, int iterations,
                     StopReason stopReason, double seconds, long distanceComputations,
                     PartitionFingerprint fingerprint, double[] centers, double[] traceInertia, double ariToLabels) {
        this(init, seed, inertia, initialInertia, iterations, stopReason, seconds, distanceComputations, fingerprint,
                centers, traceInertia, ariToLabels, 1, 0);
    }
}
