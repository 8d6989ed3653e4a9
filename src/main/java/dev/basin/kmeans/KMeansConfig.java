package dev.basin.kmeans;

import dev.basin.InvalidInputException;
import dev.basin.kmeans.init.ExplicitCenters;
import dev.basin.kmeans.init.Initializer;
import dev.basin.kmeans.init.KMeansPlusPlus;

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
 */
public record KMeansConfig(int k, Initializer init, Integer nInit, int maxIter, double tol, Long randomState,
                           EmptyClusterPolicy emptyClusters, Algorithm algorithm, int threads) {
    public static final int DEFAULT_MAX_ITER = 300;
    public static final double DEFAULT_TOL = 1e-4;

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
    }

    /** scikit-learn's defaults: greedy k-means++, n_init auto, 300 iterations, tol 1e-4, relocate empty clusters. */
    public static KMeansConfig defaults(int k) {
        return new KMeansConfig(k, KMeansPlusPlus.greedy(), null, DEFAULT_MAX_ITER, DEFAULT_TOL, null,
                EmptyClusterPolicy.RELOCATE, Algorithm.AUTO, 0);
    }

    public KMeansConfig withInit(Initializer value) {
        return new KMeansConfig(k, value, nInit, maxIter, tol, randomState, emptyClusters, algorithm, threads);
    }

    public KMeansConfig withNInit(Integer value) {
        return new KMeansConfig(k, init, value, maxIter, tol, randomState, emptyClusters, algorithm, threads);
    }

    public KMeansConfig withMaxIter(int value) {
        return new KMeansConfig(k, init, nInit, value, tol, randomState, emptyClusters, algorithm, threads);
    }

    public KMeansConfig withTol(double value) {
        return new KMeansConfig(k, init, nInit, maxIter, value, randomState, emptyClusters, algorithm, threads);
    }

    public KMeansConfig withRandomState(Long value) {
        return new KMeansConfig(k, init, nInit, maxIter, tol, value, emptyClusters, algorithm, threads);
    }

    public KMeansConfig withEmptyClusters(EmptyClusterPolicy value) {
        return new KMeansConfig(k, init, nInit, maxIter, tol, randomState, value, algorithm, threads);
    }

    public KMeansConfig withAlgorithm(Algorithm value) {
        return new KMeansConfig(k, init, nInit, maxIter, tol, randomState, emptyClusters, value, threads);
    }

    public KMeansConfig withThreads(int value) {
        return new KMeansConfig(k, init, nInit, maxIter, tol, randomState, emptyClusters, algorithm, value);
    }

    /**
     * Restarts actually run: {@code nInit}, or the initializer's auto value. Explicit centers always run
     * once, since every restart would repeat the same run (scikit-learn warns and does the same).
     */
    public int restarts() {
        if (init instanceof ExplicitCenters) {
            return 1;
        }
        return nInit != null ? nInit : init.autoRestarts();
    }

    /** Threads actually used. */
    public int threadCount() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
