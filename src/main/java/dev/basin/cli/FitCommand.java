package dev.basin.cli;

import dev.basin.InvalidInputException;
import dev.basin.analysis.PartitionMetrics;
import dev.basin.analysis.RestartsOnExecutor;
import dev.basin.data.LoadedData;
import dev.basin.data.ScaledData;
import dev.basin.data.Scaling;
import dev.basin.kmeans.FitResult;
import dev.basin.kmeans.KMeans;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.random.Seeds;
import dev.basin.report.AtomicDirectory;
import dev.basin.report.FitOutputs;
import dev.basin.report.Json;
import dev.basin.report.Provenance;
import dev.basin.spark.SparkEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code basin fit DATA -k K}: K-means with n_init restarts on a CSV file, the best restart kept. */
@Command(name = "fit", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Cluster a CSV file with K-means: n_init restarts, the best kept, every restart reported.",
                "Prints inertia, iterations, the winning restart's seed (and the command that replays it alone), cluster sizes,",
                "and the adjusted Rand index against --label-column. --out DIR writes labels.csv, centers.csv and summary.json."})
final class FitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DATA", description = "CSV file with a header row.")
    Path data;

    @Option(names = "-k", paramLabel = "K", required = true, description = "Number of clusters.")
    int k;

    @Option(names = "--init", paramLabel = "METHOD", defaultValue = "k-means++",
            description = "Initialization: k-means++, random, random-partition, maximin, k-means|| (alias kmeans-parallel), or the path of a CSV file of k initial centers (header naming the features, original units). Default: ${DEFAULT-VALUE}.")
    String init;

    @Option(names = "--n-init", paramLabel = "N", defaultValue = "auto",
            description = "Restarts; the best is kept. auto: 1 for k-means++ and a centers file, 10 otherwise. Default: ${DEFAULT-VALUE}.")
    String nInit;

    @Option(names = "--random-state", paramLabel = "SEED",
            description = "Seed of restart 0 (restart i uses a seed derived from it). Default: a drawn seed, printed.")
    Long randomState;

    @Mixin
    EngineOptions engine;

    @Mixin
    DataOptions dataOptions;

    @Mixin
    ExecutionOptions execution;

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
        EngineOptions.requireKnown(init);
        engine.requireSwapOptionsUsed(engine.randomSwap());
        execution.check();
        if (execution.engine() == ExecutionOptions.Engine.MLLIB) {
            throw new InvalidInputException("--engine mllib applies to basin sweep; basin fit runs on local or spark");
        }
        if (execution.engine() == ExecutionOptions.Engine.SPARK) {
            SparkSupport.require("--engine spark");
        }
        Scaling scaling = dataOptions.scaling();
        LoadedData loaded = dataOptions.load(data);
        if (!verbosity.quiet) {
            loaded.notices().forEach(notice -> err.println("basin: " + notice));
        }
        ScaledData scaled = scaling.apply(loaded.dataset());
        KMeansConfig config = engine.toConfig(k, engine.initializer(init, k, scaled), EngineOptions.restarts(nInit),
                randomState);
        FitResult fit;
        String master = null;
        if (execution.engine() == ExecutionOptions.Engine.SPARK) {
            SparkSupport.require("--engine spark");
            try (SparkEngine spark = SparkEngine.start(execution.master, "basin fit " + data.getFileName())) {
                master = spark.master();
                fit = RestartsOnExecutor.fit(scaled.data(), config, spark.sweepExecutor());
            }
        } else {
            fit = KMeans.fit(scaled.data(), config);
        }
        if (!verbosity.quiet) {
            fit.warnings().forEach(warning -> err.println("basin: " + warning));
        }

        Double ari = loaded.dataset().labels()
                .map(labels -> PartitionMetrics.adjustedRandIndex(labels, fit.best().labels())).orElse(null);
        Map<String, Object> parameters = new LinkedHashMap<>(engine.parameters(config));
        parameters.putAll(dataOptions.parameters(loaded));
        parameters.put("engine", execution.engine().label());
        if (master != null) {
            parameters.put("master", master);
        }
        Provenance provenance = Provenance.now(data.toString(), loaded.sha256(), parameters, fit.randomState(),
                fit.restarts().stream().map(FitResult.Restart::seed).toList(), Seeds.ALGORITHM,
                commandLine());
        FitOutputs outputs = new FitOutputs(fit, scaled.data().features(),
                scaled.toOriginalUnits(fit.best().centers()), scaling != Scaling.NONE, config.init().name(), ari,
                loaded.dataset().labelColumn().orElse(null), provenance);

        if (output.out != null) {
            try (AtomicDirectory dir = AtomicDirectory.create(output.out, output.force)) {
                dir.write("labels.csv", outputs.labelsCsv());
                dir.write("centers.csv", outputs.centersCsv());
                dir.write("summary.json", Json.write(outputs.summary()));
                dir.commit();
            }
        }
        if (output.json()) {
            out.print(Json.write(outputs.summary()));
        } else if (!verbosity.quiet) {
            new FitText(out).print(loaded, config, fit, outputs, replayCommand(fit.best().seed()), output.out,
                    verbosity.verbose);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private List<String> commandLine() {
        List<String> line = new ArrayList<>(List.of("basin"));
        line.addAll(spec.commandLine().getParseResult().originalArgs());
        return line;
    }

    private String replayCommand(long seed) {
        List<String> args = new ArrayList<>(List.of("basin", "fit", data.toString(), "-k", Integer.toString(k)));
        args.addAll(dataOptions.arguments());
        if (!init.equals("k-means++")) {
            args.add("--init");
            args.add(init);
        }
        args.addAll(engine.arguments());
        args.addAll(List.of("--random-state", Long.toString(seed), "--n-init", "1"));
        return ShellWords.join(args);
    }
}
