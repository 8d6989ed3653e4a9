package dev.basin.analysis;

import dev.basin.data.Dataset;
import dev.basin.kmeans.KMeans;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.RunResult;
import dev.basin.kmeans.init.Initializer;
import dev.basin.kmeans.init.KMeansPlusPlus;
import dev.basin.kmeans.init.RandomRows;
import dev.basin.report.SweepOutputs;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sweeps over a dataset whose local optima are known by hand: the corners of a 10 × 1 rectangle, k = 2.
 * Splitting left | right gives inertia 4 × 0.5² = 1; splitting top | bottom gives 4 × 5² = 100, and is a
 * fixed point of Lloyd (each corner is nearest the center at its own height). No other partition is
 * stable, so there are exactly two basins. Random initialization picks 2 of the 4 corners: the two pairs
 * that share an x (left pair, right pair) lead to top | bottom, the other four pairs to left | right,
 * so P(best basin) = 4/6.
 */
class SweepTest {
    private static final Dataset CORNERS = Dataset.of(new double[]{0, 0, 0, 1, 10, 0, 10, 1}, List.of("x", "y"));

    private static SweepConfig config(List<Initializer> inits, int seeds, int threads) {
        return new SweepConfig(KMeansConfig.defaults(2).withThreads(threads), inits, SweepConfig.seedRange(0, seeds),
                SweepConfig.DEFAULT_TRACE_RUNS, SweepConfig.DEFAULT_LABEL_BUDGET, SweepConfig.DEFAULT_MAX_RESTARTS);
    }

    @Test
    void findsTheTwoBasinsOfTheRectangle() {
        SweepResult sweep = Sweep.run(CORNERS, config(List.of(new RandomRows()), 600, 2), Sweep.Progress.NONE);
        assertEquals(2, sweep.basins().size());
        Basin best = sweep.basins().get(0);
        Basin other = sweep.basins().get(1);
        assertEquals(1, best.number());
        assertEquals(1.0, best.inertia());
        assertEquals(100.0, other.inertia());
        assertEquals(9900.0, other.gapToBestPct(), 1e-9);
        assertEquals(0, best.ciToBest());
        assertEquals(1, other.ciToBest(), "one cluster is in the wrong place");
        assertEquals(600, best.runs() + other.runs());
        assertEquals(1.0, best.share() + other.share(), 1e-12);
        assertEquals(0.0, other.ariToBest() + 0.5, 1e-9, "ARI of left|right vs top|bottom is -0.5");
        // P(best) = 4/6; 600 runs: standard error 0.019, so 4 standard errors is 0.077
        double p = sweep.summary("random").shareBest();
        assertEquals(2.0 / 3, p, 0.077);
        assertEquals(p, sweep.summary("random").restartCurve().probabilityBest()[0], 1e-12);
    }

    @Test
    void exampleSeedsReplayIntoTheirBasins() {
        SweepResult sweep = Sweep.run(CORNERS, config(List.of(new RandomRows()), 50, 1), Sweep.Progress.NONE);
        for (Basin basin : sweep.basins()) {
            long seed = basin.exampleSeed().get("random");
            RunResult replay = KMeans.run(CORNERS, KMeansConfig.defaults(2).withInit(new RandomRows()).withNInit(1), seed);
            assertEquals(basin.fingerprint(), PartitionFingerprint.of(replay.labels(), 2));
            assertEquals(basin.inertia(), replay.inertia());
        }
    }

    @Test
    void everyRowIsTheMatchingSingleStartFit() {
        Dataset data = blobs();
        List<Initializer> inits = List.of(KMeansPlusPlus.greedy(), new RandomRows());
        SweepResult sweep = Sweep.run(data, config(inits, 12, 2).withK(4), Sweep.Progress.NONE);
        for (RunRecord run : sweep.runs()) {
            Initializer init = inits.stream().filter(i -> i.name().equals(run.init())).findFirst().orElseThrow();
            RunResult fit = KMeans.fit(data, KMeansConfig.defaults(4).withInit(init).withNInit(1)
                    .withRandomState(run.seed())).best();
            assertEquals(fit.inertia(), run.inertia(), "inertia, seed " + run.seed());
            assertEquals(fit.initialInertia(), run.initialInertia());
            assertEquals(fit.iterations(), run.iterations());
            assertEquals(fit.stopReason(), run.stopReason());
            assertEquals(fit.distanceComputations(), run.distanceComputations());
            assertArrayEquals(fit.centers(), run.centers());
            assertEquals(PartitionFingerprint.of(fit.labels(), 4), run.fingerprint());
        }
    }

    @Test
    void outputsDoNotDependOnTheThreadCount() {
        Dataset data = blobs();
        List<Initializer> inits = List.of(KMeansPlusPlus.greedy(), new RandomRows());
        String one = runsWithoutSeconds(Sweep.run(data, config(inits, 40, 1).withK(5), Sweep.Progress.NONE));
        String eight = runsWithoutSeconds(Sweep.run(data, config(inits, 40, 8).withK(5), Sweep.Progress.NONE));
        assertEquals(one, eight);
    }

    @Test
    void truthGivesTheSuccessRate() {
        double[] truth = {0, 0.5, 10, 0.5};
        SweepResult sweep = Sweep.run(CORNERS, config(List.of(new RandomRows()), 60, 1), truth, Sweep.Progress.NONE);
        InitSummary random = sweep.summary("random");
        assertEquals(random.shareBest(), random.successRateTruth(), 1e-12);
        assertTrue(sweep.hasTruth());
    }

    @Test
    void tracesAreKeptForTheFirstSeedsOfEachInitializer() {
        SweepConfig config = new SweepConfig(KMeansConfig.defaults(2), List.of(KMeansPlusPlus.greedy(), new RandomRows()),
                SweepConfig.seedRange(0, 10), 6, SweepConfig.DEFAULT_LABEL_BUDGET, 5);
        SweepResult sweep = Sweep.run(CORNERS, config, Sweep.Progress.NONE);
        long traced = sweep.runs().stream().filter(r -> r.traceInertia() != null).count();
        assertEquals(6, traced);
        assertNull(sweep.runs().get(3).traceInertia());
        assertEquals(sweep.runs().get(0).iterations(), sweep.runs().get(0).traceInertia().length);
    }

    @Test
    void aSmallLabelBudgetLeavesOutAriToBestRatherThanGuessing() {
        SweepConfig config = new SweepConfig(KMeansConfig.defaults(2), List.of(new RandomRows()),
                SweepConfig.seedRange(0, 30), 0, 4, 5); // room for one basin's 4 labels, not two
        SweepResult sweep = Sweep.run(CORNERS, config, Sweep.Progress.NONE);
        assertEquals(2, sweep.basins().size());
        assertTrue(Double.isNaN(sweep.basins().getFirst().ariToBest()));
        assertTrue(sweep.basinLabels().isEmpty());
    }

    private static String runsWithoutSeconds(SweepResult sweep) {
        String csv = new SweepOutputs(sweep, List.of("a", "b"), 0, null).runsCsv();
        StringBuilder out = new StringBuilder();
        for (String line : csv.split("\n")) {
            List<String> fields = new java.util.ArrayList<>(Arrays.asList(line.split(",", -1)));
            fields.remove(6); // seconds
            out.append(String.join(",", fields)).append('\n');
        }
        return out.toString();
    }

    /** Six loose 2-D blobs, enough for several basins. */
    private static Dataset blobs() {
        java.util.Random random = new java.util.Random(7);
        double[] values = new double[600 * 2];
        for (int i = 0; i < 600; i++) {
            int blob = i % 6;
            values[2 * i] = (blob % 3) * 4 + random.nextGaussian();
            values[2 * i + 1] = (blob / 3) * 4 + random.nextGaussian();
        }
        return Dataset.of(values, List.of("a", "b"));
    }
}
