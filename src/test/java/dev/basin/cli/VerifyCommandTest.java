package dev.basin.cli;

import dev.basin.BasinVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code basin verify}: untouched outputs reproduce; a changed input, file or figure is found and named. */
class VerifyCommandTest {
    private static final String IRIS = "datasets/iris.csv";

    @TempDir
    Path dir;

    /** Three well separated groups of four rows: every run is quick. */
    private Path smallCsv() throws IOException {
        Path csv = dir.resolve("small.csv");
        Files.writeString(csv, """
                x,y
                0.0,0.1
                0.2,0.0
                0.1,0.3
                0.3,0.2
                5.0,5.1
                5.2,4.9
                4.9,5.3
                5.1,5.0
                9.0,0.2
                9.3,0.1
                8.8,0.4
                9.1,0.0
                """);
        return csv;
    }

    private static Cli succeed(String... args) {
        Cli result = Cli.run(args);
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        return result;
    }

    private static void assertReproduced(Cli verify, Path out, int files) {
        assertEquals(ExitCodes.OK, verify.exitCode(), () -> verify.out() + verify.err());
        assertEquals(out + ": every figure reproduced bit for bit (" + files + " files compared)",
                verify.out().strip());
    }

    private static void assertDifferent(Cli verify, String... fragments) {
        assertEquals(ExitCodes.DIFFERENT, verify.exitCode(), () -> verify.out() + verify.err());
        String line = verify.out().strip();
        assertFalse(line.contains("\n"), () -> "one line expected, got:\n" + verify.out());
        for (String fragment : fragments) {
            assertTrue(line.contains(fragment), () -> "'" + fragment + "' expected in: " + line);
        }
    }

    private static void assertBadInput(Cli verify, String... fragments) {
        assertEquals(ExitCodes.BAD_INPUT, verify.exitCode(), () -> verify.out() + verify.err());
        String line = verify.errLine();
        assertFalse(line.contains("\n"), () -> "one line expected, got:\n" + verify.err());
        for (String fragment : fragments) {
            assertTrue(line.contains(fragment), () -> "'" + fragment + "' expected in: " + line);
        }
        assertEquals("", verify.out());
    }

    private static Set<Path> scratchDirectories() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("basin-verify-")).collect(Collectors.toSet());
        }
    }

    @Test
    void anUntouchedFitReproducesWithAnotherThreadCount() throws IOException {
        Path out = dir.resolve("fit");
        succeed("fit", IRIS, "-k", "3", "--label-column", "species", "--init", "random", "--n-init", "3",
                "--random-state", "7", "--threads", "1", "--out", out.toString(), "-q");
        Set<Path> scratchBefore = scratchDirectories();
        Cli verify = Cli.run("verify", out.toString(), "--threads", "2");
        assertReproduced(verify, out, 3);
        assertTrue(verify.err().contains("basin: re-running basin fit datasets/iris.csv"), verify.err());
        assertTrue(verify.err().contains("--random-state 7 --threads 2 --out "), verify.err());
        assertEquals(scratchBefore, scratchDirectories(), "the temporary directory is deleted");
    }

    @Test
    void anUntouchedSweepReproducesWithAnotherThreadCount() {
        Path out = dir.resolve("sweep");
        succeed("sweep", IRIS, "-k", "3", "--seeds", "6", "--label-column", "species", "--keep-labels",
                "--threads", "1", "--out", out.toString(), "--format", "json");
        assertReproduced(Cli.run("verify", out.toString(), "--threads", "2", "-q"), out, 6);
    }

    @Test
    void aFitWithoutRandomStateReproducesFromItsRecordedSeed() throws IOException {
        Path out = dir.resolve("drawn");
        succeed("fit", smallCsv().toString(), "-k", "3", "--init", "random", "--n-init", "2", "--out", out.toString());
        assertReproduced(Cli.run("verify", out.toString(), "-q"), out, 3);
    }

    @Test
    void aChangedInputIsReportedAndNothingReRun() throws IOException {
        Path csv = smallCsv();
        Path out = dir.resolve("fit");
        succeed("fit", csv.toString(), "-k", "3", "--random-state", "1", "--out", out.toString(), "-q");
        Files.writeString(csv, Files.readString(csv).replace("5.2,4.9", "5.2,4.8"));
        Cli verify = Cli.run("verify", out.toString());
        assertDifferent(verify, "input file " + csv + " changed since " + out + " was written",
                "recorded", "now); nothing re-run");
        assertFalse(verify.err().contains("re-running"), verify.err());
    }

    @Test
    void anEditedOutputFileIsNamedWithItsLine() throws IOException {
        Path out = dir.resolve("sweep");
        succeed("sweep", smallCsv().toString(), "-k", "3", "--seeds", "4", "--init", "random", "--out",
                out.toString(), "-q");
        Path runs = out.resolve("runs.csv");
        List<String> lines = Files.readAllLines(runs);
        String[] fields = lines.get(2).split(",");
        String recorded = Double.toString(Math.nextUp(Double.parseDouble(fields[2]))); // one unit in the last place
        String original = fields[2];
        fields[2] = recorded;
        lines.set(2, String.join(",", fields));
        Files.write(runs, lines);
        assertDifferent(Cli.run("verify", out.toString(), "-q"),
                "not reproduced: " + runs + " line 3, column inertia: recorded " + recorded + " vs re-run " + original);
    }

    @Test
    void anEditedSummaryFigureIsNamedByItsPath() throws IOException {
        Path out = dir.resolve("sweep");
        succeed("sweep", smallCsv().toString(), "-k", "3", "--seeds", "4", "--out", out.toString(), "-q");
        Path summary = out.resolve("summary.json");
        String text = Files.readString(summary);
        Matcher best = Pattern.compile("\"best_inertia\": ([0-9.E-]+)").matcher(text);
        assertTrue(best.find(), text);
        String edited = Double.toString(Double.parseDouble(best.group(1)) * 2);
        Files.writeString(summary, text.substring(0, best.start(1)) + edited + text.substring(best.end(1)));
        assertDifferent(Cli.run("verify", out.toString(), "-q"),
                "summary.json initializers[0].best_inertia: recorded " + edited + " vs re-run " + best.group(1));
    }

    @Test
    void timingsAndTheCommandLineAreNotCompared() throws IOException {
        Path out = dir.resolve("fit");
        succeed("fit", smallCsv().toString(), "-k", "2", "--random-state", "3", "--out", out.toString(), "-q");
        Path summary = out.resolve("summary.json");
        Files.writeString(summary, Files.readString(summary)
                .replaceFirst("\"time\": \"[^\"]*\"", "\"time\": \"1999-01-01T00:00:00Z\"")
                .replaceFirst("\"java_version\": \"[^\"]*\"", "\"java_version\": \"8\""));
        assertReproduced(Cli.run("verify", out.toString(), "-q"), out, 3);
    }

    @Test
    void anotherVersionOfBasinIsNamedBesideTheDifference() throws IOException {
        Path out = dir.resolve("fit");
        succeed("fit", smallCsv().toString(), "-k", "2", "--random-state", "3", "--out", out.toString(), "-q");
        Path summary = out.resolve("summary.json");
        Files.writeString(summary, Files.readString(summary)
                .replaceFirst("\"basin_version\": \"[^\"]*\"", "\"basin_version\": \"0.0.1\""));
        assertDifferent(Cli.run("verify", out.toString(), "-q"),
                "summary.json provenance.basin_version: recorded \"0.0.1\" vs re-run \"" + BasinVersion.get() + "\"",
                "(written by basin 0.0.1, re-run by basin " + BasinVersion.get() + ")");
    }

    @Test
    void aDeletedOutputFileIsNotRequiredButAnExtraOneIsADifference() throws IOException {
        Path out = dir.resolve("fit");
        succeed("fit", smallCsv().toString(), "-k", "2", "--random-state", "3", "--out", out.toString(), "-q");
        Files.delete(out.resolve("labels.csv"));
        assertReproduced(Cli.run("verify", out.toString(), "-q"), out, 2);
        Files.writeString(out.resolve("notes.txt"), "mine\n"); // not a data file: not compared
        assertReproduced(Cli.run("verify", out.toString(), "-q"), out, 2);
        Files.writeString(out.resolve("extra.csv"), "a\n1\n");
        assertDifferent(Cli.run("verify", out.toString(), "-q"), "extra.csv", "(no such file)");
    }

    @Test
    void aDirectoryWithoutSummaryIsNotABasinOutput() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertBadInput(Cli.run("verify", empty.toString()), "has no summary.json");
        assertBadInput(Cli.run("verify", dir.resolve("nowhere").toString()), "no such directory");
    }

    @Test
    void aSummaryWithoutProvenanceIsNotABasinOutput() throws IOException {
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve("summary.json"), "{\"provenance\": {\"input\": \"x.csv\"}}\n");
        assertBadInput(Cli.run("verify", other.toString()), "no provenance.command_line");
        Files.writeString(other.resolve("summary.json"), "{\"provenance\": \n");
        assertBadInput(Cli.run("verify", other.toString()), "summary.json is not valid JSON at character");
    }

    @Test
    void aMissingInputIsBadInput() throws IOException {
        Path csv = smallCsv();
        Path out = dir.resolve("fit");
        succeed("fit", csv.toString(), "-k", "2", "--random-state", "3", "--out", out.toString(), "-q");
        Files.delete(csv);
        assertBadInput(Cli.run("verify", out.toString()), "input file " + csv + " named in "
                + out.resolve("summary.json") + " not found (paths are relative to the directory the command ran in)");
    }
}
