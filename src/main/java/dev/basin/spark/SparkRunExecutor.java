package dev.basin.spark;

import dev.basin.analysis.PartitionFingerprint;
import dev.basin.analysis.RunExecutor;
import dev.basin.analysis.RunRecord;
import dev.basin.analysis.Sweep;
import dev.basin.analysis.SweepConfig;
import dev.basin.analysis.SweepRuns;
import dev.basin.data.Dataset;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sweep's runs as Spark tasks ({@code --engine spark}). The dataset is broadcast once; the runs are dealt
 * round-robin into balanced tasks (each holds every initializer's runs in equal measure), several per core;
 * each task runs Basin's engine unchanged, one run after another, and sends back the records the sweep keeps,
 * plus the labels of the distinct partitions it found while they are few. The driver then analyzes the
 * records as for a local sweep, so every output equals the local engine's except the wall times.
 *
 * <p>A task that fails and is run again by Spark returns the same records, since each run is a pure function
 * of (data, configuration, seed).
 */
public final class SparkRunExecutor implements RunExecutor {
    /** Tasks per core of the cluster: enough for balance and progress, few enough to cost nothing. */
    static final int TASKS_PER_CORE = 8;

    /** Failures thrown by {@link #failFirstAttemptOfTask}, counted where the tasks run (tests run them here). */
    static final AtomicInteger INJECTED_FAILURES = new AtomicInteger();

    private final SparkSession spark;
    /** A test hook: the task with this index fails its first attempt; −1 for none. */
    private final int failFirstAttemptOfTask;

    /**
     * An executor on {@code spark}'s cluster.
     *
     * @param spark the session to run on
     */
    public SparkRunExecutor(SparkSession spark) {
        this(spark, -1);
    }

    SparkRunExecutor(SparkSession spark, int failFirstAttemptOfTask) {
        this.spark = spark;
        this.failFirstAttemptOfTask = failFirstAttemptOfTask;
    }

    @Override
    public String name() {
        return "spark";
    }

    /** What one task sends back: its runs' records and the labels of the distinct partitions among them. */
    record TaskResult(int[] indexes, RunRecord[] records, HashMap<PartitionFingerprint, int[]> labels)
            implements Serializable {
    }

    @Override
    public Executed execute(Dataset data, SweepConfig config, Sweep.Progress progress) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int total = config.runCount();
        List<int[]> tasks = dealRuns(total, Math.min(total, TASKS_PER_CORE * context.defaultParallelism()));
        long maxBasins = SweepRuns.maxBasinsWithLabels(config, data.rows());
        long labelsPerTask = Math.max(1, maxBasins / tasks.size());
        int failing = failFirstAttemptOfTask;
        Broadcast<Dataset> shared = context.broadcast(data);
        String group = "basin-sweep-" + UUID.randomUUID();
        TaskProgress listener = new TaskProgress(group, tasks, total, progress);
        spark.sparkContext().addSparkListener(listener);
        List<TaskResult> results;
        try {
            context.setJobGroup(group, "basin sweep: " + total + " runs in " + tasks.size() + " tasks", false);
            results = context.parallelize(tasks, tasks.size())
                    .map(indexes -> runTask(shared.value(), config, indexes, labelsPerTask, failing))
                    .collect();
        } catch (RuntimeException e) {
            throw SparkFailures.unwrap(e);
        } finally {
            context.clearJobGroup();
            spark.sparkContext().removeSparkListener(listener);
        }
        RunRecord[] records = new RunRecord[total];
        Map<PartitionFingerprint, int[]> labels = new HashMap<>();
        for (TaskResult result : results) {
            for (int i = 0; i < result.indexes().length; i++) {
                records[result.indexes()[i]] = result.records()[i];
            }
            if (result.labels() != null) {
                result.labels().forEach(labels::putIfAbsent);
            }
        }
        progress.runFinished(total, total);
        Map<PartitionFingerprint, int[]> basinLabels = basinLabels(context, shared, config, records, labels, maxBasins);
        shared.destroy();
        return new Executed(records, basinLabels);
    }

    /** Runs {@code 0 .. total − 1} dealt round-robin into {@code taskCount} tasks. */
    static List<int[]> dealRuns(int total, int taskCount) {
        List<int[]> tasks = new ArrayList<>(taskCount);
        for (int t = 0; t < taskCount; t++) {
            int[] indexes = new int[(total - t + taskCount - 1) / taskCount];
            for (int i = 0; i < indexes.length; i++) {
                indexes[i] = t + i * taskCount;
            }
            tasks.add(indexes);
        }
        return tasks;
    }

    private static TaskResult runTask(Dataset data, SweepConfig config, int[] indexes, long maxLabels, int failing) {
        TaskContext task = TaskContext.get();
        if (task != null && task.partitionId() == failing && task.attemptNumber() == 0) {
            INJECTED_FAILURES.incrementAndGet();
            throw new IllegalStateException("failure injected into the first attempt of task " + failing);
        }
        int[] encodedLabels = SweepRuns.encodedLabels(data);
        RunRecord[] records = new RunRecord[indexes.length];
        HashMap<PartitionFingerprint, int[]> labels = new LinkedHashMap<>();
        boolean keepLabels = true;
        for (int i = 0; i < indexes.length; i++) {
            SweepRuns.Outcome outcome = SweepRuns.run(data, config, indexes[i], encodedLabels);
            records[i] = outcome.record();
            if (keepLabels && !labels.containsKey(outcome.record().fingerprint())) {
                if (labels.size() < maxLabels) {
                    labels.put(outcome.record().fingerprint(), outcome.labels());
                } else {
                    keepLabels = false;
                    labels.clear();
                }
            }
        }
        return new TaskResult(indexes, records, keepLabels ? labels : null);
    }

    /**
     * The labels of every distinct partition when there are at most {@code maxBasins} of them (as a local
     * sweep keeps them), else null. Partitions whose task sent no labels are replayed: one run each, on the
     * cluster.
     */
    private static Map<PartitionFingerprint, int[]> basinLabels(JavaSparkContext context, Broadcast<Dataset> shared,
                                                               SweepConfig config, RunRecord[] records,
                                                               Map<PartitionFingerprint, int[]> labels,
                                                               long maxBasins) {
        Map<PartitionFingerprint, Integer> firstRun = new LinkedHashMap<>();
        for (int i = 0; i < records.length; i++) {
            firstRun.putIfAbsent(records[i].fingerprint(), i);
        }
        if (firstRun.size() > maxBasins) {
            return null;
        }
        List<Integer> missing = new ArrayList<>();
        firstRun.forEach((fingerprint, run) -> {
            if (!labels.containsKey(fingerprint)) {
                missing.add(run);
            }
        });
        if (!missing.isEmpty()) {
            List<SweepRuns.Outcome> replayed;
            try {
                replayed = context.parallelize(missing, Math.min(missing.size(), context.defaultParallelism()))
                        .map(run -> SweepRuns.run(shared.value(), config, run, null))
                        .collect();
            } catch (RuntimeException e) {
                throw SparkFailures.unwrap(e);
            }
            replayed.forEach(outcome -> labels.put(outcome.record().fingerprint(), outcome.labels()));
        }
        Map<PartitionFingerprint, int[]> complete = new HashMap<>();
        firstRun.keySet().forEach(fingerprint -> complete.put(fingerprint, labels.get(fingerprint)));
        return complete;
    }
}
