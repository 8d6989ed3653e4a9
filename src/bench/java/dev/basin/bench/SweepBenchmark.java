package dev.basin.bench;

import dev.basin.analysis.Basin;
import dev.basin.analysis.Sweep;
import dev.basin.analysis.SweepConfig;
import dev.basin.analysis.SweepResult;
import dev.basin.data.Dataset;
import dev.basin.data.Generators;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.init.KMeansPlusPlus;
import dev.basin.kmeans.init.RandomRows;

import java.util.Arrays;
import java.util.List;

/**
 * How fast a seed sweep runs: 1,000 seeds × 2 initializers (greedy k-means++ and random rows) on 5,000
 * rows in 2 dimensions with 15 clusters, the shape of P. Fränti's S-sets. The goal is the whole sweep
 * (2,000 runs and their analysis) in under 10 s on 2 cores.
 *
 * <p>The data is {@code Generators.blobs(5000, 15, 2, spread, 1)}. The default spread, 5, makes
 * neighbouring blobs overlap at their edges, about like S2: seeds land in different local optima, and the
 * runs take about as many iterations as on S2 (8 per run for k-means++, 15 for random rows), not the
 * handful that well-separated blobs need. The data keeps its true labels, so every run also computes
 * its adjusted Rand index against them, as {@code basin sweep --label-column} does.
 *
 * <p>Untimed warm-up sweeps come first so the JIT has compiled the engine; then each measured sweep is
 * timed on the wall clock, from {@code Sweep.run} called to result returned. The table shows the median
 * and the fastest of them, the runs per second they imply, and what the runs found (the same in every
 * repetition: a sweep is deterministic, and this checks it). Run it with
 * {@code mvn -q -Pbench -DskipTests verify}; options are in {@link BenchOptions}.
 */
public final class SweepBenchmark {
    static final int ROWS = 5000;
    static final int CLUSTERS = 15;
    static final int DIMS = 2;
    static final long DATA_SEED = 1;

    private SweepBenchmark() {
    }

    /**
     * Runs the benchmark and prints its table to stdout.
     *
     * @param args options, e.g. {@code --seeds 200 --threads 1}; {@code --help} lists them (see {@link BenchOptions})
     */
    public static void main(String[] args) {
        if (BenchOptions.wantsHelp(args)) {
            System.out.print(BenchOptions.usage());
            return;
        }
        BenchOptions options = BenchOptions.parse(args);
        Dataset labelled = Generators.blobs(ROWS, CLUSTERS, DIMS, options.spread(), DATA_SEED).data();
        Dataset data = options.labels() ? labelled : Dataset.of(labelled.values(), labelled.features());
        double loadBefore = BenchReport.loadAverage();

        for (int i = 0; i < options.warmups(); i++) {
            sweep(data, options, options.warmupSeeds());
        }
        double[] seconds = new double[options.repetitions()];
        double[] cpuSeconds = new double[options.repetitions()];
        double[] runSeconds = new double[options.repetitions()];
        SweepResult first = null;
        for (int i = 0; i < seconds.length; i++) {
            long cpuStart = BenchReport.processCpuNanos();
            long start = System.nanoTime();
            SweepResult result = sweep(data, options, options.seeds());
            seconds[i] = (System.nanoTime() - start) / 1e9;
            cpuSeconds[i] = (BenchReport.processCpuNanos() - cpuStart) / 1e9;
            runSeconds[i] = result.seconds();
            if (first == null) {
                first = result;
            } else {
                requireSameOutcome(first, result);
            }
        }
        BenchReport.print(System.out, options, first, new Timings(seconds, runSeconds, cpuSeconds), loadBefore);
    }

    static SweepResult sweep(Dataset data, BenchOptions options, int seeds) {
        KMeansConfig engine = KMeansConfig.defaults(CLUSTERS).withThreads(options.threads());
        SweepConfig config = new SweepConfig(engine, List.of(KMeansPlusPlus.greedy(), new RandomRows()),
                SweepConfig.seedRange(0, seeds), SweepConfig.DEFAULT_TRACE_RUNS, SweepConfig.DEFAULT_LABEL_BUDGET,
                SweepConfig.DEFAULT_MAX_RESTARTS);
        return Sweep.run(data, config, Sweep.Progress.NONE);
    }

    /** A sweep is a pure function of its inputs whatever the thread timing; a benchmark that breaks that says so. */
    private static void requireSameOutcome(SweepResult expected, SweepResult actual) {
        for (int i = 0; i < expected.runs().size(); i++) {
            if (Double.compare(expected.runs().get(i).inertia(), actual.runs().get(i).inertia()) != 0
                    || expected.runs().get(i).iterations() != actual.runs().get(i).iterations()) {
                throw new IllegalStateException("run " + i + " differs between repetitions: "
                        + expected.runs().get(i) + " vs " + actual.runs().get(i));
            }
        }
        if (!Arrays.equals(expected.basins().stream().mapToInt(Basin::runs).toArray(),
                actual.basins().stream().mapToInt(Basin::runs).toArray())) {
            throw new IllegalStateException("the basins differ between repetitions");
        }
    }
}
