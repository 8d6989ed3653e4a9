package dev.basin.kmeans;

import dev.basin.InvalidInputException;
import dev.basin.kmeans.init.ExplicitCenters;
import dev.basin.kmeans.init.Initializer;
import dev.basin.kmeans.init.KMeansPlusPlus;
import dev.basin.kmeans.swap.SwapSchedule;

/**
 * Everything that defines a K-means fit apart from the data and the seed, checked when built.
 * Names follow scikit-learn's {@code KMeans} where it has one.
 *
 * @param k             number of clusters, at least 1
 * @param init          how initial centers are chosen
 * @param nInit         restarts; {@code null} means auto: {@link Initializer#autoRestarts()}
 * @param maxIter       iteration limit per run, at least 1 (default 300)
 * @param tol           relative tolerance on center shifts, not negative (default 1e-4)
 * @param randomState   seed of restart 0; {@code null} means draw one (and report it)
 * @param emptyClusters what to do with a cluster that loses all its rows
 * @param algorithm     iteration scheme
 * @param threads       threads to use; 0 means all available processors. Never changes results.
 * @param swaps         when random swap stops ({@link Algorithm#RANDOM_SWAP} only; default 5000 swaps)
 */
public record KMeansConfig(int k, Initializer init, Integer nInit, int maxIter, double tol, Long randomState,
                           EmptyClusterPolicy emptyClusters, Algorithm algorithm, int threads, SwapSchedule swaps)
        implements java.io.Serializable {
    /** The default iteration limit per run, as in scikit-learn. */
    public static final int DEFAULT_MAX_ITER = 300;
    /** The default relative tolerance on center shifts, as in scikit-learn. */
    public static final double DEFAULT_TOL = 1e-4;

    /**
     * Checks every component; a {@code null} {@code emptyClusters} becomes {@link EmptyClusterPolicy#RELOCATE}
     * and a {@code null} {@code algorithm} becomes {@link Algorithm#AUTO}.
     *
     * @param k             number of clusters, at least 1
     * @param init          how initial centers are chosen, not {@code null}
     * @param nInit         restarts, at least 1; {@code null} means auto
     * @param maxIter       iteration limit per run, at least 1
     * @param tol           relative tolerance on center shifts, finite and not negative
     * @param randomState   seed of restart 0, not negative; {@code null} means draw one
     * @param emptyClusters what to do with a cluster that loses all its rows
     * @param algorithm     iteration scheme
     * @param threads       threads to use, not negative; 0 means all available processors
     * @param swaps         when random swap stops; {@code null} means {@link SwapSchedule#defaults()}
     * @throws InvalidInputException if a component is out of range, or random swap is asked to fail on empty
     *                               clusters (a swap may empty one)
     */
    public KMeansConfig {
        if (k < 1) {
            throw new InvalidInputException("k must be at least 1, got " + k);
        }
        if (init == null) {
            throw new InvalidInputException("an initializer is required");
        }
        if (nInit != null && nInit < 1) {
            throw new InvalidInputException("n_init must be at least 1 (or auto), got " + nInit);
        }
        if (maxIter < 1) {
            throw new InvalidInputException("max_iter must be at least 1, got " + maxIter);
        }
        if (!(tol >= 0) || Double.isInfinite(tol)) {
            throw new InvalidInputException("tol must be a finite number at least 0, got " + tol);
        }
        if (randomState != null && randomState < 0) {
            throw new InvalidInputException("random_state must be at least 0, got " + randomState);
        }
        if (threads < 0) {
            throw new InvalidInputException("threads must be at least 1 (or 0 for all cores), got " + threads);
        }
        if (emptyClusters == null) {
            emptyClusters = EmptyClusterPolicy.RELOCATE;
        }
        if (algorithm == null) {
            algorithm = Algorithm.AUTO;
        }
        if (swaps == null) {
            swaps = SwapSchedule.defaults();
        }
        if (algorithm == Algorithm.RANDOM_SWAP && emptyClusters == EmptyClusterPolicy.ERROR) {
            throw new InvalidInputException("random swap moves a center onto a row and may empty a cluster; use"
                    + " --empty-cluster relocate or keep with it");
        }
    }

    /**
     * A configuration with the default swap schedule (used only by {@link Algorithm#RANDOM_SWAP}).
     *
     * @param k             number of clusters, at least 1
     * @param init          how initial centers are chosen, not {@code null}
     * @param nInit         restarts, at least 1; {@code null} means auto
     * @param maxIter       iteration limit per run, at least 1
     * @param tol           relative tolerance on center shifts, finite and not negative
     * @param randomState   seed of restart 0, not negative; {@code null} means draw one
     * @param emptyClusters what to do with a cluster that loses all its rows
     * @param algorithm     iteration scheme
     * @param threads       threads to use, not negative; 0 means all available processors
     * @throws InvalidInputException if a component is out of range
     */
    public KMeansConfig(int k, Initializer init, Integer nInit, int maxIter, double tol, Long randomState,
                        EmptyClusterPolicy emptyClusters, Algorithm algorithm, int threads) {
        this(k, init, nInit, maxIter, tol, randomState, emptyClusters, algorithm, threads, null);
    }

    /**
     * A copy with another swap schedule (used only by {@link Algorithm#RANDOM_SWAP}).
     *
     * @param value when random swap stops; {@code null} means the default, 5000 swaps
     * @return the new configuration
     */
    public KMeansConfig withSwaps(SwapSchedule value) {
        return new KMeansConfig(k, init, nInit, maxIter, tol, randomState, emptyClusters, algorithm, threads, value);
    }

    /**
     * scikit-learn's defaults: greedy k-means++, n_init auto, 300 iterations, tol 1e-4, relocate empty clusters.
     * The random state is left {@code null} (drawn at fit time) and all processors are used.
     *
     * @param k number of clusters, at least 1
     * @return the default configuration for {@code k} clusters
     * @throws InvalidInputException if {@code k} is less than 1
     */
    public static KMeansConfig defaults(int k) {
        return new KMeansConfig(k, KMeansPlusPlus.greedy(), null, DEFAULT_MAX_ITER, DEFAULT_TOL, null,
                EmptyClusterPolicy.RELOCATE, Algorithm.AUTO, 0);
    }

    /**
     * A copy with another initializer.
     *
     * @param value how initial centers are chosen, not {@code null}
     * @return the new configuration
     */
    public KMeansConfig withInit(Initializer value) {
        return new KMeansConfig(k, value, nInit, maxIter, tol, randomState, emptyClusters, algorithm, threads, swaps);
    }

    /**
     * A copy with another number of restarts.
     *
     * @param value restarts, at least 1; {@code null} means auto ({@link Initializer#autoRestarts()})
     * @return the new configuration
     */
    public KMeansConfig withNInit(Integer value) {
        return new KMeansConfig(k, init, value, maxIter, tol, randomState, emptyClusters, algorithm, threads, swaps);
    }

    /**
     * A copy with another iteration limit.
     *
     * @param value iteration limit per run, at least 1
     * @return the new configuration
     */
    public KMeansConfig withMaxIter(int value) {
        return new KMeansConfig(k, init, nInit, value, tol, randomState, emptyClusters, algorithm, threads, swaps);
    }

    /**
     * A copy with another tolerance.
     *
     * @param value relative tolerance on center shifts, finite and not negative; 0 stops only when no label
     *              changes or at the iteration limit
     * @return the new configuration
     */
    public KMeansConfig withTol(double value) {
        return new KMeansConfig(k, init, nInit, maxIter, value, randomState, emptyClusters, algorithm, threads, swaps);
    }

    /**
     * A copy with another random state.
     *
     * @param value seed of restart 0, not negative; {@code null} means draw one at fit time
     * @return the new configuration
     */
    public KMeansConfig withRandomState(Long value) {
        return new KMeansConfig(k, init, nInit, maxIter, tol, value, emptyClusters, algorithm, threads, swaps);
    }

    /**
     * A copy with another empty-cluster policy.
     *
     * @param value what to do with a cluster that loses all its rows; {@code null} means relocate
     * @return the new configuration
     */
    public KMeansConfig withEmptyClusters(EmptyClusterPolicy value) {
        return new KMeansConfig(k, init, nInit, maxIter, tol, randomState, value, algorithm, threads, swaps);
    }

    /**
     * A copy with another iteration scheme.
     *
     * @param value iteration scheme; {@code null} means auto
     * @return the new configuration
     */
    public KMeansConfig withAlgorithm(Algorithm value) {
        return new KMeansConfig(k, init, nInit, maxIter, tol, randomState, emptyClusters, value, threads, swaps);
    }

    /**
     * A copy with another thread count, which never changes results.
     *
     * @param value threads to use, not negative; 0 means all available processors
     * @return the new configuration
     */
    public KMeansConfig withThreads(int value) {
        return new KMeansConfig(k, init, nInit, maxIter, tol, randomState, emptyClusters, algorithm, value, swaps);
    }

    /**
     * Restarts actually run: {@code nInit}, or the initializer's auto value. Explicit centers always run
     * once, since every restart would repeat the same run (scikit-learn warns and does the same).
     *
     * @return restarts per fit, at least 1
     */
    public int restarts() {
        if (init instanceof ExplicitCenters) {
            return 1;
        }
        return nInit != null ? nInit : init.autoRestarts();
    }

    /**
     * Threads actually used.
     *
     * @return {@code threads}, or the number of available processors when it is 0
     */
    public int threadCount() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
