package dev.basin.cli;

import dev.basin.BasinVersion;
import dev.basin.InvalidInputException;
import dev.basin.data.FileDigest;
import dev.basin.report.OutputComparison;
import dev.basin.report.RecordedRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code basin verify DIR}: Basin's promise that every figure can be reproduced, made checkable. Reads
 * the provenance in {@code DIR/summary.json}, checks that the input file still has the SHA-256 recorded
 * there, runs the recorded command again into a temporary directory (deleted afterwards) and compares
 * every file of DIR with the new one.
 *
 * <p>The re-run is the recorded command line with the seed made explicit (a {@code fit} without
 * {@code --random-state} drew its seed and recorded it) and without the options that only decide what is
 * printed and where files go. Paths in it, the input's included, are relative to the directory the
 * command first ran in, so run verify from there. Only the input file is checked by its digest; other
 * files the command read (an {@code --init} or {@code --truth} centers file) show up as differing outputs
 * if they changed.
 *
 * <p>Compared: every file in DIR line by line (in {@code runs.csv}, all but the {@code seconds} column),
 * and {@code summary.json} key by key, all but the keys that name the moment or the machine:
 * {@code time}, {@code seconds}, {@code mean_seconds}, {@code command_line}, {@code java_version} and
 * {@code threads}. {@code --threads N} re-runs with another thread count; results never depend on it,
 * so that checks determinism too.
 *
 * <p>Exit codes: 0 everything reproduced; 1 a difference (the first one is printed, or that the input
 * changed); 2 DIR is not a Basin output, or the input file or the command cannot be found or run.
 */
@Command(name = "verify", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Re-run a fit, sweep or report from its output directory and compare every figure.",
                "Check that DIR, written by 'basin fit' or 'basin sweep' with --out, reproduces",
                "bit for bit: checks the input file's SHA-256, runs the recorded command again into a",
                "temporary directory and compares every file (all but timings). Run it where the",
                "command first ran: the paths it recorded are relative to that directory.",
                "Exit code 0: reproduced; 1: a difference (the first one is printed) or a changed",
                "input; 2: DIR is not a Basin output, or its input or command cannot be found or run."})
final class VerifyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "An output directory of basin fit or basin sweep.")
    Path dir;

    @Option(names = "--threads", paramLabel = "N",
            description = "Re-run with N threads (0: all cores) instead of the recorded count; results must not depend on it.")
    Integer threads;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && threads < 0) {
            throw new InvalidInputException("--threads must be at least 1 (or 0 for all cores), got " + threads);
        }
        RecordedRun recorded = RecordedRun.read(dir);

        // A changed input explains every difference that would follow, so nothing is re-run.
        Path input = Path.of(recorded.input());
        if (!Files.exists(input)) {
            throw new InvalidInputException("input file " + recorded.input() + " named in " + recorded.summary()
                    + " not found (paths are relative to the directory the command ran in)");
        }
        String sha256 = FileDigest.sha256(input);
        if (!sha256.equals(recorded.inputSha256())) {
            out.println("input file " + recorded.input() + " changed since " + dir + " was written (sha256 "
                    + recorded.inputSha256() + " recorded, " + sha256 + " now); nothing re-run");
            out.flush();
            return ExitCodes.DIFFERENT;
        }

        OutputComparison.Outcome outcome;
        try (ScratchDirectory scratch = ScratchDirectory.create("basin-verify-")) {
            Path rerun = scratch.path().resolve("rerun");
            List<String> args = RerunArguments.of(recorded, rerun, threads);
            if (!verbosity.quiet) {
                List<String> shown = new ArrayList<>(List.of("basin"));
                shown.addAll(args);
                err.println("basin: re-running " + ShellWords.join(shown));
                err.flush();
            }
            rerun(recorded, args);
            outcome = OutputComparison.compare(dir, rerun);
        }
        if (outcome.difference().isPresent()) {
            // a figure that moved between versions of Basin is a different kind of news than one that did not
            String versions = recorded.basinVersion().equals(BasinVersion.get()) ? ""
                    : " (written by basin " + recorded.basinVersion() + ", re-run by basin " + BasinVersion.get() + ")";
            out.println("not reproduced: " + outcome.difference().get().describe(dir) + versions);
            out.flush();
            return ExitCodes.DIFFERENT;
        }
        out.println(dir + ": every figure reproduced bit for bit (" + outcome.filesCompared() + " files compared)");
        out.flush();
        return ExitCodes.OK;
    }

    /** Runs the command in this process; its own error, if any, becomes verify's. */
    private static void rerun(RecordedRun recorded, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BasinCommand.execute(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        if (code == ExitCodes.OK) {
            return;
        }
        String message = "re-running the command recorded in " + recorded.summary() + " failed: "
                + err.toString().strip();
        if (code == ExitCodes.BAD_INPUT) {
            throw new InvalidInputException(message);
        }
        throw new IllegalStateException(message + " (exit code " + code + ")");
    }
}
