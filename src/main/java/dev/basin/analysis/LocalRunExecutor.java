package dev.basin.analysis;

import dev.basin.data.Dataset;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Runs a sweep on this JVM's threads ({@code --threads}), one run per thread at a time. Every result goes to
 * its own slot, so the outcome does not depend on the thread count or on the order runs finish.
 */
final class LocalRunExecutor implements RunExecutor {
    @Override
    public String name() {
        return "local";
    }

    @Override
    public Executed execute(Dataset data, SweepConfig config, Sweep.Progress progress) {
        int total = config.runCount();
        int[] encodedLabels = SweepRuns.encodedLabels(data);
        BasinLabels basinLabels = new BasinLabels(SweepRuns.maxBasinsWithLabels(config, data.rows()));
        RunRecord[] records = new RunRecord[total];
        AtomicInteger done = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(config.engine().threadCount());
        try {
            pool.submit(() -> IntStream.range(0, total).parallel().forEach(index -> {
                SweepRuns.Outcome outcome = SweepRuns.run(data, config, index, encodedLabels);
                basinLabels.offer(outcome.record().fingerprint(), outcome.labels());
                records[index] = outcome.record();
                progress.runFinished(done.incrementAndGet(), total);
            })).join();
        } finally {
            pool.shutdown();
        }
        return new Executed(records, basinLabels.labelsIfComplete());
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

        BasinLabels(long maxBasins) {
            this.maxBasins = maxBasins;
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
