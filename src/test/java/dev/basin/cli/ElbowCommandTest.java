package dev.basin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code basin elbow} end to end: the files, the table, reproducibility and mistakes. */
class ElbowCommandTest {
    private static final String IRIS = "datasets/iris.csv";

    @TempDir
    Path dir;

    @Test
    void writesTheDocumentedFilesAndCharts() throws IOException {
        Path out = dir.resolve("elbow");
        Cli result = Cli.run("elbow", IRIS, "--k", "2..6", "--seeds", "8", "--label-column", "species",
                "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("k,runs,inertia_min,inertia_median,inertia_max,silhouette_min,silhouette_median,silhouette_max,"
                + "silhouette_of_best,elbow_seeds,silhouette_seeds,ari_median,ari_of_best", firstLine(out.resolve("elbow.csv")));
        assertEquals(6, Files.readAllLines(out.resolve("elbow.csv")).size());
        assertEquals("k,seed,inertia,n_iter,stop_reason,silhouette,ari_to_labels", firstLine(out.resolve("elbow_runs.csv")));
        assertEquals(41, Files.readAllLines(out.resolve("elbow_runs.csv")).size());
        assertEquals("seed,elbow_k,best_silhouette_k", firstLine(out.resolve("elbow_seeds.csv")));
        assertEquals(9, Files.readAllLines(out.resolve("elbow_seeds.csv")).size());
        String json = Files.readString(out.resolve("elbow.json"));
        for (String key : List.of("ks", "seeds", "elbow_rule", "elbow_of_median_curve", "elbow_seeds_by_k", "silhouette",
                "exact", "by_k", "provenance", "command_line", "input_sha256")) {
            assertTrue(json.contains("\"" + key + "\":"), () -> key + " missing from elbow.json");
        }
        for (String chart : List.of("elbow-inertia", "elbow-silhouette", "elbow-votes")) {
            assertTrue(Files.size(out.resolve("charts/" + chart + ".png")) > 1000, chart);
            assertTrue(Files.exists(out.resolve("charts/" + chart + ".svg")), chart);
        }
        for (String expected : List.of("150 rows × 4 features; k = 2..6, 8 seeds each, k-means++: 40 runs",
                "inertia lowest", "silhouette seeds", "ARI median", "agree best with the reference labels (median ARI) at k = 3",
                "Silhouette: exact, on all 150 rows", "Elbow rule (kneedle)")) {
            assertTrue(result.out().contains(expected), () -> "'" + expected + "' expected in:\n" + result.out());
        }
    }

    @Test
    void withoutLabelsThereIsNoAriColumn() throws IOException {
        Path out = dir.resolve("nolabels");
        Cli result = Cli.run("elbow", IRIS, "--k", "2..4", "--seeds", "3", "--out", out.toString(), "-q");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("k,seed,inertia,n_iter,stop_reason,silhouette", firstLine(out.resolve("elbow_runs.csv")));
        assertFalse(Files.readString(out.resolve("elbow.json")).contains("ari_"));
    }

    @Test
    void largeDataStatesItsSilhouetteSample() {
        Cli result = Cli.run("elbow", IRIS, "--k", "2..4", "--seeds", "3", "--label-column", "species",
                "--silhouette-sample", "60", "--silhouette-seed", "4");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("on a random sample of 60 of 150 rows (sample seed 4"), result.out());
    }

    @Test
    void theSameCommandGivesTheSameFiguresOnAnyThreadCount() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, Cli.run("elbow", IRIS, "--k", "2..5", "--seeds", "6", "--label-column", "species",
                "--init", "random", "--threads", "1", "--out", a.toString(), "-q").exitCode());
        assertEquals(0, Cli.run("elbow", IRIS, "--k", "2..5", "--seeds", "6", "--label-column", "species",
                "--init", "random", "--threads", "2", "--out", b.toString(), "-q").exitCode());
        for (String file : List.of("elbow.csv", "elbow_runs.csv", "elbow_seeds.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
    }

    @Test
    void everyRowReplaysAsAFit() throws IOException {
        Path out = dir.resolve("e");
        assertEquals(0, Cli.run("elbow", IRIS, "--k", "3,5", "--seed-list", "11,12", "--label-column", "species",
                "--out", out.toString(), "-q").exitCode());
        String row = Files.readAllLines(out.resolve("elbow_runs.csv")).get(4); // k = 5, seed 12
        assertTrue(row.startsWith("5,12,"), row);
        Cli fit = Cli.run("fit", IRIS, "-k", "5", "--label-column", "species", "--random-state", "12", "--n-init", "1",
                "--format", "json");
        assertTrue(fit.out().contains("\"inertia\": " + row.split(",")[2]), row + "\n" + fit.out());
    }

    @Test
    void refusesToOverwriteWithoutForce() throws IOException {
        Path out = dir.resolve("exists");
        Files.createDirectories(out);
        Cli refused = Cli.run("elbow", IRIS, "--k", "2..3", "--seeds", "2", "--label-column", "species", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, refused.exitCode());
        assertTrue(refused.errLine().contains("already exists") && refused.errLine().contains("--force"), refused.errLine());
        Cli forced = Cli.run("elbow", IRIS, "--k", "2..3", "--seeds", "2", "--label-column", "species", "--out",
                out.toString(), "--force", "-q");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.exists(out.resolve("elbow.csv")));
    }

    @Test
    void badInputGetsOneLineAndExitCode2() {
        List<List<String>> cases = List.of(
                List.of("--k", "5..2"),
                List.of("--k", "2..x"),
                List.of("--k", "0..3"),
                List.of("--k", "2..200"),
                List.of("--k", "2,4,8", "--elbow-rule", "second-difference"),
                List.of("--k", "2..4", "--elbow-rule", "gap"),
                List.of("--k", "2..4", "--init", "centers.csv"),
                List.of("--k", "2..4", "--init", "best"),
                List.of("--k", "2..4", "--seeds", "0"),
                List.of("--k", "2..4", "--seed-list", "1,1"),
                List.of("--k", "2..4", "--silhouette-sample", "1"),
                List.of("--k", "2..4", "--silhouette-sample", "100000"),
                List.of("--k", "2..4", "--columns", "nope"),
                List.of("--k", "2..4", "--format", "xml"));
        for (List<String> bad : cases) {
            List<String> args = new ArrayList<>(List.of("elbow", IRIS, "--label-column", "species", "--seeds", "2"));
            args.addAll(bad);
            Cli result = Cli.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), bad + ": " + result.err());
            assertEquals(1, result.errLine().lines().count(), bad + ": " + result.err());
            assertTrue(result.errLine().startsWith("basin elbow: "), result.errLine());
        }
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("elbow", IRIS).exitCode(), "--k is required");
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("elbow", dir.resolve("missing.csv").toString(), "--k", "2..3").exitCode());
        assertFalse(Cli.run("elbow", "--help").out().isEmpty());
    }

    private static String firstLine(Path file) throws IOException {
        return Files.readAllLines(file).getFirst();
    }
}
