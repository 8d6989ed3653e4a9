package dev.basin.cli;

import dev.basin.report.AtomicDirectory;
import dev.basin.report.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code basin sweep DATA -k K --seeds N}: one run per (initializer, seed), and what they add up to. */
@Command(name = "sweep", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Run K-means once per seed and initializer, and show the local optima (basins) they land in.",
                "It shows how often each initializer reaches the best one, how far the others are, and how many restarts buy a 95%% chance.",
                "Every row is exactly 'basin fit --random-state <seed> --n-init 1 --init <init>'.",
                "--random-swap adds '<init> + random swap' rows (Fränti's random swap after K-means); --budget D compares",
                "every row at equal cost, D counted distance computations per seed (restarts or swaps, as many as fit).",
                "--out DIR writes runs.csv, basins.csv, restarts.csv, traces.csv and summary.json (see the README)."})
final class SweepCommand implements Callable<Integer> {
    @Mixin
    SweepOptions sweep;

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
        sweep.checkBeforeLoading("sweep");
        sweep.requireEngine();
        List<String> commandLine = new ArrayList<>(List.of("basin"));
        commandLine.addAll(spec.commandLine().getParseResult().originalArgs());
        if (sweep.execution.engine() == ExecutionOptions.Engine.MLLIB) {
            return runMllib(out, err, commandLine);
        }
        SweepOptions.Prepared prepared = sweep.prepare(err, verbosity.quiet);
        SweepOptions.Finished finished = sweep.run(prepared, ProgressBar.forTerminal(err, verbosity.quiet), commandLine);
        if (output.out != null) {
            try (AtomicDirectory dir = AtomicDirectory.create(output.out, output.force)) {
                SweepFiles.write(dir, finished, sweep.keepLabels);
                dir.commit();
            }
        }
        if (output.json()) {
            out.print(Json.write(finished.outputs().summary()));
        } else if (!verbosity.quiet) {
            new SweepText(out).print(prepared.loaded(), finished.result(), output.out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private Integer runMllib(PrintWriter out, PrintWriter err, List<String> commandLine) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        String source = parsed.matchedPositional(0).originalStringValues().getFirst();
        SweepOptions.MllibFinished finished = sweep.runMllib(source, parsed.hasMatchedOption("--init"), err,
                verbosity.quiet, ProgressBar.forTerminal(err, verbosity.quiet), commandLine);
        if (output.out != null) {
            try (AtomicDirectory dir = AtomicDirectory.create(output.out, output.force)) {
                dir.write("runs.csv", finished.outputs().runsCsv());
                dir.write("basins.csv", finished.outputs().basinsCsv());
                dir.write("restarts.csv", finished.outputs().restartsCsv());
                dir.write("traces.csv", finished.outputs().tracesCsv());
                dir.write("summary.json", Json.write(finished.outputs().summary()));
                dir.commit();
            }
        }
        if (output.json()) {
            out.print(Json.write(finished.outputs().summary()));
        } else if (!verbosity.quiet) {
            new SweepText(out).print(finished.source(), finished.finished().rows(), finished.finished().features().size(),
                    finished.finished().result(), output.out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
