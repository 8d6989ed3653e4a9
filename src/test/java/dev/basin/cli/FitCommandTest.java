package dev.basin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code basin fit} end to end on the bundled data: summary, files, replay, thread independence. */
class FitCommandTest {
    private static final String IRIS = "datasets/iris.csv";

    @TempDir
    Path dir;

    @Test
    void printsTheSummaryAUserNeeds() {
        Cli result = Cli.run("fit", IRIS, "-k", "3", "--label-column", "species", "--n-init", "4",
                "--random-state", "11");
        assertEquals(0, result.exitCode(), result.err());
        String out = result.out();
        for (String expected : List.of("150 rows × 4 features", "inertia", "iterations", "best restart",
                "replay alone", "basin fit datasets/iris.csv -k 3 --label-column species", "--random-state",
                "--n-init 1", "cluster sizes", "ARI vs species", "restart")) {
            assertTrue(out.contains(expected), () -> "'" + expected + "' expected in:\n" + out);
        }
    }

    @Test
    void writesLabelsCentersAndSummary() throws IOException {
        Path out = dir.resolve("fit");
        Cli result = Cli.run("fit", IRIS, "-k", "3", "--label-column", "species", "--random-state", "3",
                "--scale", "standard", "--out", out.toString(), "-q");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.out(), "quiet prints nothing");
        List<String> labels = Files.readAllLines(out.resolve("labels.csv"));
        assertEquals("row,cluster", labels.getFirst());
        assertEquals(151, labels.size());
        List<String> centers = Files.readAllLines(out.resolve("centers.csv"));
        assertEquals("cluster,sepal_length,sepal_width,petal_length,petal_width,scaled_sepal_length,"
                + "scaled_sepal_width,scaled_petal_length,scaled_petal_width", centers.getFirst());
        assertEquals(4, centers.size());
        String summary = Files.readString(out.resolve("summary.json"));
        for (String key : List.of("inertia", "n_iter", "stop_reason", "random_state", "best_restart", "restarts",
                "k", "n_rows", "n_features", "features", "centers", "cluster_sizes", "init", "algorithm",
                "ari_to_labels", "provenance", "input_sha256", "rng_algorithm", "java_version", "basin_version")) {
            assertTrue(summary.contains("\"" + key + "\":"), () -> key + " missing from summary.json");
        }
        // centers are in original units: the setosa center's petal length is about 1.46 cm
        assertTrue(centers.stream().skip(1).anyMatch(l -> l.split(",")[3].startsWith("1.4")), centers::toString);
    }

    @Test
    void jsonOnStdoutIsTheSummaryDocument() throws IOException {
        Path out = dir.resolve("fit");
        Cli result = Cli.run("fit", IRIS, "-k", "3", "--random-state", "5", "--format", "json",
                "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(Files.readString(out.resolve("summary.json")), result.out());
        // regression: the subcommand was once recorded twice
        assertTrue(result.out().contains("\"command_line\": [\"basin\", \"fit\", \"datasets/iris.csv\","), result.out());
    }

    @Test
    void forceReplacesAnExistingDirectory() throws IOException {
        Path out = Files.createDirectory(dir.resolve("fit"));
        Files.writeString(out.resolve("old.txt"), "old");
        Cli result = Cli.run("fit", IRIS, "-k", "3", "--random-state", "5", "--out", out.toString(), "--force", "-q");
        assertEquals(0, result.exitCode(), result.err());
        assertFalse(Files.exists(out.resolve("old.txt")));
        assertTrue(Files.exists(out.resolve("summary.json")));
    }

    @Test
    void theWinningRestartReplaysAloneFromItsSeed() throws IOException {
        Path all = dir.resolve("all");
        Cli fit = Cli.run("fit", IRIS, "-k", "4", "--init", "random", "--n-init", "10", "--random-state", "2024",
                "--out", all.toString());
        assertEquals(0, fit.exitCode(), fit.err());
        Matcher seed = Pattern.compile("best restart\\s+\\d+ of 10, seed (\\d+)").matcher(fit.out());
        assertTrue(seed.find(), fit.out());
        Path one = dir.resolve("one");
        Cli replay = Cli.run("fit", IRIS, "-k", "4", "--init", "random", "--n-init", "1", "--random-state",
                seed.group(1), "--out", one.toString(), "-q");
        assertEquals(0, replay.exitCode(), replay.err());
        assertEquals(Files.readString(all.resolve("labels.csv")), Files.readString(one.resolve("labels.csv")));
        assertEquals(Files.readString(all.resolve("centers.csv")), Files.readString(one.resolve("centers.csv")));
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws IOException {
        String reference = null;
        for (String threads : List.of("1", "2", "8")) {
            Path out = dir.resolve("t" + threads);
            Cli result = Cli.run("fit", "datasets/digits.csv", "-k", "10", "--label-column", "digit", "--init",
                    "random", "--n-init", "4", "--random-state", "9", "--threads", threads, "--out", out.toString(), "-q");
            assertEquals(0, result.exitCode(), result.err());
            String files = Files.readString(out.resolve("labels.csv")) + Files.readString(out.resolve("centers.csv"));
            if (reference == null) {
                reference = files;
            } else {
                assertEquals(reference, files, "threads " + threads);
            }
        }
    }

    @Test
    void aDrawnSeedIsPrintedSoTheRunCanBeRepeated() {
        Cli result = Cli.run("fit", IRIS, "-k", "3");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("(drawn; pass --random-state "), result.out());
    }

    @Test
    void versionAndHelp() {
        Cli version = Cli.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("basin "), version.out());
        Cli help = Cli.run("fit", "--help");
        assertEquals(0, help.exitCode());
        for (String option : List.of("--init", "--n-init", "--max-iter", "--tol", "--random-state", "--empty-cluster",
                "--threads", "--columns", "--label-column", "--weight-column", "--scale", "--missing", "--out",
                "--format", "--force", "--quiet", "--verbose", "--local-trials", "--delimiter")) {
            assertTrue(help.out().contains(option), () -> option + " missing from help");
        }
    }
}
