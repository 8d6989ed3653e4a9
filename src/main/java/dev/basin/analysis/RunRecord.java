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
 */
public record RunRecord(String init, long seed, double inertia, double initialInertia, int iterations,
                        StopReason stopReason, double seconds, long distanceComputations,
                        PartitionFingerprint fingerprint, double[] centers, double[] traceInertia, double ariToLabels)
        implements java.io.Serializable {
}
