package dev.basin.cli;

import dev.basin.InvalidInputException;
import dev.basin.analysis.Elbow;
import dev.basin.analysis.ElbowConfig;
import dev.basin.analysis.ElbowResult;
import dev.basin.analysis.ElbowRule;
import dev.basin.analysis.SweepConfig;
import dev.basin.data.LoadedData;
import dev.basin.data.ScaledData;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.init.Initializer;
import dev.basin.kmeans.init.Initializers;
import dev.basin.random.Seeds;
import dev.basin.report.AtomicDirectory;
import dev.basin.report.ElbowOutputs;
import dev.basin.report.ElbowReport;
import dev.basin.report.Json;
import dev.basin.report.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code basin elbow DATA --k 2..12 --seeds 20}: the elbow method from many seeds, with the silhouette. */
@Command(name = "elbow", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Plot inertia against k from many seeds, and show how the elbow moves with the seed.",
                "",
                "For each k in the range and each seed, one K-means run: exactly",
                "'basin fit DATA -k K --random-state <seed> --n-init 1'. Prints, per k, the",
                "lowest, median and highest inertia and mean silhouette over the seeds, and",
                "where each seed's own inertia curve bends (its elbow, by --elbow-rule): the",
                "k you would have picked had you run the elbow method with that seed.",
                "The silhouette is exact up to --silhouette-sample rows; on more rows it is",
                "computed on a seeded random sample of that many rows, as the output says.",
                "",
                "--out DIR writes elbow.csv, elbow_runs.csv, elbow_seeds.csv, elbow.json and",
                "charts/ (PNG and SVG). 'basin report ... --k-range A..B' adds the same study",
                "to a report page."})
final class ElbowCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DATA", description = "CSV file with a header row.")
    Path data;

    @Option(names = {"-k", "--k"}, paramLabel = "RANGE", required = true,
            description = "The k values: a range A..B (e.g. 2..12) or a list (e.g. 2,4,8).")
    String kRange;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "20",
            description = "Run seeds S, S+1, ..., S+N-1 at every k (S from --seed-start). Default: ${DEFAULT-VALUE}.")
    int seeds;

    @Option(names = "--seed-start", paramLabel = "S", defaultValue = "0", description = "First seed. Default: ${DEFAULT-VALUE}.")
    long seedStart;

    @Option(names = "--seed-list", split = ",", paramLabel = "SEED", description = "Run exactly these seeds instead (comma-separated).")
    List<Long> seedList;

    @Option(names = "--init", paramLabel = "METHOD", defaultValue = "k-means++",
            description = "Initializer: k-means++, random, random-partition or maximin. Default: ${DEFAULT-VALUE}.")
    String init;

    @Option(names = "--elbow-rule", paramLabel = "RULE", defaultValue = "kneedle",
            description = "How a curve's elbow is located: kneedle (the k farthest below the straight line from the first"
                    + " to the last point, both axes scaled to [0, 1]) or second-difference (largest I(k-1) - 2 I(k) + I(k+1))."
                    + " Default: ${DEFAULT-VALUE}.")
    String elbowRule;

    @Option(names = "--silhouette-sample", paramLabel = "M", defaultValue = "" + ElbowConfig.DEFAULT_SILHOUETTE_SAMPLE,
            description = "Exact silhouette up to M rows; more rows: computed on a random sample of M rows (at most "
                    + ElbowConfig.MAX_SILHOUETTE_SAMPLE + "). Default: ${DEFAULT-VALUE}.")
    int silhouetteSample;

    @Option(names = "--silhouette-seed", paramLabel = "SEED", defaultValue = "0",
            description = "Seed of the silhouette's sample of rows. Default: ${DEFAULT-VALUE}.")
    long silhouetteSeed;

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
        int[] ks = ElbowConfig.parseKRange(kRange, "--k");
        ElbowRule rule = ElbowRule.parse(elbowRule);
        rule.check(ks);
        if (!Initializers.isName(init.trim())) {
            throw new InvalidInputException("--init must be k-means++, random, random-partition or maximin (a centers"
                    + " file gives one k, an elbow study many), got '" + init + "'");
        }
        long[] runSeeds = runSeeds();
        LoadedData loaded = dataOptions.load(data);
        if (!verbosity.quiet) {
            loaded.notices().forEach(notice -> err.println("basin: " + notice));
        }
        ScaledData scaled = dataOptions.scaling().apply(loaded.dataset());
        ElbowConfig config = config(engine, init.trim(), ks, runSeeds, silhouetteSample, silhouetteSeed, rule, scaled);
        ElbowResult result = Elbow.run(scaled.data(), config, ProgressBar.forTerminal(err, verbosity.quiet));

        List<String> commandLine = new ArrayList<>(List.of("basin"));
        commandLine.addAll(spec.commandLine().getParseResult().originalArgs());
        Provenance provenance = Provenance.now(data.toString(), loaded.sha256(), parameters(config, loaded),
                runSeeds[0], Arrays.stream(runSeeds).boxed().toList(), Seeds.ALGORITHM, commandLine);
        ElbowOutputs outputs = new ElbowOutputs(result, scaled.data().features(), provenance);
        if (output.out != null) {
            try (AtomicDirectory dir = AtomicDirectory.create(output.out, output.force)) {
                outputs.writeTo(dir);
                Path charts = dir.resolve("charts");
                try {
                    Files.createDirectories(charts);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                ElbowReport.section(result, charts);
                dir.commit();
            }
        }
        if (output.json()) {
            out.print(Json.write(outputs.summary()));
        } else if (!verbosity.quiet) {
            print(out, result, scaled);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The study's configuration: the engine options at the first k, one built-in initializer. */
    static ElbowConfig config(EngineOptions engine, String init, int[] ks, long[] seeds, int sample, long sampleSeed,
                              ElbowRule rule, ScaledData scaled) {
        Initializer initializer = engine.initializer(init, ks[0], scaled);
        KMeansConfig base = engine.toConfig(ks[0], initializer, 1, 0L);
        return new ElbowConfig(base, ks, seeds, sample, sampleSeed, rule);
    }

    private void print(PrintWriter out, ElbowResult result, ScaledData scaled) {
        int[] ks = result.ks();
        out.printf(Locale.US, "%s: %,d rows × %d features; k = %s, %d seeds each, %s: %d runs in %.1f s%n%n", data,
                result.rows(), scaled.data().dims(), ks.length > 1 && ks[ks.length - 1] - ks[0] == ks.length - 1
                        ? ks[0] + ".." + ks[ks.length - 1] : String.join(",", Arrays.stream(ks).mapToObj(Integer::toString).toList()),
                result.bySeed().size(), result.config().engine().init().name(), result.runs().size(), result.seconds());
        TextTable.print(out, ElbowReport.header(result), ElbowReport.rows(result));
        out.println();
        ElbowReport.sentences(result).forEach(out::println);
        if (output.out != null) {
            out.println("wrote " + output.out + " (" + String.join(", ", ElbowOutputs.NAMES) + ", charts/)");
        }
    }

    long[] runSeeds() {
        if (seedList != null && !seedList.isEmpty()) {
            long[] list = seedList.stream().mapToLong(Long::longValue).toArray();
            if (Arrays.stream(list).distinct().count() != list.length) {
                throw new InvalidInputException("--seed-list names a seed twice; name each seed once");
            }
            return list;
        }
        if (seeds < 1) {
            throw new InvalidInputException("--seeds must be at least 1, got " + seeds);
        }
        return SweepConfig.seedRange(seedStart, seeds);
    }

    private Map<String, Object> parameters(ElbowConfig config, LoadedData loaded) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("ks", Arrays.stream(config.ks()).boxed().toList());
        p.putAll(engine.parameters(config.engine()));
        p.remove("k");
        p.put("seeds", config.seeds().length);
        p.put("seed_start", seedList == null ? seedStart : null);
        p.put("seed_list", seedList);
        p.put("elbow_rule", config.rule().label());
        p.put("silhouette_sample", config.silhouetteSample());
        p.put("silhouette_seed", config.sampleSeed());
        p.putAll(dataOptions.parameters(loaded));
        return p;
    }
}
