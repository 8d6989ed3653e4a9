package dev.basin.analysis;

import dev.basin.data.Dataset;
import dev.basin.kmeans.DataChecks;
import dev.basin.kmeans.FitResult;
import dev.basin.kmeans.KMeans;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.RunResult;
import dev.basin.random.Seeds;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link KMeans#fit} with its restarts run on a {@link RunExecutor}, for example spread over a Spark
 * cluster ({@code basin fit --engine spark}). The restarts are the same runs with the same seeds, and the best
 * is chosen by the same rule (a later restart replaces the best only with strictly lower inertia and a
 * different partition, told apart by fingerprint), so the result equals {@code KMeans.fit}'s. Only the winner's
 * labels are needed in full: it is run once more here, which gives the same bits since a run is a pure
 * function of (data, configuration, seed).
 */
public final class RestartsOnExecutor {
    private RestartsOnExecutor() {
    }

    /**
     * Fits {@code config} on {@code data}, its restarts run by {@code executor}.
     *
     * @param data     the rows to cluster
     * @param config   the fit; a {@code null} random state is drawn and reported
     * @param executor where the restarts run
     * @return the same result as {@link KMeans#fit(Dataset, KMeansConfig)}, wall times aside
     * @throws dev.basin.InvalidInputException if the data cannot be clustered into k clusters
     */
    public static FitResult fit(Dataset data, KMeansConfig config, RunExecutor executor) {
        int restarts = config.restarts();
        if (restarts == 1) {
            return KMeans.fit(data, config); // nothing to spread
        }
        DataChecks.requireClusterable(data, config.k());
        boolean drawn = config.randomState() == null;
        long randomState = drawn ? Seeds.draw() : config.randomState();
        long[] seeds = new long[restarts];
        for (int r = 0; r < restarts; r++) {
            seeds[r] = Seeds.forRestart(randomState, r);
        }
        SweepConfig asSweep = new SweepConfig(config.withNInit(1), List.of(config.init()), seeds, 0, 0, 1);
        RunRecord[] runs = executor.execute(data, asSweep, Sweep.Progress.NONE).records();
        int bestIndex = 0;
        for (int r = 1; r < runs.length; r++) {
            if (runs[r].inertia() < runs[bestIndex].inertia()
                    && !runs[r].fingerprint().equals(runs[bestIndex].fingerprint())) {
                bestIndex = r;
            }
        }
        RunResult best = KMeans.run(data, config, seeds[bestIndex]);
        List<FitResult.Restart> summaries = new ArrayList<>();
        for (int r = 0; r < runs.length; r++) {
            RunRecord run = runs[r];
            summaries.add(new FitResult.Restart(r, run.seed(), run.inertia(), run.iterations(), run.stopReason(),
                    run.initialInertia(), run.distanceComputations(), run.seconds()));
        }
        return new FitResult(best, bestIndex, randomState, drawn, List.copyOf(summaries), List.of());
    }
}
