package dev.basin.analysis;

import dev.basin.data.Dataset;
import dev.basin.kmeans.Algorithm;
import dev.basin.kmeans.FitResult;
import dev.basin.kmeans.KMeans;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.init.KMeansPlusPlus;
import dev.basin.kmeans.init.RandomRows;
import dev.basin.kmeans.swap.SwapSchedule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sweeps with random swap rows and a budget: row names, equal cost, replays and thread independence. */
class ContenderSweepTest {
    /** Six blobs of 12 rows on a 3 × 2 grid: random initialization often leaves two centers in one blob. */
    private static final Dataset BLOBS = blobs();

    private static Dataset blobs() {
        double[] values = new double[6 * 12 * 2];
        int i = 0;
        for (int blob = 0; blob < 6; blob++) {
            for (int r = 0; r < 12; r++) {
                values[i++] = 8 * (blob % 3) + ((r * 5) % 7 - 3) / 6.0;
                values[i++] = 8 * (blob / 3) + ((r * 3) % 7 - 3) / 6.0;
            }
        }
        return Dataset.of(values, List.of("x", "y"));
    }

    private static SweepConfig config(int threads, long budget) {
        return new SweepConfig(KMeansConfig.defaults(6).withThreads(threads).withSwaps(SwapSchedule.fixed(30)),
                List.of(new RandomRows(), KMeansPlusPlus.greedy()), SweepConfig.seedRange(0, 12), 10,
                SweepConfig.DEFAULT_LABEL_BUDGET, 10, true, budget);
    }

    @Test
    void randomSwapRowsFollowTheirInitializers() {
        SweepResult sweep = Sweep.run(BLOBS, config(1, 0), Sweep.Progress.NONE);
        assertEquals(List.of("random", "random + random swap", "k-means++", "k-means++ + random swap"),
                sweep.summaries().stream().map(InitSummary::init).toList());
        InitSummary plain = sweep.summary("random");
        InitSummary swapped = sweep.summary("random + random swap");
        assertTrue(swapped.shareBest() >= plain.shareBest());
        assertEquals(1.0, swapped.shareBest(), "30 swaps bring every seed to the six blobs");
        for (int i = 0; i < 12; i++) {
            RunRecord swapRun = sweep.runs().get(12 + i);
            RunRecord plainRun = sweep.runs().get(i);
            assertTrue(swapRun.inertia() <= plainRun.inertia(), "never worse than its own start");
            assertEquals(30, swapRun.swaps());
            var replay = KMeans.run(BLOBS, config(1, 0).engine().withInit(new RandomRows())
                    .withAlgorithm(Algorithm.RANDOM_SWAP), swapRun.seed());
            assertEquals(replay.inertia(), swapRun.inertia());
            assertEquals(replay.distanceComputations(), swapRun.distanceComputations());
        }
    }

    @Test
    void aBudgetBuysRestartsOrSwapsOfEqualCost() {
        long budget = 60_000;
        SweepResult sweep = Sweep.run(BLOBS, config(1, budget), Sweep.Progress.NONE);
        for (RunRecord run : sweep.runs()) {
            assertTrue(run.distanceComputations() >= budget, run.toString());
            if (run.init().endsWith("random swap")) {
                assertEquals(1, run.restarts());
                assertTrue(run.swaps() > 0);
            } else {
                assertTrue(run.restarts() > 1);
                FitResult fit = KMeans.fit(BLOBS, KMeansConfig.defaults(6).withThreads(1).withInit(
                        run.init().equals("random") ? new RandomRows() : KMeansPlusPlus.greedy())
                        .withNInit(run.restarts()).withRandomState(run.seed()));
                assertEquals(fit.best().inertia(), run.inertia(), "basin fit --n-init r replays it");
                assertEquals(fit.restarts().stream().mapToLong(FitResult.Restart::distanceComputations).sum(),
                        run.distanceComputations());
            }
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        SweepResult one = Sweep.run(BLOBS, config(1, 40_000), Sweep.Progress.NONE);
        SweepResult two = Sweep.run(BLOBS, config(2, 40_000), Sweep.Progress.NONE);
        for (int i = 0; i < one.runs().size(); i++) {
            RunRecord a = one.runs().get(i);
            RunRecord b = two.runs().get(i);
            assertEquals(a.inertia(), b.inertia());
            assertArrayEquals(a.centers(), b.centers());
            assertEquals(a.distanceComputations(), b.distanceComputations());
            assertEquals(a.swaps(), b.swaps());
            assertEquals(a.restarts(), b.restarts());
        }
    }
}
