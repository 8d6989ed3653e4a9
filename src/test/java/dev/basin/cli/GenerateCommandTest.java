package dev.basin.cli;

import dev.basin.data.CsvLoader;
import dev.basin.data.CsvOptions;
import dev.basin.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code basin generate blobs} end to end: the files, what they hold, and mistakes. */
class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesDataWithLabelsAndTheTrueCentersBesideIt() throws IOException {
        Path data = dir.resolve("data.csv");
        Cli result = Cli.run("generate", "blobs", "--n", "600", "--k", "4", "--dim", "3", "--overlap", "0.05",
                "--sizes", "3,1,1,1", "--random-state", "1", "--out", data.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("x0,x1,x2,cluster", Files.readAllLines(data).getFirst());
        assertEquals(601, Files.readAllLines(data).size());
        Path centers = dir.resolve("data-centers.csv");
        assertEquals(List.of("x0", "x1", "x2"), List.of(Files.readAllLines(centers).getFirst().split(",")));
        assertEquals(5, Files.readAllLines(centers).size());
        for (String expected : List.of("wrote " + data + ": 600 rows × 3 features (x0, x1, x2)",
                "wrote " + dir.resolve("data-centers.csv") + ": the 4 true centers", "overlap       0.0500 expected", "spread", "sizes         3,1,1,1: from 300 rows (blob 0) to 100 (blob 1)",
                "random_state  1")) {
            assertTrue(result.out().contains(expected), () -> "'" + expected + "' expected in:\n" + result.out());
        }
        // The files read back as Basin data: labels in 'cluster', counts as --sizes asks.
        Dataset loaded = CsvLoader.load(data, CsvOptions.defaults().withLabelColumn("cluster")).dataset();
        assertEquals(3, loaded.dims());
        long zeros = java.util.Arrays.stream(loaded.labels().orElseThrow()).filter("0"::equals).count();
        assertEquals(300, zeros);
        assertEquals(12, CsvLoader.readCenters(centers, loaded.features()).length);
        // and a sweep takes the centers as its truth
        Cli sweep = Cli.run("sweep", data.toString(), "-k", "4", "--seeds", "5", "--label-column", "cluster",
                "--truth", centers.toString(), "-q", "--format", "json");
        assertEquals(0, sweep.exitCode(), sweep.err());
        assertTrue(sweep.out().contains("success_rate_truth"));
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertEquals(0, Cli.run("generate", "blobs", "--n", "300", "--k", "3", "--random-state", "9", "--out", a.toString()).exitCode());
        assertEquals(0, Cli.run("generate", "blobs", "--n", "300", "--k", "3", "--random-state", "9", "--out", b.toString()).exitCode());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a-centers.csv")), Files.readAllBytes(dir.resolve("b-centers.csv")));
    }

    @Test
    void aDrawnSeedIsPrintedSoTheFileCanBeRepeated() {
        Cli result = Cli.run("generate", "blobs", "--n", "50", "--k", "2", "--out", dir.resolve("d.csv").toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("(drawn; give --random-state "), result.out());
    }

    @Test
    void refusesToOverwriteWithoutForce() throws IOException {
        Path data = dir.resolve("data.csv");
        Files.writeString(dir.resolve("data-centers.csv"), "keep me\n");
        Cli refused = Cli.run("generate", "blobs", "--n", "50", "--k", "2", "--random-state", "1", "--out", data.toString());
        assertEquals(ExitCodes.BAD_INPUT, refused.exitCode());
        assertTrue(refused.errLine().contains("data-centers.csv already exists") && refused.errLine().contains("--force"),
                refused.errLine());
        assertFalse(Files.exists(data), "nothing half-written");
        assertEquals("keep me\n", Files.readString(dir.resolve("data-centers.csv")));
        Cli forced = Cli.run("generate", "blobs", "--n", "50", "--k", "2", "--random-state", "1", "--out", data.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(dir.resolve("data-centers.csv")).startsWith("x0,x1\n"));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void badOptionsGetOneLineAndExitCode2() {
        String out = dir.resolve("x.csv").toString();
        List<List<String>> cases = List.of(
                List.of("--overlap", "1.5"),
                List.of("--overlap", "0.1", "--spread", "2"),
                List.of("--sizes", "1,2"),
                List.of("--sizes", "ratio:abc"),
                List.of("--k", "0"),
                List.of("--n", "3", "--k", "5"),
                List.of("--dim", "0"),
                List.of("--k", "2", "--dim", "1", "--overlap", "0.9"),
                List.of("--n", "ten"));
        for (List<String> bad : cases) {
            List<String> args = new java.util.ArrayList<>(List.of("generate", "blobs", "--out", out, "--random-state", "1"));
            args.addAll(bad);
            Cli result = Cli.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), bad + ": " + result.err());
            assertEquals(1, result.errLine().lines().count(), bad + ": " + result.err());
            assertTrue(result.errLine().startsWith("basin generate blobs: "), result.errLine());
            assertFalse(Files.exists(Path.of(out)), bad + " wrote a file");
        }
        Cli missingOut = Cli.run("generate", "blobs");
        assertEquals(ExitCodes.BAD_INPUT, missingOut.exitCode());
    }

    @Test
    void helpSaysWhatOverlapMeans() {
        Cli help = Cli.run("generate", "blobs", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().replaceAll("\\s+", " ").contains("closer to another blob's true center"), help.out());
        assertTrue(Cli.run("generate", "--help").out().contains("blobs"));
    }
}
