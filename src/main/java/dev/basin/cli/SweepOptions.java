package dev.basin.cli;

import dev.basin.InvalidInputException;
import dev.basin.analysis.Contender;
import dev.basin.analysis.Sweep;
import dev.basin.analysis.SweepConfig;
import dev.basin.analysis.SweepResult;
import dev.basin.data.CsvLoader;
import dev.basin.data.LoadedData;
import dev.basin.data.ScaledData;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.init.Initializer;
import dev.basin.kmeans.init.Initializers;
import dev.basin.kmeans.init.KMeansPlusPlus;
import dev.basin.random.Seeds;
import dev.basin.report.Provenance;
import dev.basin.report.SweepOutputs;
import dev.basin.spark.MllibInitializers;
import dev.basin.spark.MllibSweep;
import dev.basin.spark.SparkEngine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What defines a seed sweep, shared by {@code sweep} and {@code report}; also runs it. */
final class SweepOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DATA", description = "CSV file with a header row.")
    Path data;

    @Option(names = "-k", paramLabel = "K", description = "Number of clusters (required).")
    Integer k;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "100",
            description = "Run seeds S, S+1, ..., S+N-1 (S from --seed-start). Default: ${DEFAULT-VALUE}.")
    int seeds;

    @Option(names = "--seed-start", paramLabel = "S", defaultValue = "0", description = "First seed. Default: ${DEFAULT-VALUE}.")
    long seedStart;

    @Option(names = "--seed-list", split = ",", paramLabel = "SEED",
            description = "Run exactly these seeds instead (comma-separated).")
    List<Long> seedList;

    @Option(names = "--init", split = ",", paramLabel = "METHOD", defaultValue = "k-means++,random",
            description = "Initializers to compare, comma-separated: k-means++, random, random-partition, maximin, k-means|| (alias kmeans-parallel), or a centers file. Default: ${DEFAULT-VALUE}.")
    List<String> inits;

    @Option(names = "--random-swap",
            description = "Add a row per initializer followed by random swap (named '<init> + random swap'; see --swaps). --algorithm random-swap instead makes every row random swap.")
    boolean randomSwap;

    @Option(names = "--budget", paramLabel = "D",
            description = "Compare rows at equal cost: each row spends about D counted distance computations per seed, initializer rows as the best of as many restarts as fit, random swap rows as as many swaps as fit (e.g. 5e6). Replaces --swaps.")
    String budget;

    @Option(names = "--truth", paramLabel = "CENTERS",
            description = "CSV of ground-truth centers (header naming the features, original units): adds CI to truth and the success rate.")
    Path truth;

    @Option(names = "--trace-runs", paramLabel = "N", defaultValue = "200",
            description = "Runs whose per-iteration inertia goes to traces.csv, spread over the initializers. Default: ${DEFAULT-VALUE}.")
    int traceRuns;

    @Option(names = "--max-restarts", paramLabel = "R", defaultValue = "50",
            description = "Length of the restart curve (restarts.csv). Default: ${DEFAULT-VALUE}.")
    int maxRestarts;

    @Option(names = "--keep-labels",
            description = "Also write basin_labels.csv: the labels of every distinct basin (row, then one column per basin).")
    boolean keepLabels;

    @Mixin
    EngineOptions engine;

    @Mixin
    DataOptions dataOptions;

    @Mixin
    ExecutionOptions execution;

    /** A sweep ready to run: its data read and scaled, its initializers and configuration built. */
    record Prepared(LoadedData loaded, ScaledData scaled, SweepConfig config, double[] truthCenters) {
    }

    /** A sweep that ran, with its output files' contents. */
    record Finished(Prepared prepared, SweepResult result, SweepOutputs outputs) {
    }

    /** A sweep of Spark ML's K-means that ran, with its output files' contents. */
    record MllibFinished(MllibSweep.Finished finished, SweepOutputs outputs, String source) {
    }

    /**
     * Runs the sweep with {@code --engine mllib}: Spark reads {@code source} (any path Spark reads) and fits
     * Spark ML's KMeans once per (initializer, seed).
     *
     * @param source     DATA as typed (a URI such as hdfs://host/x is no local path)
     * @param initGiven  whether --init was given; MLlib's default pair is k-means|| and random
     */
    MllibFinished runMllib(String source, boolean initGiven, PrintWriter err, boolean quiet, Sweep.Progress progress,
                           List<String> commandLine) {
        if (keepLabels) {
            throw new InvalidInputException("--keep-labels is not available with --engine mllib: the labels stay on the cluster");
        }
        if (truth != null) {
            throw new InvalidInputException("--truth is not available with --engine mllib; use --engine local or spark");
        }
        List<String> notFor = engine.optionsMllibLacks();
        if (!notFor.isEmpty()) {
            throw new InvalidInputException(String.join(", ", notFor) + (notFor.size() == 1 ? " is" : " are")
                    + " Basin's own; --engine mllib runs Spark ML's K-means, which has no such option");
        }
        List<String> initNames = initGiven ? inits.stream().map(String::trim).toList() : List.of("k-means||", "random");
        initNames.forEach(MllibInitializers::byName); // a clear error for an initializer MLlib lacks, before Spark starts
        long[] runSeeds = runSeeds();
        MllibSweep.Request request = new MllibSweep.Request(dataOptions.tableOptions(source), k, initNames, runSeeds,
                engine.maxIter, engine.tol, execution.concurrentRuns, traceRuns, maxRestarts);
        SparkSupport.require("--engine mllib");
        MllibSweep.Finished finished;
        String master;
        try (SparkEngine spark = SparkEngine.start(execution.master, "basin sweep --engine mllib " + source)) {
            master = spark.master();
            finished = MllibSweep.run(spark, request, progress);
        }
        if (!quiet) {
            finished.notices().forEach(notice -> err.println("basin: " + notice));
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("k", k);
        parameters.put("inits", finished.result().config().inits().stream().map(Initializer::name).toList());
        parameters.put("seeds", runSeeds.length);
        parameters.put("seed_start", seedList == null ? seedStart : null);
        parameters.put("seed_list", seedList);
        parameters.put("max_iter", engine.maxIter);
        parameters.put("tol", engine.tol);
        parameters.put("max_restarts", maxRestarts);
        parameters.put("columns", finished.features());
        parameters.put("label_column", dataOptions.labelColumn);
        parameters.put("weight_column", dataOptions.weightColumn);
        parameters.put("scale", dataOptions.scaling().name().toLowerCase(Locale.ROOT));
        parameters.put("missing", dataOptions.missing.toLowerCase(Locale.ROOT));
        parameters.put("engine", ExecutionOptions.Engine.MLLIB.label());
        parameters.put("master", master);
        parameters.put("concurrent_runs", execution.concurrentRuns);
        Provenance provenance = Provenance.now(source, null, parameters, runSeeds[0],
                Arrays.stream(runSeeds).boxed().toList(), "Spark ML KMeans (seed per run)", commandLine);
        SweepOutputs outputs = new SweepOutputs(finished.result(), finished.features(),
                (int) Math.min(Integer.MAX_VALUE, finished.rows()), provenance);
        return new MllibFinished(finished, outputs, source);
    }

    /** Before reading data to run a sweep: a Spark engine needs Spark in this JVM (not so to report on one). */
    void requireEngine() {
        if (execution.engine() != ExecutionOptions.Engine.LOCAL) {
            SparkSupport.require("--engine " + execution.engine().label());
        }
    }

    /** Checks what can be checked before reading data, so mistakes cost nothing. */
    void checkBeforeLoading(String command) {
        if (data == null) {
            throw new InvalidInputException("missing DATA, the CSV file to cluster (see 'basin " + command + " --help')");
        }
        if (k == null) {
            throw new InvalidInputException("missing -k, the number of clusters (see 'basin " + command + " --help')");
        }
        execution.check();
        runSeeds();
        engine.requireSwapOptionsUsed(randomSwap || engine.randomSwap());
        if (budgetDistances() > 0 && engine.swapOptionsGiven()) {
            throw new InvalidInputException("--budget sets how many swaps random swap tries; leave out --swaps and"
                    + " --swaps-without-improvement");
        }
        if (randomSwap && engine.randomSwap()) {
            throw new InvalidInputException("--random-swap adds random swap rows, --algorithm random-swap makes every row"
                    + " random swap; give one of them");
        }
        if (execution.engine() == ExecutionOptions.Engine.MLLIB) {
            if (randomSwap || engine.randomSwap() || budgetDistances() > 0) {
                throw new InvalidInputException("random swap and --budget run on --engine local or spark, not mllib"
                        + " (Spark ML has no random swap)");
            }
            return; // MLlib's initializers are checked by runMllib
        }
        Set<String> seen = new HashSet<>();
        for (String init : inits) {
            EngineOptions.requireKnown(init.trim());
            String name = init.trim().toLowerCase(Locale.ROOT);
            String canonical = Initializers.isName(name) ? Initializers.byName(name, 0).name() : name;
            if (!seen.add(canonical)) {
                throw new InvalidInputException("--init names " + canonical + " twice; name each initializer once");
            }
        }
    }

    Prepared prepare(PrintWriter err, boolean quiet) {
        LoadedData loaded = dataOptions.load(data);
        if (!quiet) {
            loaded.notices().forEach(notice -> err.println("basin: " + notice));
        }
        ScaledData scaled = dataOptions.scaling().apply(loaded.dataset());
        List<Initializer> initializers = new ArrayList<>();
        for (String init : inits) {
            Initializer initializer = engine.initializer(init.trim(), k, scaled);
            engine.toConfig(k, initializer, 1, 0L); // checks option combinations, e.g. --local-trials
            initializers.add(initializer);
        }
        KMeansConfig base = engine.toConfig(k, initializers.getFirst(), 1, 0L);
        double[] truthCenters = truth == null ? null
                : scaled.toScaledUnits(CsvLoader.readCenters(truth, scaled.data().features()));
        SweepConfig config = new SweepConfig(base, initializers, runSeeds(), traceRuns,
                keepLabels ? Long.MAX_VALUE : SweepConfig.DEFAULT_LABEL_BUDGET, maxRestarts, randomSwap,
                budgetDistances());
        return new Prepared(loaded, scaled, config, truthCenters);
    }

    /** Runs the prepared sweep and builds its outputs; {@code commandLine} is recorded in provenance. */
    Finished run(Prepared prepared, Sweep.Progress progress, List<String> commandLine) {
        SweepResult result;
        String master = null;
        if (execution.engine() == ExecutionOptions.Engine.SPARK) {
            SparkSupport.require("--engine spark");
            try (SparkEngine spark = SparkEngine.start(execution.master, "basin sweep " + data.getFileName())) {
                master = spark.master();
                result = Sweep.run(prepared.scaled().data(), prepared.config(), prepared.truthCenters(),
                        spark.sweepExecutor(), progress);
            }
        } else {
            result = Sweep.run(prepared.scaled().data(), prepared.config(), prepared.truthCenters(), progress);
        }
        Map<String, Object> parameters = parameters(prepared);
        parameters.put("engine", execution.engine().label());
        if (master != null) {
            parameters.put("master", master);
        }
        Provenance provenance = Provenance.now(data.toString(), prepared.loaded().sha256(), parameters,
                prepared.config().seeds()[0], Arrays.stream(prepared.config().seeds()).boxed().toList(),
                Seeds.ALGORITHM, commandLine);
        SweepOutputs outputs = new SweepOutputs(result, prepared.scaled().data().features(),
                prepared.scaled().data().rows(), provenance);
        return new Finished(prepared, result, outputs);
    }

    private Map<String, Object> parameters(Prepared prepared) {
        KMeansConfig base = prepared.config().engine();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("k", k);
        parameters.put("inits", prepared.config().rowNames());
        prepared.config().inits().stream().filter(i -> i instanceof KMeansPlusPlus).findFirst()
                .ifPresent(i -> parameters.put("local_trials", ((KMeansPlusPlus) i).trialsFor(k)));
        parameters.put("seeds", prepared.config().seeds().length);
        parameters.put("seed_start", seedList == null ? seedStart : null);
        parameters.put("seed_list", seedList);
        parameters.put("max_iter", base.maxIter());
        parameters.put("tol", base.tol());
        parameters.put("empty_cluster", base.emptyClusters().label());
        parameters.put("algorithm", base.algorithm().label());
        if (prepared.config().hasRandomSwap() || prepared.config().budget() > 0) {
            parameters.put("random_swap", randomSwap);
            parameters.put("budget", prepared.config().budget() > 0 ? prepared.config().budget() : null);
            parameters.put("swaps", prepared.config().budget() > 0 ? null : base.swaps().describe());
        }
        parameters.put("threads", base.threadCount());
        parameters.put("truth", truth == null ? null : truth.toString());
        parameters.put("trace_runs", traceRuns);
        parameters.put("max_restarts", maxRestarts);
        parameters.putAll(dataOptions.parameters(prepared.loaded()));
        return parameters;
    }

    /**
     * The {@code basin fit} command that repeats one run of this sweep alone: for a random swap row with
     * {@code --algorithm random-swap}, and under a budget with the restarts or swaps the run used.
     */
    String fitCommand(String row, long seed, int restarts, int swaps) {
        boolean swapRow = row.endsWith(Contender.RANDOM_SWAP_SUFFIX);
        String init = swapRow ? row.substring(0, row.length() - Contender.RANDOM_SWAP_SUFFIX.length()) : row;
        String initArgument = inits.stream().map(String::trim)
                .filter(i -> i.equals(init) || (!Initializers.isName(i) && Path.of(i).getFileName().toString().equals(init))
                        || (Initializers.isName(i) && Initializers.byName(i, 0).name().equals(init)))
                .findFirst().orElse(init);
        List<String> args = new ArrayList<>(List.of("basin", "fit", data.toString(), "-k", Integer.toString(k)));
        args.addAll(dataOptions.arguments());
        args.addAll(List.of("--init", initArgument));
        List<String> engineArguments = new ArrayList<>(engine.arguments());
        // the swap options come last in engine.arguments(); a row without random swap takes none
        engineArguments.subList(engineArguments.size() - engine.swapArguments().size(), engineArguments.size()).clear();
        if (swapRow) {
            int at = engineArguments.indexOf("--algorithm");
            if (at >= 0) {
                engineArguments.subList(at, at + 2).clear();
            }
            engineArguments.addAll(List.of("--algorithm", "random-swap"));
            engineArguments.addAll(budgetDistances() > 0 ? List.of("--swaps", Integer.toString(swaps))
                    : engine.swapArguments());
        }
        args.addAll(engineArguments);
        args.addAll(List.of("--random-state", Long.toString(seed), "--n-init", Integer.toString(restarts)));
        return ShellWords.join(args);
    }

    /** {@code --budget} as a number of distance computations; 0 without a budget. */
    long budgetDistances() {
        if (budget == null) {
            return 0;
        }
        double value;
        try {
            value = Double.parseDouble(budget.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--budget must be a number of distance computations such as 5000000 or 5e6,"
                    + " got '" + budget + "'");
        }
        if (!(value >= 1) || value > Long.MAX_VALUE / 2 || value != Math.floor(value)) {
            throw new InvalidInputException("--budget must be a whole number of distance computations, at least 1,"
                    + " got '" + budget + "'");
        }
        return (long) value;
    }

    long[] runSeeds() {
        if (seedList != null && !seedList.isEmpty()) {
            long[] list = seedList.stream().mapToLong(Long::longValue).toArray();
            if (Arrays.stream(list).distinct().count() != list.length) {
                throw new InvalidInputException("--seed-list names a seed twice; name each seed once");
            }
            return list;
        }
        return SweepConfig.seedRange(seedStart, seeds);
    }
}
