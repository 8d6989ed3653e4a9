package dev.basin.cli;

import dev.basin.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code basin demo}: a report on a bundled data set where the seed visibly matters, fifteen overlapping
 * blobs in the plane with known true centers ({@code datasets/blobs15.csv}).
 */
@Command(name = "demo", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Write the demo report (15 overlapping blobs, where the seed matters) and print its path.",
                "The report is on datasets/blobs15.csv (15 overlapping blobs with known centers, where the seed",
                "visibly matters) into reports/demo/ and print the path of its index.html.",
                "The same as: basin report " + DemoCommand.DATA + " -k 15 --seeds 200 --init k-means++,random"
                        + " --label-column cluster --truth " + DemoCommand.TRUTH + " --out reports/demo --force"})
final class DemoCommand implements Callable<Integer> {
    static final String DATA = "datasets/blobs15.csv";
    static final String TRUTH = "datasets/blobs15-centers.csv";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports/demo",
            description = "Where to write the report (replaced if it exists). Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "200", description = "Seeds per initializer. Default: ${DEFAULT-VALUE}.")
    int seeds;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path home = home();
        Path data = home.resolve(DATA);
        if (!Files.isRegularFile(data)) {
            throw new InvalidInputException("the demo data " + data + " is missing; run basin demo from the Basin"
                    + " directory (or through its basin launcher)");
        }
        Path target = out.isAbsolute() ? out : home.resolve(out);
        List<String> args = new ArrayList<>(List.of("report", relative(home, data), "-k", "15", "--seeds",
                Integer.toString(seeds), "--init", "k-means++,random", "--label-column", "cluster", "--truth",
                relative(home, home.resolve(TRUTH)), "--out", relative(home, target), "--force", "-q"));
        if (verbosity.verbose) {
            args.add("-v");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        java.io.StringWriter reportOut = new java.io.StringWriter();
        int code = BasinCommand.execute(args.toArray(String[]::new), new PrintWriter(reportOut),
                spec.commandLine().getErr());
        if (code != ExitCodes.OK) {
            return code;
        }
        if (!verbosity.quiet) {
            stdout.println("Basin demo: 15 overlapping blobs, k = 15, " + seeds + " seeds of k-means++ and of random"
                    + " initialization. Open the report:");
        }
        stdout.println(reportOut.toString().strip());
        stdout.flush();
        return ExitCodes.OK;
    }

    /** Basin's directory: where the launcher lives ({@code BASIN_HOME}), else the working directory. */
    static Path home() {
        String home = System.getenv("BASIN_HOME");
        return home == null || home.isBlank() ? Path.of("").toAbsolutePath() : Path.of(home);
    }

    /** {@code file} relative to the working directory when it is below it, so commands in the report stay short. */
    private static String relative(Path home, Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }
}
