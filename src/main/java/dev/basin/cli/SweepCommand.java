package dev.basin.cli;

import dev.basin.InvalidInputException;
import dev.basin.analysis.Sweep;
import dev.basin.analysis.SweepConfig;
import dev.basin.analysis.SweepResult;
import dev.basin.data.CsvLoader;
import dev.basin.data.LoadedData;
import dev.basin.data.ScaledData;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.init.Initializer;
import dev.basin.random.Seeds;
import dev.basin.report.AtomicDirectory;
import dev.basin.report.Json;
import dev.basin.report.Provenance;
import dev.basin.report.SweepOutputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code basin sweep DATA -k K --seeds N}: one run per (initializer, seed), and what they add up to. */
@Command(name = "sweep", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Run K-means once per seed for each initializer and show the local optima (basins) the seeds land in:",
                "how often each initializer reaches the best one, how far the others are, and how many restarts buy a 95% chance.",
                "Every row is exactly 'basin fit --random-state <seed> --n-init 1 --init <init>'.",
                "--out DIR writes runs.csv, basins.csv, restarts.csv, traces.csv and summary.json."})
final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DATA", description = "CSV file with a header row.")
    Path data;

    @Option(names = "-k", paramLabel = "K", required = true, description = "Number of clusters.")
    int k;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "100",
            description = "Run seeds S, S+1, ..., S+N-1 (S from --seed-start). Default: ${DEFAULT-VALUE}.")
    int seeds;

    @Option(names = "--seed-start", paramLabel = "S", defaultValue = "0", description = "First seed. Default: ${DEFAULT-VALUE}.")
    long seedStart;

    @Option(names = "--seed-list", split = ",", paramLabel = "SEED",
            description = "Run exactly these seeds instead (comma-separated).")
    List<Long> seedList;

    @Option(names = "--init", split = ",", paramLabel = "METHOD", defaultValue = "k-means++,random",
            description = "Initializers to compare, comma-separated: k-means++, random, random-partition, maximin, or a centers file. Default: ${DEFAULT-VALUE}.")
    List<String> inits;

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
    OutputOptions output;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        output.checkBeforeRunning();
        long[] runSeeds = runSeeds();
        requireDistinct(inits);
        LoadedData loaded = dataOptions.load(data);
        if (!verbosity.quiet) {
            loaded.notices().forEach(notice -> err.println("basin: " + notice));
        }
        ScaledData scaled = dataOptions.scaling().apply(loaded.dataset());
        List<Initializer> initializers = new ArrayList<>();
        for (String init : inits) {
            initializers.add(engine.initializer(init.trim(), k, scaled));
        }
        KMeansConfig base = engine.toConfig(k, initializers.getFirst(), 1, 0L);
        for (Initializer initializer : initializers) {
            engine.toConfig(k, initializer, 1, 0L); // checks option combinations, e.g. --local-trials
        }
        double[] truthCenters = truth == null ? null
                : scaled.toScaledUnits(CsvLoader.readCenters(truth, scaled.data().features()));
        SweepConfig config = new SweepConfig(base, initializers, runSeeds, traceRuns,
                keepLabels ? Long.MAX_VALUE : SweepConfig.DEFAULT_LABEL_BUDGET, maxRestarts);
        SweepResult sweep = Sweep.run(scaled.data(), config, truthCenters,
                ProgressBar.forTerminal(err, verbosity.quiet));

        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("k", k);
        parameters.put("inits", initializers.stream().map(Initializer::name).toList());
        parameters.put("seeds", runSeeds.length);
        parameters.put("seed_start", seedList == null ? seedStart : null);
        parameters.put("seed_list", seedList);
        parameters.put("max_iter", base.maxIter());
        parameters.put("tol", base.tol());
        parameters.put("empty_cluster", base.emptyClusters().label());
        parameters.put("algorithm", base.algorithm().label());
        parameters.put("threads", base.threadCount());
        parameters.put("truth", truth == null ? null : truth.toString());
        parameters.put("trace_runs", traceRuns);
        parameters.put("max_restarts", maxRestarts);
        parameters.putAll(dataOptions.parameters(loaded));
        List<String> commandLine = new ArrayList<>(List.of("basin", "sweep"));
        commandLine.addAll(spec.commandLine().getParseResult().originalArgs());
        Provenance provenance = Provenance.now(data.toString(), loaded.sha256(), parameters, runSeeds[0],
                java.util.Arrays.stream(runSeeds).boxed().toList(), Seeds.ALGORITHM, commandLine);
        SweepOutputs outputs = new SweepOutputs(sweep, scaled.data().features(), scaled.data().rows(), provenance);

        if (output.out != null) {
            try (AtomicDirectory dir = AtomicDirectory.create(output.out, output.force)) {
                dir.write("runs.csv", outputs.runsCsv());
                dir.write("basins.csv", outputs.basinsCsv());
                dir.write("restarts.csv", outputs.restartsCsv());
                dir.write("traces.csv", outputs.tracesCsv());
                dir.write("summary.json", Json.write(outputs.summary()));
                if (keepLabels) {
                    dir.write("basin_labels.csv", BasinLabelsCsv.write(scaled.data(), config, sweep));
                }
                dir.commit();
            }
        }
        if (output.json()) {
            out.print(Json.write(outputs.summary()));
        } else if (!verbosity.quiet) {
            new SweepText(out).print(loaded, sweep, output.out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Before any work: the same initializer named twice is a mistake (a sweep compares distinct ones). */
    private static void requireDistinct(List<String> inits) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String init : inits) {
            EngineOptions.requireKnown(init.trim());
            String name = init.trim().toLowerCase(java.util.Locale.ROOT);
            String canonical = dev.basin.kmeans.init.Initializers.isName(name)
                    ? dev.basin.kmeans.init.Initializers.byName(name, 0).name() : name;
            if (!seen.add(canonical)) {
                throw new InvalidInputException("--init names " + canonical + " twice; name each initializer once");
            }
        }
    }

    private long[] runSeeds() {
        if (seedList != null && !seedList.isEmpty()) {
            long[] list = seedList.stream().mapToLong(Long::longValue).toArray();
            if (java.util.Arrays.stream(list).distinct().count() != list.length) {
                throw new InvalidInputException("--seed-list names a seed twice; name each seed once");
            }
            return list;
        }
        return SweepConfig.seedRange(seedStart, seeds);
    }
}
