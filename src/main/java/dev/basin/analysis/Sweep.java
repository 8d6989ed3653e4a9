package dev.basin.analysis;

import dev.basin.data.Dataset;
import dev.basin.kmeans.DataChecks;
import dev.basin.kmeans.KMeans;
import dev.basin.kmeans.KMeansConfig;

import java.util.Arrays;

/**
 * Runs K-means once per (row, seed) and keeps what the analysis needs. A row is an initializer, or an
 * initializer followed by random swap ({@link Contender}); each run is exactly
 * {@code basin fit --random-state <seed> --n-init 1 --init <init>} (with {@code --algorithm random-swap} for
 * a random swap row), or under a budget the restarts or swaps that fit in it. Runs spread over the configured
 * threads, or over the executors of a cluster with another {@link RunExecutor}; every result goes to its own
 * slot, so the outcome does not depend on the thread count, the executor or on the order runs finish.
 *
 * <pre>{@code
 * SweepResult sweep = Sweep.run(data, SweepConfig.of(KMeansConfig.defaults(3),
 *         List.of(KMeansPlusPlus.greedy(), new RandomRows()), SweepConfig.seedRange(0, 200)), Sweep.Progress.NONE);
 * sweep.basins().getFirst();                      // the best basin: inertia, share per initializer, ...
 * sweep.summary("k-means++").restartCurve();      // what restarts buy
 * }</pre>
 */
public final class Sweep {
    /** Told after every finished run (from worker threads). */
    @FunctionalInterface
    public interface Progress {
        /** Ignores progress. */
        Progress NONE = (done, total) -> { };

        /**
         * Called as runs finish, possibly from several threads at once and not in run order. The local
         * executor calls it once per run; one that runs batches of runs elsewhere, once per finished batch.
         *
         * @param done  runs finished so far, 1 to {@code total}
         * @param total runs in the sweep
         */
        void runFinished(int done, int total);
    }

    private Sweep() {
    }

    /**
     * Runs the sweep without ground-truth centers.
     *
     * @param data     the rows to cluster, with their weights and any reference labels
     * @param config   initializers, seeds and engine settings
     * @param progress told after every run; {@link Progress#NONE} for silence
     * @return every run, the basins they fell into and each initializer's summary
     * @throws dev.basin.InvalidInputException if the data cannot be clustered into k clusters
     */
    public static SweepResult run(Dataset data, SweepConfig config, Progress progress) {
        return run(data, config, null, progress);
    }

    /**
     * Runs the sweep; {@code truthCenters} (row-major, any number of centers, or null) adds CI to the
     * ground truth.
     *
     * @param data         the rows to cluster, with their weights and any reference labels
     * @param config       initializers, seeds and engine settings
     * @param truthCenters ground-truth centers in the units of {@code data}, row-major; {@code null} for none
     * @param progress     told after every run; {@link Progress#NONE} for silence
     * @return every run, the basins they fell into and each initializer's summary
     * @throws dev.basin.InvalidInputException if the data cannot be clustered into k clusters
     */
    public static SweepResult run(Dataset data, SweepConfig config, double[] truthCenters, Progress progress) {
        return run(data, config, truthCenters, RunExecutor.LOCAL, progress);
    }

    /**
     * Runs the sweep's runs on {@code executor} (for example the executors of a Spark cluster) and analyzes
     * them here. The result is the same for every executor except the wall times, since every run is the same
     * pure function of (data, configuration, seed) wherever it runs.
     *
     * @param data         the rows to cluster, with their weights and any reference labels
     * @param config       initializers, seeds and engine settings
     * @param truthCenters ground-truth centers in the units of {@code data}, row-major; {@code null} for none
     * @param executor     where the runs happen; {@link RunExecutor#LOCAL} for this JVM's threads
     * @param progress     told after finished runs; {@link Progress#NONE} for silence
     * @return every run, the basins they fell into and each initializer's summary
     * @throws dev.basin.InvalidInputException if the data cannot be clustered into k clusters
     */
    public static SweepResult run(Dataset data, SweepConfig config, double[] truthCenters, RunExecutor executor,
                                  Progress progress) {
        KMeansConfig engine = config.engine();
        DataChecks.requireClusterable(data, engine.k());
        KMeans.requireBoundsFit(data, engine, engine.threadCount());
        long start = System.nanoTime();
        RunExecutor.Executed executed = executor.execute(data, config, progress);
        double seconds = (System.nanoTime() - start) / 1e9;
        return SweepResult.analyze(data, config, Arrays.asList(executed.records()), truthCenters,
                executed.basinLabels(), seconds);
    }
}
