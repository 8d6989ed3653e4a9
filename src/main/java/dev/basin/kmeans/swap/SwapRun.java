package dev.basin.kmeans.swap;

import dev.basin.kmeans.RunResult;

/**
 * One random swap run and how it got there.
 *
 * @param result   the final run: K-means to convergence from the best swap's centers; its inertia is never
 *                 above {@code start}'s, its distance count includes the start, every swap and the final K-means
 * @param start    the K-means solution the swaps started from (the initializer followed by K-means)
 * @param tried    swaps tried
 * @param accepted swaps that lowered the inertia and were kept
 */
public record SwapRun(RunResult result, RunResult start, int tried, int accepted) {
}
