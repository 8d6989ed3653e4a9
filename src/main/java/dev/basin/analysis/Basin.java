package dev.basin.analysis;

import java.util.Map;

/**
 * A basin: the runs that ended in the same partition (same labels up to renaming clusters). Basins are
 * numbered by inertia, best first.
 *
 * @param number       1 for the lowest inertia
 * @param fingerprint  the partition
 * @param inertia      the lowest inertia among its runs (runs stopped by tolerance can differ in the last digits)
 * @param gapToBestPct (inertia − best inertia) / best inertia, in percent
 * @param ciToBest     Centroid Index of its centers against the best basin's
 * @param runs         runs that ended here, all initializers together
 * @param share        runs / all runs
 * @param runsByInit   runs per initializer, in the sweep's initializer order
 * @param exampleSeed  per initializer, the first seed (in seed order) that ended here, absent if none
 * @param centers      centers of its lowest-inertia run, row-major
 * @param ariToBest    adjusted Rand index of its partition against the best basin's, NaN when labels were not kept
 */
public record Basin(int number, PartitionFingerprint fingerprint, double inertia, double gapToBestPct, int ciToBest,
                    int runs, double share, Map<String, Integer> runsByInit, Map<String, Long> exampleSeed,
                    double[] centers, double ariToBest) {

    /**
     * Share of one initializer's runs that ended here.
     *
     * @param init        the initializer's name
     * @param runsPerInit runs each initializer made (the sweep's number of seeds)
     * @return a fraction from 0 to 1; 0 for an initializer with no run here
     */
    public double shareOf(String init, int runsPerInit) {
        return (double) runsByInit.getOrDefault(init, 0) / runsPerInit;
    }
}
