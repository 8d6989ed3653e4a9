package dev.basin.kmeans;

/**
 * One iteration of a run.
 *
 * @param iteration            1-based
 * @param inertia              inertia of the labels assigned in this iteration, measured against the centers
 *                             they were assigned to (so iteration 1 gives the initial centers' inertia);
 *                             never increases from one iteration to the next
 * @param reassignments        rows whose label changed (all rows in iteration 1)
 * @param centerShift          sum over clusters of the squared distance each center moved in the update
 * @param distanceComputations point-to-center distances evaluated in this iteration
 */
public record IterationTrace(int iteration, double inertia, int reassignments, double centerShift,
                             long distanceComputations) {
}
