package dev.basin.analysis;

import dev.basin.data.Dataset;

import java.util.Map;

/**
 * Where a sweep's runs execute: threads of this JVM ({@link #LOCAL}) or elsewhere, for example the executors
 * of a Spark cluster. An executor only decides where each run happens: every run is
 * {@link SweepRuns#run SweepRuns.run(data, config, index, labels)}, a pure function of its arguments, so the
 * records, and every output computed from them, are the same whichever executor ran them.
 */
public interface RunExecutor {
    /** Runs on this JVM's threads ({@code --threads}), one run per thread at a time. */
    RunExecutor LOCAL = new LocalRunExecutor();

    /**
     * What the executor is called in outputs ({@code provenance.parameters.engine}).
     *
     * @return for example {@code local} or {@code spark}
     */
    String name();

    /**
     * Runs every run of the sweep, after the data passed {@link dev.basin.kmeans.DataChecks#requireClusterable}.
     *
     * @param data     the rows to cluster, checked
     * @param config   the sweep
     * @param progress told after finished runs (how often is the executor's choice; at least at the end)
     * @return the record of every run, in run order, and the labels of the distinct partitions when they fit
     *         the sweep's label budget
     */
    Executed execute(Dataset data, SweepConfig config, Sweep.Progress progress);

    /**
     * The runs of a sweep as they came back.
     *
     * @param records     one per run, indexed as {@link SweepRuns#initIndex} and {@link SweepRuns#seedIndex} say
     * @param basinLabels each distinct partition's labels (any naming of its clusters), or null when the
     *                    partitions needed more labels than the sweep's label budget
     */
    record Executed(RunRecord[] records, Map<PartitionFingerprint, int[]> basinLabels) {
    }
}
