package dev.basin.analysis;

/**
 * A run's place in the sweep, known once all runs are in.
 *
 * @param basin        number of the basin it ended in (1 = best)
 * @param gapToBestPct (its inertia − best inertia) / best inertia, in percent
 * @param ciToBest     Centroid Index of its centers against the best run's
 * @param ciToTruth    Centroid Index against the ground-truth centers, or −1 without them
 */
public record RunFigures(int basin, double gapToBestPct, int ciToBest, int ciToTruth) {
}
