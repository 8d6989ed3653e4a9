package dev.basin.analysis;

import dev.basin.data.Dataset;
import dev.basin.kmeans.DataChecks;
import dev.basin.kmeans.IterationTrace;
import dev.basin.kmeans.KMeans;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.RunResult;
import dev.basin.kmeans.variant.RowChunks;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Runs K-means once per (row, seed) and keeps what the analysis needs. A row is an initializer, or an
 * initializer followed by random swap ({@link Contender}); each run is exactly
 * {@code basin fit --random-state <seed> --n-init 1 --init <init>} (with {@code --algorithm random-swap} for
 * a random swap row), or under a budget the restarts or swaps that fit in it. Runs spread over the configured
 * threads; every result goes to its own slot, so the outcome does not depend on the thread count or on
 * the order runs finish.
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
         * Called once per finished run, possibly from several threads at once and not in run order.
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
        KMeansConfig engine = config.engine();
        DataChecks.requireClusterable(data, engine.k());
        KMeans.requireBoundsFit(data, engine, engine.threadCount());
        List<Contender> rows = config.contenders();
        long[] seeds = config.seeds();
        int total = config.runCount();
        int traced = config.tracedSeedsPerInit();
        String[] labels = data.labels().orElse(null);
        int[] encodedLabels = labels == null ? null : PartitionMetrics.encode(labels);
        BasinLabels basinLabels = new BasinLabels(config.labelBudget(), data.rows());

        RunRecord[] records = new RunRecord[total];
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(engine.threadCount());
        try {
            pool.submit(() -> IntStream.range(0, total).parallel().forEach(index -> {
                int initIndex = index / seeds.length;
                int seedIndex = index % seeds.length;
                Contender row = rows.get(initIndex);
                Contender.Outcome outcome = row.run(data, engine, seeds[seedIndex], config.budget(),
                        RowChunks.sequential(data.rows()));
                RunResult run = outcome.run();
                PartitionFingerprint fingerprint = PartitionFingerprint.of(run.labels(), engine.k());
                basinLabels.offer(fingerprint, run.labels());
                double[] trace = seedIndex < traced
                        ? run.trace().stream().mapToDouble(IterationTrace::inertia).toArray() : null;
                double ari = encodedLabels == null ? Double.NaN
                        : PartitionMetrics.adjustedRandIndex(encodedLabels, run.labels());
                records[index] = new RunRecord(row.name(), seeds[seedIndex], run.inertia(), run.initialInertia(),
                        run.iterations(), run.stopReason(), outcome.seconds(), outcome.distances(), fingerprint,
                        run.centers(), trace, ari, outcome.restarts(), outcome.swaps());
                progress.runFinished(done.incrementAndGet(), total);
            })).join();
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return SweepResult.analyze(data, config, Arrays.asList(records), truthCenters, basinLabels.labelsIfComplete(),
                seconds);
    }

    /**
     * Labels of the distinct basins, kept while they fit the budget. Whether all basins fit depends only on
     * how many distinct basins there are, never on the order runs finish, so the outputs stay deterministic.
     */
    static final class BasinLabels {
        private final Map<PartitionFingerprint, int[]> labels = new ConcurrentHashMap<>();
        private final long maxBasins;
        private final AtomicLong distinct = new AtomicLong();
        private final Map<PartitionFingerprint, Boolean> seen = new ConcurrentHashMap<>();

        BasinLabels(long budget, int rows) {
            this.maxBasins = budget / Math.max(1, rows);
        }

        void offer(PartitionFingerprint fingerprint, int[] runLabels) {
            if (seen.putIfAbsent(fingerprint, Boolean.TRUE) == null) {
                if (distinct.incrementAndGet() <= maxBasins) {
                    labels.put(fingerprint, runLabels.clone());
                }
            }
        }

        /** The labels of every basin, or null when there were more basins than the budget holds. */
        Map<PartitionFingerprint, int[]> labelsIfComplete() {
            return distinct.get() <= maxBasins ? Map.copyOf(labels) : null;
        }
    }
}
