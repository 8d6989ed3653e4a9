package dev.basin.analysis;

import dev.basin.InvalidInputException;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.init.Initializer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A seed sweep: one single-start run per (initializer, seed).
 *
 * @param engine      k, max_iter, tol, empty-cluster policy, algorithm and threads for every run (its init,
 *                    n_init and random_state are not used)
 * @param inits       initializers to compare, in the order they are reported
 * @param seeds       run seeds, each run by every initializer
 * @param traceRuns   runs whose per-iteration inertia is kept, spread evenly over the initializers
 *                    (the first seeds of each)
 * @param labelBudget labels (ints) the sweep may keep for its distinct basins, to compare basins with ARI;
 *                    when the basins need more, ARI to the best basin is left out
 * @param maxRestarts R, the length of the restart curve
 * @param randomSwap  whether each initializer gets a second row, followed by random swap (see {@link #contenders()})
 * @param budget      distance computations each row may spend per seed (restarts or swaps within it, see
 *                    {@link Contender}); 0 for no budget: one run per row and seed
 */
public record SweepConfig(KMeansConfig engine, List<Initializer> inits, long[] seeds, int traceRuns, long labelBudget,
                          int maxRestarts, boolean randomSwap, long budget) implements java.io.Serializable {
    /** Runs whose per-iteration inertia is kept, by default. */
    public static final int DEFAULT_TRACE_RUNS = 200;
    /** Labels kept for distinct basins by default: 32 Mi ints, 128 MiB. */
    public static final long DEFAULT_LABEL_BUDGET = 32L << 20;
    /** Length of the restart curve by default (R). */
    public static final int DEFAULT_MAX_RESTARTS = 50;

    /**
     * Checks the sweep and keeps copies of {@code inits} and {@code seeds}.
     *
     * @param engine      settings for every run (its init, n_init and random_state are not used)
     * @param inits       initializers to compare, at least one, each name once
     * @param seeds       run seeds, at least one, none negative
     * @param traceRuns   runs whose per-iteration inertia is kept, not negative
     * @param labelBudget labels (ints) the sweep may keep for its distinct basins
     * @param maxRestarts R, the length of the restart curve, at least 1
     * @param randomSwap  whether each initializer gets a second row, followed by random swap
     * @param budget      distance computations per row and seed, at least 1; 0 for no budget
     * @throws InvalidInputException if a component is out of range
     */
    public SweepConfig {
        if (inits.isEmpty()) {
            throw new InvalidInputException("a sweep needs at least one initializer");
        }
        Set<String> names = new HashSet<>();
        for (Initializer init : inits) {
            if (!names.add(init.name())) {
                throw new InvalidInputException("initializer " + init.name() + " is named twice; name each once");
            }
        }
        if (seeds.length == 0) {
            throw new InvalidInputException("a sweep needs at least one seed");
        }
        for (long seed : seeds) {
            if (seed < 0) {
                throw new InvalidInputException("seeds must be at least 0, got " + seed);
            }
        }
        if (traceRuns < 0) {
            throw new InvalidInputException("--trace-runs must be at least 0, got " + traceRuns);
        }
        if (maxRestarts < 1) {
            throw new InvalidInputException("--max-restarts must be at least 1, got " + maxRestarts);
        }
        if (budget < 0) {
            throw new InvalidInputException("--budget must be at least 1 distance computation, got " + budget);
        }
        inits = List.copyOf(inits);
        seeds = seeds.clone();
    }

    /**
     * A sweep of one run per initializer and seed, without random swap rows or budget.
     *
     * @param engine      settings for every run (its init, n_init and random_state are not used)
     * @param inits       initializers to compare, at least one, each name once
     * @param seeds       run seeds, at least one, none negative
     * @param traceRuns   runs whose per-iteration inertia is kept, not negative
     * @param labelBudget labels (ints) the sweep may keep for its distinct basins
     * @param maxRestarts R, the length of the restart curve, at least 1
     * @throws InvalidInputException if a component is out of range
     */
    public SweepConfig(KMeansConfig engine, List<Initializer> inits, long[] seeds, int traceRuns, long labelBudget,
                       int maxRestarts) {
        this(engine, inits, seeds, traceRuns, labelBudget, maxRestarts, false, 0);
    }

    /**
     * The rows of the comparison, in report order. With {@code --algorithm random-swap} every initializer's
     * row is followed by random swap; otherwise each initializer has its row, followed (with
     * {@link #randomSwap()}) by its random swap row.
     *
     * @return the rows, each name once
     */
    public List<Contender> contenders() {
        List<Contender> rows = new java.util.ArrayList<>();
        boolean allSwap = engine.algorithm() == dev.basin.kmeans.Algorithm.RANDOM_SWAP;
        for (Initializer init : inits) {
            rows.add(new Contender(init, allSwap));
            if (randomSwap && !allSwap) {
                rows.add(new Contender(init, true));
            }
        }
        return List.copyOf(rows);
    }

    /**
     * Whether any row runs random swap.
     *
     * @return true with {@code --random-swap} or {@code --algorithm random-swap}
     */
    public boolean hasRandomSwap() {
        return contenders().stream().anyMatch(Contender::randomSwap);
    }

    /**
     * The names of the rows, in report order.
     *
     * @return one name per {@link #contenders()} row
     */
    public List<String> rowNames() {
        return contenders().stream().map(Contender::name).toList();
    }

    /**
     * A sweep with the default trace, label budget and restart-curve length.
     *
     * @param engine settings for every run (its init, n_init and random_state are not used)
     * @param inits  initializers to compare, at least one, each name once
     * @param seeds  run seeds, at least one, none negative (see {@link #seedRange})
     * @return the sweep's configuration
     * @throws InvalidInputException if there is no initializer or seed, a name repeats or a seed is negative
     */
    public static SweepConfig of(KMeansConfig engine, List<Initializer> inits, long[] seeds) {
        return new SweepConfig(engine, inits, seeds, DEFAULT_TRACE_RUNS, DEFAULT_LABEL_BUDGET, DEFAULT_MAX_RESTARTS);
    }

    /**
     * The same sweep for another number of clusters.
     *
     * @param k clusters, at least 1
     * @return a copy with {@code k} in its engine settings
     */
    public SweepConfig withK(int k) {
        return new SweepConfig(new KMeansConfig(k, engine.init(), engine.nInit(), engine.maxIter(), engine.tol(),
                engine.randomState(), engine.emptyClusters(), engine.algorithm(), engine.threads(), engine.swaps()), inits, seeds,
                traceRuns, labelBudget, maxRestarts, randomSwap, budget);
    }

    /**
     * Seeds {@code start, start + 1, ..., start + count − 1}.
     *
     * @param start the first seed, not negative
     * @param count how many seeds, at least 1
     * @return {@code count} consecutive seeds
     * @throws InvalidInputException if {@code start} is negative or {@code count} is less than 1
     */
    public static long[] seedRange(long start, int count) {
        if (count < 1) {
            throw new InvalidInputException("--seeds must be at least 1, got " + count);
        }
        if (start < 0) {
            throw new InvalidInputException("--seed-start must be at least 0, got " + start);
        }
        long[] seeds = new long[count];
        for (int i = 0; i < count; i++) {
            seeds[i] = start + i;
        }
        return seeds;
    }

    /**
     * Runs in the sweep.
     *
     * @return rows ({@link #contenders()}) × seeds
     */
    public int runCount() {
        return contenders().size() * seeds.length;
    }

    /** Traced seeds per row. */
    int tracedSeedsPerInit() {
        int rows = contenders().size();
        return (traceRuns + rows - 1) / rows;
    }
}
