package dev.basin.cli;

import dev.basin.InvalidInputException;
import dev.basin.data.CsvLoader;
import dev.basin.data.ScaledData;
import dev.basin.kmeans.Algorithm;
import dev.basin.kmeans.EmptyClusterPolicy;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.init.ExplicitCenters;
import dev.basin.kmeans.init.Initializer;
import dev.basin.kmeans.init.Initializers;
import dev.basin.kmeans.init.KMeansPlusPlus;
import dev.basin.kmeans.swap.SwapSchedule;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The K-means options every command that runs K-means shares, named as scikit-learn names them. How runs
 * are started ({@code --init}, seeds, restarts) belongs to each command.
 */
final class EngineOptions {
    @Option(names = "--local-trials", paramLabel = "N",
            description = "k-means++ candidates per step (default 2 + ln k, scikit-learn's greedy k-means++; 1 is the original).")
    Integer localTrials;

    @Option(names = "--max-iter", paramLabel = "N", defaultValue = "300",
            description = "Iteration limit per run. Default: ${DEFAULT-VALUE}.")
    int maxIter;

    @Option(names = "--tol", paramLabel = "X", defaultValue = "1e-4",
            description = "Stop when the squared center shifts sum to at most X times the mean feature variance. Default: ${DEFAULT-VALUE}.")
    double tol;

    @Option(names = "--empty-cluster", paramLabel = "POLICY", defaultValue = "relocate",
            description = "When a cluster loses all its rows: relocate (to the farthest rows, as scikit-learn), keep, or error. Default: ${DEFAULT-VALUE}.")
    String emptyCluster;

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "auto",
            description = "Iteration scheme: lloyd, hamerly, elkan or auto (hamerly up to 32 features with at least 64 clusters, lloyd otherwise; all give the same results bit for bit, at different speeds and memory), or random-swap: Fränti's random swap search from the K-means solution (with auto's iterations), see --swaps. Default: ${DEFAULT-VALUE}.")
    String algorithm;

    @Option(names = "--swaps", paramLabel = "T",
            description = "Random swap: try exactly T swaps (each: move a random center onto a random row, two K-means iterations, keep it if the inertia drops). Default: 5000.")
    Integer swaps;

    @Option(names = "--swaps-without-improvement", paramLabel = "T",
            description = "Random swap: instead of a fixed number, stop once T swaps in a row failed to lower the inertia.")
    Integer swapsWithoutImprovement;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Threads (0: all cores). Results never depend on it. Default: all cores.")
    int threads;

    /** The configuration for {@code k} clusters with one initializer (see {@link #initializer}). */
    KMeansConfig toConfig(int k, Initializer initializer, Integer nInit, Long randomState) {
        if (localTrials != null && !(initializer instanceof KMeansPlusPlus)) {
            throw new InvalidInputException("--local-trials applies to k-means++ only, not to --init " + initializer.name());
        }
        Algorithm scheme = Algorithm.parse(algorithm);
        return new KMeansConfig(k, initializer, nInit, maxIter, tol, randomState,
                EmptyClusterPolicy.parse(emptyCluster), scheme, threads, swapSchedule());
    }

    /**
     * The random swap schedule {@code --swaps} or {@code --swaps-without-improvement} give.
     *
     * @return the schedule; 5000 swaps when neither is given
     */
    SwapSchedule swapSchedule() {
        if (swaps != null && swapsWithoutImprovement != null) {
            throw new InvalidInputException("--swaps and --swaps-without-improvement are two ways to stop random swap;"
                    + " give one of them");
        }
        if (swapsWithoutImprovement != null) {
            return SwapSchedule.untilNoImprovement(swapsWithoutImprovement);
        }
        return swaps != null ? SwapSchedule.fixed(swaps) : SwapSchedule.defaults();
    }

    /** Whether {@code --swaps} or {@code --swaps-without-improvement} was given. */
    boolean swapOptionsGiven() {
        return swaps != null || swapsWithoutImprovement != null;
    }

    /** Whether {@code --algorithm random-swap} was given. */
    boolean randomSwap() {
        return Algorithm.parse(algorithm) == Algorithm.RANDOM_SWAP;
    }

    /**
     * Refuses swap options that would have no effect.
     *
     * @param randomSwapRuns whether any run of the command is a random swap run
     */
    void requireSwapOptionsUsed(boolean randomSwapRuns) {
        swapSchedule();
        if (randomSwapRuns && EmptyClusterPolicy.parse(emptyCluster) == EmptyClusterPolicy.ERROR) {
            throw new InvalidInputException("random swap moves a center onto a row and may empty a cluster; use"
                    + " --empty-cluster relocate or keep with it");
        }
        if (swapOptionsGiven() && !randomSwapRuns) {
            throw new InvalidInputException((swaps != null ? "--swaps" : "--swaps-without-improvement")
                    + " applies to random swap only; add --algorithm random-swap");
        }
    }

    /**
     * The initializer {@code init} names: a built-in name, or the path of a CSV file of k initial centers
     * in the data's original units (converted with {@code scaled} to the units clustered).
     */
    Initializer initializer(String init, int k, ScaledData scaled) {
        if (localTrials != null && localTrials < 1) {
            throw new InvalidInputException("--local-trials must be at least 1, got " + localTrials);
        }
        if (Initializers.isName(init)) {
            return Initializers.byName(init, localTrials == null ? 0 : localTrials);
        }
        requireKnown(init);
        Path file = Path.of(init);
        double[] original = CsvLoader.readCenters(file, scaled.data().features(), k);
        return new ExplicitCenters(scaled.toScaledUnits(original), file.getFileName().toString());
    }

    /**
     * Fails fast, before data is read, on an {@code --init} that is neither a built-in name nor something
     * that looks like a file (an existing file, a path, or a name ending in .csv).
     */
    static void requireKnown(String init) {
        if (!Initializers.isName(init) && !Files.exists(Path.of(init)) && !init.contains("/")
                && !init.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            Initializers.byName(init, 0); // throws the "unknown initializer" message
        }
    }

    /** {@code --n-init}: a whole number, or null for auto. */
    static Integer restarts(String nInit) {
        if (nInit.equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return Integer.valueOf(nInit.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--n-init must be a whole number or auto, got '" + nInit + "'");
        }
    }

    /** The options given that Spark ML's K-means has no counterpart for. */
    List<String> optionsMllibLacks() {
        List<String> lacking = new ArrayList<>();
        if (localTrials != null) {
            lacking.add("--local-trials");
        }
        if (!emptyCluster.equalsIgnoreCase("relocate")) {
            lacking.add("--empty-cluster");
        }
        if (!algorithm.equalsIgnoreCase("auto")) {
            lacking.add("--algorithm");
        }
        return lacking;
    }

    /** The engine options that differ from their defaults, for a command line that repeats a run. */
    List<String> arguments() {
        List<String> args = new ArrayList<>();
        if (localTrials != null) {
            args.add("--local-trials");
            args.add(localTrials.toString());
        }
        if (maxIter != KMeansConfig.DEFAULT_MAX_ITER) {
            args.add("--max-iter");
            args.add(Integer.toString(maxIter));
        }
        if (tol != KMeansConfig.DEFAULT_TOL) {
            args.add("--tol");
            args.add(Double.toString(tol));
        }
        if (!emptyCluster.equalsIgnoreCase("relocate")) {
            args.add("--empty-cluster");
            args.add(emptyCluster);
        }
        if (!algorithm.equalsIgnoreCase("auto")) {
            args.add("--algorithm");
            args.add(algorithm);
        }
        args.addAll(swapArguments());
        return args;
    }

    /** {@code --swaps} or {@code --swaps-without-improvement} as given, for a command line that repeats a run. */
    List<String> swapArguments() {
        if (swaps != null) {
            return List.of("--swaps", swaps.toString());
        }
        if (swapsWithoutImprovement != null) {
            return List.of("--swaps-without-improvement", swapsWithoutImprovement.toString());
        }
        return List.of();
    }

    /** The engine parameters for provenance, as they were resolved. */
    Map<String, Object> parameters(KMeansConfig config) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("k", config.k());
        p.put("init", config.init().name());
        if (config.init() instanceof KMeansPlusPlus plusPlus) {
            p.put("local_trials", plusPlus.trialsFor(config.k()));
        }
        p.put("n_init", config.restarts());
        p.put("max_iter", config.maxIter());
        p.put("tol", config.tol());
        p.put("empty_cluster", config.emptyClusters().label());
        p.put("algorithm", config.algorithm().label());
        if (config.algorithm() == Algorithm.RANDOM_SWAP) {
            p.put("swaps", config.swaps().patience() ? null : config.swaps().swaps());
            p.put("swaps_without_improvement", config.swaps().patience() ? config.swaps().swaps() : null);
        }
        p.put("threads", config.threadCount());
        return p;
    }
}
