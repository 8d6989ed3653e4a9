package dev.basin.analysis;

import dev.basin.data.Dataset;
import dev.basin.kmeans.DataChecks;
import dev.basin.kmeans.KMeans;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.RunResult;
import dev.basin.kmeans.variant.RowChunks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The elbow method, honest about seeds: inertia against k from many seeds, not one, with the silhouette
 * beside it, and where each seed's own curve bends.
 *
 * <p>Every run is one initialization and its Lloyd iterations, exactly {@code basin fit -k K
 * --random-state <seed> --n-init 1}. At each k the runs give a band of inertia (lowest, median, highest over
 * the seeds) and of silhouette ({@link Silhouette}, on one sample of rows shared by all runs), and, when the data
 * has reference labels, the adjusted Rand index of each run against them. Seed s's curve
 * is its runs at every k; {@link ElbowRule} locates its elbow, and counting elbows over the seeds shows how
 * much the answer to "which k?" depends on the seed.
 *
 * <pre>{@code
 * ElbowResult elbow = Elbow.run(data, new ElbowConfig(KMeansConfig.defaults(2), ElbowConfig.parseKRange("2..12", "k"),
 *         SweepConfig.seedRange(0, 20), ElbowConfig.DEFAULT_SILHOUETTE_SAMPLE, 0, ElbowRule.KNEEDLE), Sweep.Progress.NONE);
 * elbow.elbowVotes();        // k → seeds whose curve bends there
 * }</pre>
 *
 * Results are a pure function of the data and configuration, whatever the thread count: runs go in
 * parallel, each on its own seed, and are collected by index.
 */
public final class Elbow {
    private Elbow() {
    }

    /**
     * Runs the study.
     *
     * @param data     the rows to cluster, in the units clustered
     * @param config   k values, seeds, engine settings, silhouette sample and elbow rule
     * @param progress told after every run
     * @return every run and what they add up to
     * @throws dev.basin.InvalidInputException if the data cannot be clustered into the largest k
     */
    public static ElbowResult run(Dataset data, ElbowConfig config, Sweep.Progress progress) {
        int[] ks = config.ks();
        long[] seeds = config.seeds();
        DataChecks.requireClusterable(data, ks[ks.length - 1]);
        KMeansConfig engine = config.engine().withNInit(1);
        long start = System.nanoTime();
        Silhouette silhouette = Silhouette.prepare(data, config.silhouetteSample(), config.sampleSeed());
        int[] reference = data.labels().map(PartitionMetrics::encode).orElse(null);
        int total = ks.length * seeds.length;
        ElbowResult.Run[] runs = new ElbowResult.Run[total];
        AtomicInteger done = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(engine.threadCount());
        try {
            // Larger k first: those runs take longest, so the pool stays busy to the end.
            pool.submit(() -> IntStream.range(0, total).parallel().map(i -> total - 1 - i).forEach(index -> {
                int k = ks[index / seeds.length];
                long seed = seeds[index % seeds.length];
                KMeansConfig runConfig = new KMeansConfig(k, engine.init(), 1, engine.maxIter(), engine.tol(), seed,
                        engine.emptyClusters(), engine.algorithm(), engine.threads());
                RunResult run = KMeans.runChecked(data, runConfig, seed, RowChunks.sequential(data.rows()));
                runs[index] = new ElbowResult.Run(k, seed, run.inertia(), run.iterations(), run.stopReason(),
                        silhouette.score(run.labels(), k),
                        reference == null ? Double.NaN : PartitionMetrics.adjustedRandIndex(reference, run.labels()));
                progress.runFinished(done.incrementAndGet(), total);
            })).join();
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return summarize(config, List.of(runs), silhouette.sampleSize(), data.rows(), seconds);
    }

    /**
     * Summarizes runs already made (by k, then seed, as {@link #run} orders them).
     *
     * @param config         what ran
     * @param runs           one run per (k, seed), k-major
     * @param silhouetteRows rows the silhouette was computed on
     * @param rows           rows in the data
     * @param seconds        wall time
     * @return the study's result
     */
    public static ElbowResult summarize(ElbowConfig config, List<ElbowResult.Run> runs, int silhouetteRows, int rows,
                                 double seconds) {
        int[] ks = config.ks();
        long[] seeds = config.seeds();
        int s = seeds.length;
        double[][] inertia = new double[s][ks.length];
        double[][] sil = new double[s][ks.length];
        double[][] ari = new double[s][ks.length];
        for (int ki = 0; ki < ks.length; ki++) {
            for (int si = 0; si < s; si++) {
                ElbowResult.Run run = runs.get(ki * s + si);
                inertia[si][ki] = run.inertia();
                sil[si][ki] = run.silhouette();
                ari[si][ki] = run.ari();
            }
        }
        int[] elbowVotes = new int[ks.length];
        int[] silhouetteVotes = new int[ks.length];
        List<ElbowResult.SeedElbow> bySeed = new ArrayList<>();
        for (int si = 0; si < s; si++) {
            int elbow = config.rule().elbowIndex(ks, inertia[si]);
            int best = argmax(sil[si]);
            if (elbow >= 0) {
                elbowVotes[elbow]++;
            }
            if (best >= 0) {
                silhouetteVotes[best]++;
            }
            bySeed.add(new ElbowResult.SeedElbow(seeds[si], elbow < 0 ? null : ks[elbow], best < 0 ? null : ks[best]));
        }
        List<ElbowResult.AtK> byK = new ArrayList<>();
        double[] medianCurve = new double[ks.length];
        double[] bestCurve = new double[ks.length];
        for (int ki = 0; ki < ks.length; ki++) {
            double[] in = new double[s];
            double[] si = new double[s];
            double[] ar = new double[s];
            int bestSeed = 0;
            for (int j = 0; j < s; j++) {
                in[j] = inertia[j][ki];
                si[j] = sil[j][ki];
                ar[j] = ari[j][ki];
                if (in[j] < in[bestSeed]) {
                    bestSeed = j;
                }
            }
            medianCurve[ki] = median(in);
            bestCurve[ki] = in[bestSeed];
            double[] definedSil = Arrays.stream(si).filter(v -> !Double.isNaN(v)).toArray();
            byK.add(new ElbowResult.AtK(ks[ki], min(in), medianCurve[ki], max(in), min(definedSil), median(definedSil),
                    max(definedSil), si[bestSeed], elbowVotes[ki], silhouetteVotes[ki],
                    Double.isNaN(ar[0]) ? Double.NaN : median(ar), ar[bestSeed]));
        }
        int medianElbow = config.rule().elbowIndex(ks, medianCurve);
        int bestElbow = config.rule().elbowIndex(ks, bestCurve);
        return new ElbowResult(config, List.copyOf(runs), List.copyOf(byK), List.copyOf(bySeed),
                medianElbow < 0 ? null : ks[medianElbow], bestElbow < 0 ? null : ks[bestElbow], silhouetteRows, rows,
                seconds);
    }

    /** Index of the largest defined value (ties to the first), −1 when none is defined. */
    private static int argmax(double[] values) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return best;
    }

    /** Median (mean of the two middle values for an even count); NaN for no values. */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length;
        return m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
    }

    private static double min(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).max().orElseThrow();
    }
}
