package dev.basin.kmeans;

import java.util.List;

/**
 * The outcome of {@link KMeans#fit}: the best of {@code n_init} restarts, and a summary of every restart.
 *
 * @param best        the winning run
 * @param bestRestart index of the winning restart (0-based)
 * @param randomState the random state restart 0 used (drawn when none was given)
 * @param drawnState  whether the random state was drawn rather than given
 * @param restarts    every restart, in restart order
 * @param warnings    one-line remarks for the user (for example an n_init that had no effect)
 */
public record FitResult(RunResult best, int bestRestart, long randomState, boolean drawnState,
                        List<Restart> restarts, List<String> warnings) {

    /**
     * One restart's figures.
     *
     * @param restart              index of the restart (0-based)
     * @param seed                 the restart's run seed; {@link KMeans#run} with it replays the restart
     * @param inertia              final inertia: sum of weight × squared distance of each row to its center
     * @param iterations           iterations run
     * @param stopReason           which rule stopped the run
     * @param initialInertia       inertia of the initial centers (each row at its nearest initial center)
     * @param distanceComputations point-to-center distances evaluated by initialization and iterations
     * @param seconds              wall time of the restart (not reproducible)
     */
    public record Restart(int restart, long seed, double inertia, int iterations, StopReason stopReason,
                          double initialInertia, long distanceComputations, double seconds) {
        static Restart of(int restart, RunResult run) {
            return new Restart(restart, run.seed(), run.inertia(), run.iterations(), run.stopReason(),
                    run.initialInertia(), run.distanceComputations(), run.seconds());
        }
    }
}
