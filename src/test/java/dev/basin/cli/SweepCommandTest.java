package dev.basin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code basin sweep} end to end: the output contract, the printed table, seeds, threads and errors. */
class SweepCommandTest {
    private static final String IRIS = "datasets/iris.csv";

    @TempDir
    Path dir;

    @Test
    void writesTheDocumentedFiles() throws IOException {
        Path out = dir.resolve("sweep");
        Path truth = dir.resolve("truth.csv");
        Files.writeString(truth, "sepal_length,sepal_width,petal_length,petal_width\n"
                + "5.006,3.428,1.462,0.246\n5.936,2.77,4.26,1.326\n6.588,2.974,5.552,2.026\n");
        Cli result = Cli.run("sweep", IRIS, "-k", "3", "--seeds", "30", "--label-column", "species",
                "--truth", truth.toString(), "--out", out.toString(), "-q");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.out());
        assertEquals("init,seed,inertia,initial_inertia,n_iter,stop_reason,seconds,distance_computations,basin,"
                + "gap_to_best_pct,ci_to_best,ci_to_truth,ari_to_labels", firstLine(out.resolve("runs.csv")));
        assertEquals(61, Files.readAllLines(out.resolve("runs.csv")).size());
        assertTrue(firstLine(out.resolve("basins.csv")).startsWith("basin,inertia,gap_to_best_pct,ci_to_best,runs,share,"
                + "runs_k-means++,share_k-means++,example_seed_k-means++,runs_random,share_random,example_seed_random"));
        assertEquals("init,restarts,expected_best_inertia,p_best_basin", firstLine(out.resolve("restarts.csv")));
        assertEquals(101, Files.readAllLines(out.resolve("restarts.csv")).size(), "2 initializers × R = 50");
        assertEquals("init,seed,iteration,inertia", firstLine(out.resolve("traces.csv")));
        String summary = Files.readString(out.resolve("summary.json"));
        for (String key : List.of("initializers", "share_best_basin", "restarts_for_95pct", "basins", "n_basins",
                "success_rate_truth", "mean_ari_to_labels", "provenance", "command_line", "input_sha256")) {
            assertTrue(summary.contains("\"" + key + "\":"), () -> key + " missing from summary.json");
        }
    }

    @Test
    void printsATableThatSaysWhatToDo() {
        Cli result = Cli.run("sweep", IRIS, "-k", "3", "--seeds", "60", "--label-column", "species");
        assertEquals(0, result.exitCode(), result.err());
        String out = result.out();
        for (String expected : List.of("60 seeds × 2 initializers = 120 runs", "reach best", "restarts for 95%",
                "k-means++", "random", "distinct basin", "best first", "The best solution found has inertia")) {
            assertTrue(out.contains(expected), () -> "'" + expected + "' expected in:\n" + out);
        }
        assertTrue(out.contains("n_init") || out.contains("Restarts for a 95% chance"), out);
    }

    @Test
    void runsCsvDoesNotDependOnTheThreadCount() throws IOException {
        List<String> reference = null;
        for (String threads : List.of("1", "8")) {
            Path out = dir.resolve("t" + threads);
            Cli result = Cli.run("sweep", "datasets/wine.csv", "-k", "3", "--scale", "standard", "--seeds", "40",
                    "--init", "k-means++,random,maximin,random-partition", "--threads", threads, "--out",
                    out.toString(), "-q");
            assertEquals(0, result.exitCode(), result.err());
            List<String> rows = withoutColumn(Files.readAllLines(out.resolve("runs.csv")), "seconds");
            rows.addAll(Files.readAllLines(out.resolve("basins.csv")));
            rows.addAll(Files.readAllLines(out.resolve("restarts.csv")));
            rows.addAll(Files.readAllLines(out.resolve("traces.csv")));
            if (reference == null) {
                reference = rows;
            } else {
                assertEquals(reference, rows, "threads " + threads);
            }
        }
    }

    @Test
    void seedListRunsExactlyThoseSeeds() throws IOException {
        Path out = dir.resolve("list");
        Cli result = Cli.run("sweep", IRIS, "-k", "3", "--seed-list", "3,17,42", "--init", "random", "--out",
                out.toString(), "-q");
        assertEquals(0, result.exitCode(), result.err());
        List<String> seeds = Files.readAllLines(out.resolve("runs.csv")).stream().skip(1)
                .map(line -> line.split(",")[1]).toList();
        assertEquals(List.of("3", "17", "42"), seeds);
    }

    @Test
    void keepLabelsWritesOneColumnPerBasin() throws IOException {
        Path out = dir.resolve("labels");
        Cli result = Cli.run("sweep", IRIS, "-k", "3", "--seeds", "40", "--keep-labels", "--out", out.toString(), "-q");
        assertEquals(0, result.exitCode(), result.err());
        List<String> basins = Files.readAllLines(out.resolve("basins.csv"));
        List<String> labels = Files.readAllLines(out.resolve("basin_labels.csv"));
        assertEquals(151, labels.size());
        assertEquals(basins.size(), labels.getFirst().split(",").length, "row + one column per basin");
    }

    @Test
    void jsonOnStdout() {
        Cli result = Cli.run("sweep", IRIS, "-k", "3", "--seeds", "10", "--format", "json");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("{\n  \"k\": 3,"), result.out());
    }

    @Test
    void badInputGetsOneLine() throws IOException {
        assertBad(Cli.run("sweep", IRIS, "-k", "3", "--seeds", "0"), "--seeds");
        assertBad(Cli.run("sweep", IRIS, "-k", "3", "--seed-list", "1,2,1"), "twice");
        assertBad(Cli.run("sweep", IRIS, "-k", "3", "--init", "k-means++,k-means++"), "twice");
        assertBad(Cli.run("sweep", IRIS, "-k", "3", "--init", "best"), "best");
        assertBad(Cli.run("sweep", IRIS, "-k", "3", "--seed-start", "-4"), "--seed-start");
        Path out = Files.createDirectory(dir.resolve("exists"));
        assertBad(Cli.run("sweep", IRIS, "-k", "3", "--out", out.toString()), "--force");
    }

    private static void assertBad(Cli result, String fragment) {
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), result.err());
        assertFalse(result.errLine().contains("\n"), result.err());
        assertTrue(result.errLine().contains(fragment), () -> fragment + " expected in: " + result.err());
    }

    private static String firstLine(Path file) throws IOException {
        return Files.readAllLines(file).getFirst();
    }

    private static List<String> withoutColumn(List<String> lines, String column) {
        int index = Arrays.asList(lines.getFirst().split(",")).indexOf(column);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            List<String> fields = new ArrayList<>(Arrays.asList(line.split(",", -1)));
            fields.remove(index);
            out.add(String.join(",", fields));
        }
        return out;
    }
}
