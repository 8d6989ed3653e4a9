package dev.basin.kmeans.variant;

import dev.basin.kmeans.kernel.PreparedCenters;

/**
 * A variant's per-run state and its assignment step: labels each row with its nearest center (by the
 * kernel's score, ties to the lower index) and keeps whatever the variant needs to skip distances in
 * later iterations. One instance serves one run; {@link #assign} is called concurrently for disjoint
 * chunks of rows (each chunk's rows in several consecutive slices, in order, on one thread),
 * {@link #centersMoved} alone between iterations.
 */
public interface Assignment {
    /**
     * Labels rows {@code start … end − 1} (a slice of one chunk), adding to the chunk's slots of
     * {@code stats} how many labels changed and how many distances were evaluated.
     *
     * @param centers the centers to assign to
     * @param labels  every row's label; -1 before the first pass
     * @param first   whether this is the run's first pass (no bounds yet)
     * @param start   first row of the slice
     * @param end     one past its last row
     * @param stats   per-chunk results
     * @param chunk   the chunk's index in {@code stats}
     */
    void assign(PreparedCenters centers, int[] labels, boolean first, int start, int end, ChunkSums stats, int chunk);

    /**
     * Told once per iteration, after the update step, how the centers moved (both in data units).
     *
     * @param previous the centers the last assignment used, row-major k × d
     * @param next     the centers the next assignment will use
     * @return distances evaluated to update the variant's per-center data
     */
    long centersMoved(double[] previous, double[] next);

    /** Told once when the run is over (also after a failure), to release what the run borrowed. */
    default void finished() {
    }
}
