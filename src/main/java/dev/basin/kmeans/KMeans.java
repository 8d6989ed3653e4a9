package dev.basin.kmeans;

import dev.basin.data.Dataset;
import dev.basin.kmeans.init.ExplicitCenters;
import dev.basin.kmeans.init.InitialCenters;
import dev.basin.kmeans.variant.Iterations;
import dev.basin.kmeans.variant.RowChunks;
import dev.basin.kmeans.variant.StopRule;
import dev.basin.kmeans.variant.Variant;
import dev.basin.random.Seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's entry point.
 *
 * <pre>{@code
 * FitResult fit = KMeans.fit(data, KMeansConfig.defaults(3).withRandomState(42L).withNInit(10));
 * RunResult best = fit.best();          // centers, labels, inertia, trace, seed
 * RunResult one = KMeans.run(data, config, seed);   // a single run, e.g. one restart replayed
 * }</pre>
 *
 * <p>Seeds follow the rule in {@link Seeds}: restart 0 uses the random state, restart i uses
 * {@code Seeds.derive(randomState, i)}. With {@link Algorithm#RANDOM_SWAP} every run (restart) is a random
 * swap search from its K-means solution ({@link dev.basin.kmeans.swap.RandomSwap}). Restarts run in parallel
 * when there are at least as many as threads; otherwise each run splits its rows into fixed chunks run in
 * parallel. Either way results are bit-identical for any thread count.
 */
public final class KMeans {
    private KMeans() {
    }

    /**
     * Runs {@code config.restarts()} restarts and keeps the best, chosen as scikit-learn does: a later
     * restart replaces the best only with strictly lower inertia and a different partition.
     *
     * @param data   the rows to cluster, with their weights
     * @param config the fit's settings; a {@code null} random state is drawn and reported in the result
     * @return the best run, a summary of every restart, the random state used and any warnings
     * @throws dev.basin.InvalidInputException if the data cannot be clustered into k clusters (see
     *                                         {@link DataChecks#requireClusterable})
     * @throws EmptyClusterException if a cluster goes empty under {@link EmptyClusterPolicy#ERROR}
     */
    public static FitResult fit(Dataset data, KMeansConfig config) {
        DataChecks.requireClusterable(data, config.k());
        requireBoundsFit(data, config, config.restarts() > 1 ? Math.min(config.restarts(), config.threadCount()) : 1);
        boolean drawn = config.randomState() == null;
        long randomState = drawn ? Seeds.draw() : config.randomState();
        int restarts = config.restarts();
        List<String> warnings = new ArrayList<>();
        if (config.init() instanceof ExplicitCenters && config.nInit() != null && config.nInit() > 1) {
            warnings.add("explicit initial centers give the same run every time; n_init " + config.nInit()
                    + " ran once");
        }
        BestRestart keeper = new BestRestart(restarts, config.k());
        ForkJoinPool pool = new ForkJoinPool(config.threadCount());
        try {
            // Whole runs in parallel when there are enough of them to keep every thread busy (no
            // synchronization inside a run); otherwise one run at a time, its row chunks in parallel.
            if (restarts > 1 && config.threadCount() > 1 && restarts >= config.threadCount()) {
                AtomicInteger nextRestart = new AtomicInteger();
                List<ForkJoinTask<?>> workers = new ArrayList<>();
                for (int t = 0; t < config.threadCount(); t++) {
                    workers.add(pool.submit(() -> {
                        for (int r = nextRestart.getAndIncrement(); r < restarts; r = nextRestart.getAndIncrement()) {
                            keeper.offer(r, runChecked(data, config, Seeds.forRestart(randomState, r),
                                    RowChunks.sequential(data.rows())));
                        }
                    }));
                }
                workers.forEach(ForkJoinTask::join);
            } else {
                RowChunks chunks = RowChunks.parallel(data.rows(), pool);
                for (int r = 0; r < restarts; r++) {
                    keeper.offer(r, runChecked(data, config, Seeds.forRestart(randomState, r), chunks));
                }
            }
        } finally {
            pool.shutdown();
        }
        return new FitResult(keeper.best(), keeper.bestIndex(), randomState, drawn, keeper.summaries(),
                List.copyOf(warnings));
    }

    /**
     * One run with the given seed, exactly restart 0 of {@code fit} with {@code randomState = seed} and
     * {@code n_init = 1}. Checks the data first; use {@link #runChecked} when it has been checked already.
     *
     * @param data   the rows to cluster, with their weights
     * @param config the run's settings; its random state and {@code nInit} are not used
     * @param seed   the run seed, for example a {@link FitResult.Restart#seed()} to replay that restart
     * @return the run, bit-identical to the restart that used the same seed
     * @throws dev.basin.InvalidInputException if the data cannot be clustered into k clusters
     * @throws EmptyClusterException if a cluster goes empty under {@link EmptyClusterPolicy#ERROR}
     */
    public static RunResult run(Dataset data, KMeansConfig config, long seed) {
        DataChecks.requireClusterable(data, config.k());
        requireBoundsFit(data, config, 1);
        return runChecked(data, config, seed, RowChunks.sequential(data.rows()));
    }

    /**
     * Refuses an explicit {@link Algorithm#ELKAN} whose bounds would not fit in memory (see
     * {@link AutoRule#requireElkanFits}); every other choice keeps a few numbers per row.
     *
     * @param data       the rows to cluster
     * @param config     the settings
     * @param concurrent runs that may be in flight at once
     * @throws dev.basin.InvalidInputException if Elkan's bounds would not fit
     */
    public static void requireBoundsFit(Dataset data, KMeansConfig config, int concurrent) {
        if (config.algorithm() == Algorithm.ELKAN) {
            AutoRule.requireElkanFits(data.rows(), data.dims(), config.k(), concurrent, Runtime.getRuntime().maxMemory());
        }
    }

    /**
     * One run on data that already passed {@link DataChecks#requireClusterable}, its chunks run by {@code chunks}.
     *
     * @param data   the rows to cluster, already checked
     * @param config the run's settings; its random state and {@code nInit} are not used
     * @param seed   the run seed
     * @param chunks how the rows are split and scheduled; never changes the result
     * @return the run
     * @throws EmptyClusterException if a cluster goes empty under {@link EmptyClusterPolicy#ERROR}
     */
    public static RunResult runChecked(Dataset data, KMeansConfig config, long seed, RowChunks chunks) {
        if (config.algorithm() == Algorithm.RANDOM_SWAP) {
            return dev.basin.kmeans.swap.RandomSwap.run(data, config, seed, chunks).result();
        }
        long start = System.nanoTime();
        int k = config.k();
        InitialCenters initial = config.init().choose(data, k, Seeds.generator(seed));
        Variant variant = config.algorithm().variantFor(data.rows(), data.dims(), k);
        StopRule stop = new StopRule(config.maxIter(), StopRule.scaledTolerance(data, config.tol()));
        Iterations iterations = variant.iterate(data, initial.centers(), k, stop, config.emptyClusters(), chunks);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new RunResult(k, data.dims(), iterations.centers(), iterations.labels(), iterations.inertia(),
                iterations.iterations(), iterations.stopReason(), seed, Seeds.ALGORITHM, config.init().name(),
                variant.name(), initial.centers(), iterations.trace().getFirst().inertia(), iterations.trace(),
                initial.distanceComputations() + iterations.distanceComputations(), seconds);
    }

    /**
     * The index of the center nearest to {@code row} (ties to the lower index).
     *
     * @param centers centers, row-major k × d, in the units of {@code row}
     * @param dims    features per center (d)
     * @param row     one row of d values
     * @return the nearest center's index, 0 to k − 1
     */
    public static int predict(double[] centers, int dims, double[] row) {
        int k = centers.length / dims;
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double d = dev.basin.kmeans.kernel.SquaredDistance.between(row, 0, centers, c * dims, dims);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /**
     * Nearest-center labels of every row of {@code data} for a fitted run's centers.
     *
     * @param fitted a run whose final centers label the rows
     * @param data   rows with the run's features, in the units the run was fitted in (scaled the same way)
     * @return each row's nearest center (ties to the lower index), in row order
     * @throws dev.basin.InvalidInputException if the rows and the centers have different numbers of features
     */
    public static int[] predict(RunResult fitted, Dataset data) {
        if (data.dims() != fitted.dims()) {
            throw new dev.basin.InvalidInputException("the rows have " + data.dims() + " features but the centers have "
                    + fitted.dims());
        }
        int[] labels = new int[data.rows()];
        for (int i = 0; i < data.rows(); i++) {
            labels[i] = predict(fitted.centers(), fitted.dims(), data.row(i));
        }
        return labels;
    }
}
