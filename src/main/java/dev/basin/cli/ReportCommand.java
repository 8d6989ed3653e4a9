package dev.basin.cli;

import dev.basin.InvalidInputException;
import dev.basin.analysis.Contender;
import dev.basin.analysis.Solution;
import dev.basin.analysis.Solutions;
import dev.basin.analysis.SweepTables;
import dev.basin.kmeans.RunResult;
import dev.basin.kmeans.init.Initializer;
import dev.basin.kmeans.swap.RandomSwap;
import dev.basin.kmeans.variant.Lloyd;
import dev.basin.kmeans.variant.RowChunks;
import dev.basin.report.AtomicDirectory;
import dev.basin.report.HtmlReport;
import dev.basin.report.JsonReader;
import dev.basin.report.ReportContent;
import dev.basin.report.ReportSection;
import dev.basin.report.SweepReport;
import dev.basin.spark.MllibInitializers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code basin report}: a sweep (run now, or read with --from) as charts and one self-contained HTML page. */
@Command(name = "report", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Write an HTML report with charts of a sweep, run now or read with --from.",
                "Runs a sweep (the options of 'basin sweep') or reads one (--from DIR), and writes:",
                "index.html (one self-contained page: key finding, tables, charts, how to reproduce, methods, provenance),",
                "charts/*.png and charts/*.svg, and the sweep's CSV and JSON files."})
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "DIR",
            description = "Draw the report from an existing 'basin sweep --out DIR' instead of running a sweep.")
    Path from;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Where to write the report (written whole or not at all; refused if it exists, unless --force).")
    Path out;

    @Option(names = "--force", description = "Replace an existing --out directory.")
    boolean force;

    @Option(names = "--k-range", paramLabel = "A..B",
            description = "Also add a section on choosing k: an elbow study over these k (e.g. 2..12), as 'basin elbow' runs it,"
                    + " with the first --elbow-seeds of the sweep's seeds and its first initializer.")
    String kRange;

    @Option(names = "--elbow-seeds", paramLabel = "N", defaultValue = "20",
            description = "With --k-range: how many of the sweep's seeds (the first N) the elbow study runs at each k. Default: ${DEFAULT-VALUE}.")
    int elbowSeeds;

    @Mixin
    SweepOptions sweep;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AtomicDirectory.checkWritable(out, force);
        ElbowSection.check(kRange, elbowSeeds);
        Path index = write(err);
        if (!verbosity.quiet) {
            stdout.println("wrote " + index);
        } else {
            stdout.println(index);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /** Builds the report in a staging directory and moves it into place; returns the path of index.html. */
    Path write(PrintWriter err) {
        SweepOptions options;
        SweepOptions.Prepared prepared;
        SweepTables tables;
        Map<String, Object> provenance;
        try (AtomicDirectory dir = AtomicDirectory.create(out, force)) {
            if (from != null) {
                if (sweep.data != null || sweep.k != null) {
                    throw new InvalidInputException("--from reads an existing sweep; give either --from DIR or DATA -k K, not both");
                }
                Map<String, Object> summary = summary(from);
                provenance = asMap(summary.get("provenance"), from);
                options = recordedOptions(provenance, from);
                options.checkBeforeLoading("report");
                // Spark ML's sweeps read data Basin may not reach from here: their report is drawn from the
                // files alone, without the side-by-side picture of replayed runs.
                prepared = isMllib(provenance) ? null : options.prepare(err, true);
                Object recordedHash = provenance.get("input_sha256");
                if (prepared != null && !prepared.loaded().sha256().equals(recordedHash)) {
                    throw new InvalidInputException("input file " + options.data + " changed since " + from
                            + " was written; re-run the sweep (basin report DATA -k K ...) to report on the new data");
                }
                tables = SweepTables.read(from);
                for (String name : SweepFiles.NAMES) {
                    copy(from.resolve(name), dir.resolve(name));
                }
                if (Files.exists(from.resolve("basin_labels.csv"))) {
                    copy(from.resolve("basin_labels.csv"), dir.resolve("basin_labels.csv"));
                }
            } else {
                options = sweep;
                options.checkBeforeLoading("report");
                if (options.execution.engine() == ExecutionOptions.Engine.MLLIB) {
                    throw new InvalidInputException("basin report runs sweeps on --engine local or spark; for Spark ML's"
                            + " K-means run 'basin sweep ... --engine mllib --out DIR', then 'basin report --from DIR'");
                }
                options.requireEngine();
                prepared = options.prepare(err, verbosity.quiet);
                List<String> commandLine = new ArrayList<>(List.of("basin", "sweep"));
                commandLine.addAll(sweepArguments());
                SweepOptions.Finished finished = options.run(prepared, ProgressBar.forTerminal(err, verbosity.quiet),
                        commandLine);
                SweepFiles.write(dir, finished, options.keepLabels);
                tables = SweepTables.of(finished.result());
                provenance = asMap(finished.outputs().summary().get("provenance"), out);
            }
            Path charts = dir.resolve("charts");
            createDirectory(charts);
            SweepReport.Input input = prepared == null
                    ? new SweepReport.Input(String.valueOf(provenance.get("input")), options.k, tables, List.of(),
                            mllibReplays(tables, provenance), methods(tables.inits().stream()
                                    .map(MllibInitializers::byName).toList(), null), provenance)
                    : new SweepReport.Input(options.data.toString(), options.k, tables,
                            solutions(prepared, tables), replays(options, tables), methods(prepared), provenance);
            ReportContent content = SweepReport.build(input, charts);
            List<ReportSection> sections = kRange == null ? List.of()
                    : List.of(ElbowSection.write(kRange, elbowSeeds, prepared, provenance, dir, charts,
                    ProgressBar.forTerminal(err, verbosity.quiet)));
            dir.write("index.html", HtmlReport.render(content, sections));
            return dir.commit().resolve("index.html");
        }
    }

    /** The report's own arguments minus its output options: the sweep it ran, as 'basin sweep' would take them. */
    private List<String> sweepArguments() {
        List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
        if (!args.isEmpty() && args.getFirst().equals("report")) {
            args.removeFirst();
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--out") || arg.equals("--from")) {
                i++;
            } else if (!arg.startsWith("--out=") && !arg.startsWith("--from=") && !arg.equals("--force")) {
                kept.add(arg);
            }
        }
        return kept;
    }

    /** The best basin and the most frequent other basin, replayed from their example seeds. */
    private static List<Solution> solutions(SweepOptions.Prepared prepared, SweepTables tables) {
        if (tables.basins().size() < 2) {
            return List.of();
        }
        SweepTables.BasinRow best = tables.basins().getFirst();
        // The picture should show clusters that moved: prefer the most frequent basin with CI > 0 to the best,
        // else (every basin has the best's clusters) the most frequent other basin.
        Comparator<SweepTables.BasinRow> frequent = Comparator.comparingInt(SweepTables.BasinRow::runs)
                .thenComparing(Comparator.comparingInt(SweepTables.BasinRow::basin).reversed());
        SweepTables.BasinRow other = tables.basins().stream().skip(1).filter(b -> b.ciToBest() > 0).max(frequent)
                .orElseGet(() -> tables.basins().stream().skip(1).max(frequent).orElseThrow());
        RunResult bestRun = replay(prepared, best);
        RunResult otherRun = replay(prepared, other);
        Solution[] pair = Solutions.sideBySide(prepared.scaled().data(), bestRun,
                String.format(java.util.Locale.US, "basin 1 (best): inertia %s", dev.basin.report.FitOutputs.figure(best.inertia())),
                otherRun, String.format(java.util.Locale.US, "basin %d (%s of runs): inertia %s, +%s, CI %d", other.basin(),
                        dev.basin.report.Findings.percent(other.share()), dev.basin.report.FitOutputs.figure(other.inertia()),
                        dev.basin.report.Findings.gap(other.gapToBestPct()), other.ciToBest()));
        return List.of(pair);
    }

    private static RunResult replay(SweepOptions.Prepared prepared, SweepTables.BasinRow basin) {
        Map.Entry<String, Long> example = basin.exampleSeed().entrySet().iterator().next();
        Contender row = contender(prepared, example.getKey());
        return row.run(prepared.scaled().data(), prepared.config().engine(), example.getValue(),
                prepared.config().budget(), RowChunks.sequential(prepared.scaled().data().rows())).run();
    }

    private static Contender contender(SweepOptions.Prepared prepared, String name) {
        return prepared.config().contenders().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("the sweep has no row named " + name));
    }

    private static String fitCommand(SweepOptions options, SweepTables tables, String init, long seed) {
        SweepTables.RunRow run = tables.runsOf(init).stream().filter(r -> r.seed() == seed).findFirst()
                .orElseThrow(() -> new InvalidInputException("the sweep has no run of " + init + " with seed " + seed));
        return options.fitCommand(init, seed, run.restarts(), run.swaps());
    }

    /** The commands that repeat the best run and the worst run alone. */
    private static List<ReportContent.Replay> replays(SweepOptions options, SweepTables tables) {
        SweepTables.BasinRow best = tables.basins().getFirst();
        Map.Entry<String, Long> bestExample = best.exampleSeed().entrySet().iterator().next();
        SweepTables.RunRow worst = tables.runs().stream().max(Comparator.comparingDouble(SweepTables.RunRow::inertia))
                .orElseThrow();
        return List.of(
                new ReportContent.Replay("The best run (basin 1, " + bestExample.getKey() + ", seed " + bestExample.getValue() + ")",
                        fitCommand(options, tables, bestExample.getKey(), bestExample.getValue())),
                new ReportContent.Replay("The worst run (basin " + worst.basin() + ", " + worst.init() + ", seed "
                        + worst.seed() + ")", options.fitCommand(worst.init(), worst.seed(), worst.restarts(), worst.swaps())),
                new ReportContent.Replay("Check that this report's figures reproduce bit for bit",
                        "basin verify <this directory>"));
    }

    private static boolean isMllib(Map<String, Object> provenance) {
        return provenance.get("parameters") instanceof Map<?, ?> parameters && "mllib".equals(parameters.get("engine"));
    }

    /** For a sweep of Spark ML's K-means: the command that runs its best seed again, alone. */
    private static List<ReportContent.Replay> mllibReplays(SweepTables tables, Map<String, Object> provenance) {
        Map.Entry<String, Long> best = tables.basins().getFirst().exampleSeed().entrySet().iterator().next();
        List<String> line = new ArrayList<>();
        if (provenance.get("command_line") instanceof List<?> recorded) {
            for (int i = 0; i < recorded.size(); i++) {
                String arg = String.valueOf(recorded.get(i));
                if (List.of("--seeds", "--seed-start", "--seed-list", "--init", "--out").contains(arg)) {
                    i++;
                } else if (!arg.equals("--force") && !arg.equals("-q")) {
                    line.add(arg);
                }
            }
        }
        line.addAll(List.of("--init", best.getKey(), "--seed-list", Long.toString(best.getValue())));
        return List.of(new ReportContent.Replay("The best run (basin 1, " + best.getKey() + ", seed " + best.getValue()
                + ", Spark ML's KMeans)", ShellWords.join(line)));
    }

    private static List<String> methods(SweepOptions.Prepared prepared) {
        return methods(prepared.config().inits(), prepared.config());
    }

    /** The methods list; {@code config} is null for an MLlib sweep (no random swap, no budget there). */
    private static List<String> methods(List<Initializer> inits, dev.basin.analysis.SweepConfig config) {
        Set<String> citations = new LinkedHashSet<>();
        citations.add(new Lloyd().reference().citation() + " (the iterations)");
        for (Initializer init : inits) {
            init.reference().ifPresent(r -> citations.add(r.citation() + " (initializer " + init.name() + ")"));
        }
        if (config != null && config.hasRandomSwap()) {
            citations.add(RandomSwap.REFERENCE.citation() + " (random swap: " + (config.budget() > 0
                    ? "swaps within the budget" : config.engine().swaps().describe())
                    + " from each K-means solution, two K-means iterations per swap, then K-means to convergence)");
        }
        if (config != null && config.budget() > 0) {
            citations.add(String.format(java.util.Locale.US, "Equal budget: every row spent about %,d counted distance"
                    + " computations per seed (initializer rows: the best of as many restarts as fit; random swap rows:"
                    + " as many swaps as fit); see the costs in the table above and in runs.csv.",
                    config.budget()));
        }
        citations.add("P. Fränti, M. Rezaei and Q. Zhao (2014). Centroid index: cluster level similarity measure."
                + " Pattern Recognition 47(9), 3034-3045 (CI).");
        citations.add("L. Hubert and P. Arabie (1985). Comparing partitions. Journal of Classification 2, 193-218"
                + " (adjusted Rand index).");
        citations.add("Restart curve: exact order statistics of the observed single-run inertias (best of r draws with"
                + " replacement) and P(best within r) = 1 − (1 − p)^r; no resampling.");
        return List.copyOf(citations);
    }

    /** The options of the sweep recorded in {@code summary.json}, parsed as 'basin sweep' parses them. */
    private static SweepOptions recordedOptions(Map<String, Object> provenance, Path dir) {
        if (!(provenance.get("command_line") instanceof List<?> line) || line.size() < 2) {
            throw new InvalidInputException(dir + "/summary.json records no command line; is it the output of basin sweep?");
        }
        List<String> args = new ArrayList<>(line.stream().map(String::valueOf).toList());
        args.removeFirst(); // "basin"
        if (!args.getFirst().equals("sweep")) {
            throw new InvalidInputException(dir + " was written by basin " + args.getFirst() + ", not basin sweep;"
                    + " give a directory written by basin sweep --out");
        }
        args.removeFirst();
        if (!args.isEmpty() && args.getFirst().equals("sweep") && !"sweep".equals(provenance.get("input"))) {
            args.removeFirst(); // older outputs recorded the subcommand twice
        }
        SweepCommand recorded = new SweepCommand();
        try {
            new CommandLine(recorded).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new InvalidInputException("cannot read the sweep recorded in " + dir + "/summary.json: " + e.getMessage());
        }
        return recorded.sweep;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> summary(Path dir) {
        Path file = dir.resolve("summary.json");
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(dir + " has no summary.json; give a directory written by basin sweep --out");
        }
        return asMap(JsonReader.read(file), dir);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, Path where) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new InvalidInputException(where + "/summary.json is not a Basin summary (no provenance object)");
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException(from + " is missing; give a directory written by basin sweep --out");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
