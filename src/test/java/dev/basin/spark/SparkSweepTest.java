package dev.basin.spark;

import dev.basin.analysis.RunExecutor;
import dev.basin.analysis.Sweep;
import dev.basin.analysis.SweepConfig;
import dev.basin.analysis.SweepResult;
import dev.basin.data.Dataset;
import dev.basin.data.Generators;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.init.KMeansPlusPlus;
import dev.basin.kmeans.init.Maximin;
import dev.basin.kmeans.init.RandomRows;
import dev.basin.report.OutputComparison;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.basin.cli.BasinCommand;
import dev.basin.report.SweepOutputs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --engine spark} on {@code local[2,2]} (two cores, a failed task tried once more): the same outputs as
 * the local engine, also when a task fails and Spark runs it again.
 */
class SparkSweepTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSessions.start("local[2,2]", "SparkSweepTest");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void sparkEngineWritesWhatTheLocalEngineWrites() throws java.io.IOException {
        Path local = dir.resolve("local");
        Path onSpark = dir.resolve("spark");
        List<String> sweep = List.of("sweep", "datasets/iris.csv", "-k", "3", "--seeds", "40", "--label-column",
                "species", "--init", "k-means++,random,maximin", "--keep-labels", "--trace-runs", "30", "-q");
        assertEquals(0, cli(sweep, "--out", local.toString()));
        assertEquals(0, cli(sweep, "--out", onSpark.toString(), "--engine", "spark", "--master", "local[2,2]"));
        OutputComparison.Outcome outcome = OutputComparison.compare(local, onSpark);
        assertTrue(outcome.difference().isEmpty(), () -> outcome.difference().orElseThrow().toString());
        assertEquals(6, outcome.filesCompared(), "runs, traces, basins, restarts, basin labels and summary");
        String summary = Files.readString(onSpark.resolve("summary.json"));
        assertTrue(summary.contains("\"engine\": \"spark\""), summary);
        assertTrue(Files.readString(local.resolve("summary.json")).contains("\"engine\": \"local\""));
        assertEquals(0, cli(List.of("verify", onSpark.toString())), "a sweep made on Spark verifies locally");
    }

    @Test
    void fitRestartsOnSparkGiveTheLocalFit() {
        Path local = dir.resolve("local-fit");
        Path onSpark = dir.resolve("spark-fit");
        List<String> fit = List.of("fit", "datasets/iris.csv", "-k", "3", "--init", "random", "--n-init", "12",
                "--random-state", "7", "--label-column", "species", "-q");
        assertEquals(0, cli(fit, "--out", local.toString()));
        assertEquals(0, cli(fit, "--out", onSpark.toString(), "--engine", "spark"));
        OutputComparison.Outcome outcome = OutputComparison.compare(local, onSpark);
        assertTrue(outcome.difference().isEmpty(), () -> outcome.difference().orElseThrow().toString());
        assertEquals(3, outcome.filesCompared(), "labels, centers and summary");
    }

    @Test
    void aTaskThatFailsOnceAndRunsAgainChangesNothing() {
        Dataset data = Generators.blobs(400, 6, 2, 2.5, 11).data();
        SweepConfig config = SweepConfig.of(KMeansConfig.defaults(6),
                List.of(KMeansPlusPlus.greedy(), new RandomRows()), SweepConfig.seedRange(0, 50));
        int failuresBefore = SparkRunExecutor.INJECTED_FAILURES.get();
        SweepResult retried = Sweep.run(data, config, null, new SparkRunExecutor(spark, 3), Sweep.Progress.NONE);
        assertEquals(failuresBefore + 1, SparkRunExecutor.INJECTED_FAILURES.get(), "task 3 failed once, then ran again");
        assertSameSweep(Sweep.run(data, config, null, RunExecutor.LOCAL, Sweep.Progress.NONE), retried);
    }

    @Test
    void basinLabelsAreCompleteWhenTasksFoundTooManyToSend() {
        Dataset data = Generators.blobs(300, 8, 2, 3.0, 5).data();
        long[] seeds = SweepConfig.seedRange(0, 60);
        List<dev.basin.kmeans.init.Initializer> inits = List.of(new RandomRows(), new Maximin());
        KMeansConfig engine = KMeansConfig.defaults(8);
        SweepResult local = Sweep.run(data, SweepConfig.of(engine, inits, seeds), Sweep.Progress.NONE);
        int basins = local.basins().size();
        assertTrue(basins > 2, "the test needs several basins, got " + basins);
        // a budget of exactly the basins' labels: each task may send the labels of one partition only, so
        // most of them are replayed
        SweepConfig tight = new SweepConfig(engine, inits, seeds, 200, (long) basins * data.rows(), 50);
        SweepResult onSpark = Sweep.run(data, tight, null, new SparkRunExecutor(spark), Sweep.Progress.NONE);
        assertEquals(basins, onSpark.basinLabels().size());
        for (int b = 0; b < basins; b++) {
            assertArrayEquals(local.basinLabels().get(b), onSpark.basinLabels().get(b), "basin " + (b + 1));
        }
        SweepConfig tooSmall = new SweepConfig(engine, inits, seeds, 200, (long) (basins - 1) * data.rows(), 50);
        assertTrue(Sweep.run(data, tooSmall, null, new SparkRunExecutor(spark), Sweep.Progress.NONE)
                .basinLabels().isEmpty(), "more basins than the budget: no labels, as in a local sweep");
    }

    @Test
    void runsAreDealtEvenly() {
        List<int[]> tasks = SparkRunExecutor.dealRuns(10, 4);
        assertArrayEquals(new int[]{0, 4, 8}, tasks.get(0));
        assertArrayEquals(new int[]{1, 5, 9}, tasks.get(1));
        assertArrayEquals(new int[]{2, 6}, tasks.get(2));
        assertArrayEquals(new int[]{3, 7}, tasks.get(3));
    }

    /** Every output file's text, the seconds column of runs.csv left out. */
    static void assertSameSweep(SweepResult expected, SweepResult actual) {
        SweepOutputs a = outputs(expected);
        SweepOutputs b = outputs(actual);
        assertEquals(withoutSeconds(a.runsCsv()), withoutSeconds(b.runsCsv()));
        assertEquals(a.basinsCsv(), b.basinsCsv());
        assertEquals(a.restartsCsv(), b.restartsCsv());
        assertEquals(a.tracesCsv(), b.tracesCsv());
        assertEquals(expected.basinLabels().size(), actual.basinLabels().size());
        for (int i = 0; i < expected.basinLabels().size(); i++) {
            assertArrayEquals(expected.basinLabels().get(i), actual.basinLabels().get(i));
        }
    }

    private static SweepOutputs outputs(SweepResult sweep) {
        return new SweepOutputs(sweep, List.of("x", "y"), 0, null);
    }

    private static String withoutSeconds(String runsCsv) {
        StringBuilder kept = new StringBuilder();
        for (String line : runsCsv.split("\n")) {
            List<String> fields = new java.util.ArrayList<>(List.of(line.split(",", -1)));
            fields.remove(6); // seconds
            kept.append(String.join(",", fields)).append('\n');
        }
        return kept.toString();
    }

    /** Runs the command line in this JVM; prints stderr when it fails. */
    private static int cli(List<String> args, String... more) {
        String[] all = java.util.stream.Stream.concat(args.stream(), Arrays.stream(more)).toArray(String[]::new);
        StringWriter err = new StringWriter();
        int code = BasinCommand.execute(all, new PrintWriter(new StringWriter()), new PrintWriter(err));
        if (code != 0) {
            System.err.println(err);
        }
        return code;
    }
}
