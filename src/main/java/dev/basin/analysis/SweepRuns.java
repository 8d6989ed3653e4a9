package dev.basin.analysis;

import dev.basin.data.Dataset;
import dev.basin.kmeans.IterationTrace;
import dev.basin.kmeans.KMeans;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.RunResult;
import dev.basin.kmeans.variant.RowChunks;

/**
 * One run of a sweep, by its index: the same function whichever {@link RunExecutor} calls it. Runs are
 * numbered row-major: run {@code i} is row ({@link Contender}) {@code i / seeds} with seed {@code i % seeds}.
 */
public final class SweepRuns {
    private SweepRuns() {
    }

    /**
     * A run and what the sweep keeps of it.
     *
     * @param record what the sweep keeps
     * @param labels the run's labels, for the sweep's basin labels (never kept per run)
     */
    public record Outcome(RunRecord record, int[] labels) implements java.io.Serializable {
    }

    /**
     * Runs run {@code index} of the sweep: exactly {@code basin fit --random-state <seed> --n-init 1 --init <init>}
     * (with random swap or a budget as its row says).
     *
     * @param data          the rows to cluster, already checked
     * @param config        the sweep
     * @param index         the run, 0 to {@code config.runCount() − 1}
     * @param encodedLabels the data's reference labels encoded by {@link PartitionMetrics#encode}, or null
     * @return the run's record and labels
     */
    public static Outcome run(Dataset data, SweepConfig config, int index, int[] encodedLabels) {
        KMeansConfig engine = config.engine();
        int seedIndex = seedIndex(config, index);
        Contender row = config.contenders().get(initIndex(config, index));
        long seed = config.seeds()[seedIndex];
        Contender.Outcome outcome = row.run(data, engine, seed, config.budget(), RowChunks.sequential(data.rows()));
        RunResult run = outcome.run();
        PartitionFingerprint fingerprint = PartitionFingerprint.of(run.labels(), engine.k());
        double[] trace = seedIndex < config.tracedSeedsPerInit()
                ? run.trace().stream().mapToDouble(IterationTrace::inertia).toArray() : null;
        double ari = encodedLabels == null ? Double.NaN
                : PartitionMetrics.adjustedRandIndex(encodedLabels, run.labels());
        RunRecord record = new RunRecord(row.name(), seed, run.inertia(), run.initialInertia(), run.iterations(),
                run.stopReason(), outcome.seconds(), outcome.distances(), fingerprint, run.centers(), trace, ari,
                outcome.restarts(), outcome.swaps());
        return new Outcome(record, run.labels());
    }

    /**
     * The data's reference labels as {@link #run} takes them.
     *
     * @param data the rows to cluster
     * @return the encoded labels, or null when the data has none
     */
    public static int[] encodedLabels(Dataset data) {
        return data.labels().map(PartitionMetrics::encode).orElse(null);
    }

    /**
     * The initializer of run {@code index}.
     *
     * @param config the sweep
     * @param index  the run
     * @return an index into {@link SweepConfig#contenders()}
     */
    public static int initIndex(SweepConfig config, int index) {
        return index / config.seeds().length;
    }

    /**
     * The seed of run {@code index}.
     *
     * @param config the sweep
     * @param index  the run
     * @return an index into {@link SweepConfig#seeds()}
     */
    public static int seedIndex(SweepConfig config, int index) {
        return index % config.seeds().length;
    }

    /**
     * How many distinct partitions' labels the sweep keeps at most.
     *
     * @param config the sweep
     * @param rows   rows of the data
     * @return the label budget divided by the rows
     */
    public static long maxBasinsWithLabels(SweepConfig config, int rows) {
        return config.labelBudget() / Math.max(1, rows);
    }
}
