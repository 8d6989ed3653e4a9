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

/** Random swap from the command line: {@code fit --algorithm random-swap}, sweep rows, {@code --budget}, errors. */
class RandomSwapCommandTest {
    private static final String IRIS = "datasets/iris.csv";

    @TempDir
    Path dir;

    @Test
    void fitSaysItRanRandomSwapAndHowToReplayIt() {
        Cli result = Cli.run("fit", IRIS, "-k", "3", "--algorithm", "random-swap", "--swaps", "30",
                "--random-state", "1", "--n-init", "1");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("random-swap"), result.out());
        assertTrue(result.out().contains("30 swaps"), result.out());
        assertTrue(result.out().contains("--algorithm random-swap --swaps 30 --random-state 1"), result.out());
    }

    @Test
    void sweepAddsARandomSwapRowPerInitializer() throws IOException {
        Path out = dir.resolve("sweep");
        Cli result = Cli.run("sweep", IRIS, "-k", "3", "--init", "k-means++,random", "--random-swap", "--swaps", "10",
                "--seeds", "4", "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("4 seeds × 4 rows = 16 runs"), result.out());
        assertTrue(result.out().contains("k-means++ + random swap: "), result.out());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertTrue(runs.getFirst().endsWith(",ci_to_best,restarts,swaps"), runs.getFirst());
        assertEquals(List.of("k-means++", "k-means++ + random swap", "random", "random + random swap"),
                runs.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().toList());
        for (String line : runs.subList(1, runs.size())) {
            String[] fields = line.split(",");
            boolean swapRow = fields[0].endsWith("+ random swap");
            assertEquals(swapRow ? "10" : "0", fields[fields.length - 1], line);
            assertEquals("1", fields[fields.length - 2], line);
        }
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"mean_swaps\":"), summary);
        assertTrue(summary.contains("\"swap_schedule\": \"10 swaps\""), summary);
        assertTrue(Files.readString(out.resolve("basins.csv")).contains("runs_random + random swap"));
    }

    @Test
    void budgetGivesEveryRowTheSameCostAndSaysWhatEachGot() throws IOException {
        Path out = dir.resolve("budget");
        long budget = 200_000;
        Cli result = Cli.run("sweep", IRIS, "-k", "3", "--init", "random", "--random-swap", "--budget", "2e5",
                "--seeds", "5", "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("budget: 200,000 distance computations per seed"), result.out());
        assertTrue(result.out().contains("random: ") && result.out().contains("restarts)"), result.out());
        assertTrue(result.out().contains("swaps tried)"), result.out());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        List<String> header = Arrays.asList(runs.getFirst().split(","));
        int distances = header.indexOf("distance_computations");
        for (String line : runs.subList(1, runs.size())) {
            long spent = Long.parseLong(line.split(",")[distances]);
            assertTrue(spent >= budget && spent < budget * 1.2, "spent " + spent + " of " + budget + ": " + line);
        }
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"budget\": 200000"), summary);
    }

    @Test
    void everyBudgetRunReplaysAloneWithFit() throws IOException {
        Path out = dir.resolve("replay");
        Cli sweep = Cli.run("sweep", IRIS, "-k", "3", "--init", "random", "--random-swap", "--budget", "150000",
                "--seeds", "3", "--seed-start", "7", "--out", out.toString(), "-q");
        assertEquals(0, sweep.exitCode(), sweep.err());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        List<String> header = Arrays.asList(runs.getFirst().split(","));
        for (String line : runs.subList(1, runs.size())) {
            String[] f = line.split(",");
            List<String> args = new ArrayList<>(List.of("fit", IRIS, "-k", "3", "--init", "random", "--random-state",
                    f[header.indexOf("seed")], "--n-init", f[header.indexOf("restarts")], "--format", "json"));
            if (f[0].endsWith("+ random swap")) {
                args.addAll(List.of("--algorithm", "random-swap", "--swaps", f[header.indexOf("swaps")]));
            }
            Cli fit = Cli.run(args.toArray(String[]::new));
            assertEquals(0, fit.exitCode(), fit.err());
            java.util.regex.Matcher inertia = java.util.regex.Pattern.compile("\"inertia\": ([^,\\s]+)").matcher(fit.out());
            assertTrue(inertia.find(), fit.out());
            assertEquals(Double.parseDouble(f[header.indexOf("inertia")]), Double.parseDouble(inertia.group(1)), line);
        }
    }

    @Test
    void algorithmRandomSwapMakesEveryRowRandomSwap() throws IOException {
        Path out = dir.resolve("all");
        Cli result = Cli.run("sweep", IRIS, "-k", "3", "--init", "k-means++", "--algorithm", "random-swap",
                "--swaps-without-improvement", "5", "--seeds", "3", "--out", out.toString(), "-q");
        assertEquals(0, result.exitCode(), result.err());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertTrue(runs.subList(1, runs.size()).stream().allMatch(l -> l.startsWith("k-means++ + random swap,")));
    }

    @Test
    void reportShowsTheRandomSwapRowsAndCitesFranti() throws IOException {
        Path out = dir.resolve("report");
        Cli result = Cli.run("report", IRIS, "-k", "3", "--init", "random", "--random-swap", "--budget", "1e5",
                "--seeds", "6", "--out", out.toString(), "-q");
        assertEquals(0, result.exitCode(), result.err());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("random + random swap"), "row in the report");
        assertTrue(html.contains("Efficiency of random swap clustering"), "reference");
        assertTrue(html.contains("Equal budget: every row spent about 100,000"), "budget stated");
        assertTrue(html.contains("cost per seed"), "costs column");
        assertTrue(html.contains("6 seeds × 2 rows"), "title counts rows");
        Path again = dir.resolve("again");
        Cli fromDir = Cli.run("report", "--from", out.toString(), "--out", again.toString(), "-q");
        assertEquals(0, fromDir.exitCode(), fromDir.err());
        assertTrue(Files.readString(again.resolve("index.html")).contains("Equal budget"));
    }

    private static void assertBadInput(Cli result, String... fragments) {
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), () -> "exit code; stderr was: " + result.err());
        String line = result.errLine();
        assertFalse(line.contains("\n"), () -> "one line expected, got:\n" + result.err());
        assertFalse(line.contains("Exception") || line.contains("\tat "), () -> "no stack trace: " + line);
        for (String fragment : fragments) {
            assertTrue(line.contains(fragment), () -> "'" + fragment + "' expected in: " + line);
        }
    }

    @Test
    void badInputGetsOneLineAndExitCode2() {
        assertBadInput(Cli.run("fit", IRIS, "-k", "3", "--swaps", "10"), "--swaps applies to random swap only");
        assertBadInput(Cli.run("fit", IRIS, "-k", "3", "--algorithm", "random-swap", "--swaps", "-1"), "--swaps",
                "at least 0");
        assertBadInput(Cli.run("fit", IRIS, "-k", "3", "--algorithm", "random-swap", "--swaps-without-improvement", "0"),
                "at least 1");
        assertBadInput(Cli.run("fit", IRIS, "-k", "3", "--algorithm", "random-swap", "--swaps", "5",
                "--swaps-without-improvement", "5"), "give one of them");
        assertBadInput(Cli.run("fit", IRIS, "-k", "3", "--algorithm", "random-swap", "--empty-cluster", "error"),
                "relocate or keep");
        assertBadInput(Cli.run("fit", IRIS, "-k", "3", "--algorithm", "randomswap"), "unknown algorithm", "random-swap");
        assertBadInput(Cli.run("sweep", IRIS, "-k", "3", "--budget", "lots"), "--budget", "5e6");
        assertBadInput(Cli.run("sweep", IRIS, "-k", "3", "--budget", "0"), "--budget", "at least 1");
        assertBadInput(Cli.run("sweep", IRIS, "-k", "3", "--budget", "1.5"), "whole number");
        assertBadInput(Cli.run("sweep", IRIS, "-k", "3", "--random-swap", "--budget", "1e6", "--swaps", "9"),
                "leave out --swaps");
        assertBadInput(Cli.run("sweep", IRIS, "-k", "3", "--random-swap", "--algorithm", "random-swap"),
                "give one of them");
        assertBadInput(Cli.run("sweep", IRIS, "-k", "3", "--swaps", "9"), "add --algorithm random-swap");
    }
}
