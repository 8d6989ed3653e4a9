package dev.basin.analysis;

import dev.basin.kmeans.StopReason;

import java.util.Map;

/**
 * One initializer's runs in a sweep, in aggregate.
 *
 * @param init                     initializer name
 * @param runs                     runs (one per seed)
 * @param bestInertia              lowest inertia
 * @param medianInertia            median inertia
 * @param worstInertia             highest inertia
 * @param shareBest                share of runs that reached the best basin (over all initializers)
 * @param shareRightStructure      share of runs whose centers have CI = 0 to the best run's: every cluster in the
 *                                 right place, even if some rows are assigned differently
 * @param basins                   distinct basins its runs reached
 * @param meanIterations           mean iterations per run
 * @param maxIterations            most iterations of a run
 * @param stopReasons              runs per stop reason
 * @param initialFinalSpearman     rank correlation of initial and final inertia (does a better start give a
 *                                 better end?), NaN when either is constant
 * @param meanDistanceComputations mean distances evaluated per run
 * @param meanSeconds              mean wall time per run
 * @param successRateTruth         share of runs with CI = 0 to the ground truth, NaN without truth
 * @param meanAriToLabels          mean ARI against the reference labels, NaN without labels
 * @param restartCurve             what restarts buy
 */
public record InitSummary(String init, int runs, double bestInertia, double medianInertia, double worstInertia,
                          double shareBest, double shareRightStructure, int basins, double meanIterations, int maxIterations,
                          Map<StopReason, Integer> stopReasons, double initialFinalSpearman,
                          double meanDistanceComputations, double meanSeconds, double successRateTruth,
                          double meanAriToLabels, RestartCurve restartCurve) {
}
