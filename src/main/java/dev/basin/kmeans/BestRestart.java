package dev.basin.kmeans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses the best of a fit's restarts as they finish, keeping only what the choice needs: every restart's
 * summary, the best run so far, and runs that finished ahead of an earlier restart still running.
 *
 * <p>The choice is scikit-learn's and is made in restart order whatever order runs finish in: a later
 * restart replaces the best only with strictly lower inertia and a different partition (two runs with the
 * same partition can differ in inertia in the last bits when they stopped on the tolerance at different
 * centers). A restart's labels are let go as soon as it has been compared, so memory holds a few runs, not
 * all of them.
 */
final class BestRestart {
    private final int k;
    private final RunResult[] waiting;
    private final FitResult.Restart[] summaries;
    private int nextToCompare;
    private RunResult best;
    private int bestIndex;

    BestRestart(int restarts, int k) {
        this.k = k;
        this.waiting = new RunResult[restarts];
        this.summaries = new FitResult.Restart[restarts];
    }

    /** Records restart {@code r}'s run and compares every run whose earlier restarts are all in. */
    synchronized void offer(int r, RunResult run) {
        summaries[r] = FitResult.Restart.of(r, run);
        waiting[r] = run;
        while (nextToCompare < waiting.length && waiting[nextToCompare] != null) {
            RunResult candidate = waiting[nextToCompare];
            waiting[nextToCompare] = null;
            if (best == null || (candidate.inertia() < best.inertia()
                    && !Partitions.sameUpToRenaming(candidate.labels(), best.labels(), k))) {
                best = candidate;
                bestIndex = nextToCompare;
            }
            nextToCompare++;
        }
    }

    synchronized RunResult best() {
        requireAllIn();
        return best;
    }

    synchronized int bestIndex() {
        requireAllIn();
        return bestIndex;
    }

    synchronized List<FitResult.Restart> summaries() {
        requireAllIn();
        return List.copyOf(new ArrayList<>(Arrays.asList(summaries)));
    }

    private void requireAllIn() {
        if (nextToCompare != waiting.length) {
            throw new IllegalStateException(nextToCompare + " of " + waiting.length + " restarts compared");
        }
    }
}
