package dev.basin.kmeans.swap;

import dev.basin.InvalidInputException;
import dev.basin.data.Dataset;
import dev.basin.kmeans.Algorithm;
import dev.basin.kmeans.EmptyClusterPolicy;
import dev.basin.kmeans.KMeans;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.RunResult;
import dev.basin.kmeans.init.KMeansPlusPlus;
import dev.basin.kmeans.init.RandomRows;
import dev.basin.kmeans.variant.RowChunks;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RandomSwapTest {
    /**
     * Nine tight blobs of 20 rows on a 3 × 3 grid, 10 apart; each blob is a fixed pattern of offsets within
     * ±0.5 around its center, so the best 9-partition is the blobs and its inertia is known exactly.
     */
    static final Dataset GRID = grid();

    private static Dataset grid() {
        double[] values = new double[9 * 20 * 2];
        int i = 0;
        for (int blob = 0; blob < 9; blob++) {
            double cx = 10 * (blob % 3);
            double cy = 10 * (blob / 3);
            for (int r = 0; r < 20; r++) {
                values[i++] = cx + ((r * 7) % 11 - 5) / 10.0;
                values[i++] = cy + ((r * 3) % 11 - 5) / 10.0;
            }
        }
        return Dataset.of(values, List.of("x", "y"));
    }

    /** Inertia of the blob partition: each blob around its own mean. */
    private static double blobInertia() {
        double total = 0;
        double[] x = GRID.values();
        for (int blob = 0; blob < 9; blob++) {
            double mx = 0;
            double my = 0;
            for (int r = 0; r < 20; r++) {
                mx += x[(blob * 20 + r) * 2];
                my += x[(blob * 20 + r) * 2 + 1];
            }
            mx /= 20;
            my /= 20;
            for (int r = 0; r < 20; r++) {
                double dx = x[(blob * 20 + r) * 2] - mx;
                double dy = x[(blob * 20 + r) * 2 + 1] - my;
                total += dx * dx + dy * dy;
            }
        }
        return total;
    }

    private static KMeansConfig swapConfig(int swaps) {
        return KMeansConfig.defaults(9).withInit(new RandomRows()).withAlgorithm(Algorithm.RANDOM_SWAP)
                .withSwaps(SwapSchedule.fixed(swaps)).withThreads(1);
    }

    private static SwapRun swap(KMeansConfig config, long seed) {
        return RandomSwap.run(GRID, config, seed, RowChunks.sequential(GRID.rows()));
    }

    @Test
    void neverEndsWorseThanItsStartingKMeansSolution() {
        for (long seed = 0; seed < 30; seed++) {
            SwapRun run = swap(swapConfig(20), seed);
            RunResult kMeans = KMeans.run(GRID, swapConfig(20).withAlgorithm(Algorithm.AUTO), seed);
            assertTrue(kMeans.sameOutcome(run.start()), "the start is the plain K-means run of the same seed");
            assertTrue(run.result().inertia() <= run.start().inertia(), "seed " + seed);
            assertEquals(20, run.tried());
        }
    }

    @Test
    void escapesTheLocalOptimaKMeansIsStuckIn() {
        double best = blobInertia();
        int stuck = 0;
        for (long seed = 0; seed < 20; seed++) {
            RunResult kMeans = KMeans.run(GRID, swapConfig(0).withAlgorithm(Algorithm.AUTO), seed);
            if (kMeans.inertia() > best * 1.0001) {
                stuck++;
            }
            RunResult swapped = KMeans.run(GRID, swapConfig(300), seed);
            assertEquals(best, swapped.inertia(), best * 1e-9, "seed " + seed + " reaches the blobs");
            assertEquals("random-swap", swapped.algorithm());
        }
        assertTrue(stuck >= 5, "random initialization gets stuck on this grid (" + stuck + " of 20 seeds)");
    }

    @Test
    void kMeansPlusPlusStuckOnAGridAndRandomSwapEscapes() {
        KMeansConfig plusPlus = KMeansConfig.defaults(9).withInit(new KMeansPlusPlus(1)).withThreads(1);
        double best = blobInertia();
        long stuckSeed = -1;
        for (long seed = 0; seed < 200 && stuckSeed < 0; seed++) {
            if (KMeans.run(GRID, plusPlus, seed).inertia() > best * 1.0001) {
                stuckSeed = seed;
            }
        }
        assertTrue(stuckSeed >= 0, "some seed leaves k-means++ in a local optimum");
        RunResult swapped = KMeans.run(GRID, plusPlus.withAlgorithm(Algorithm.RANDOM_SWAP)
                .withSwaps(SwapSchedule.fixed(300)), stuckSeed);
        assertEquals(best, swapped.inertia(), best * 1e-9);
    }

    @Test
    void reproducibleFromItsSeedOnAnyThreadCount() {
        SwapRun once = swap(swapConfig(50), 7);
        SwapRun again = swap(swapConfig(50), 7);
        ForkJoinPool pool = new ForkJoinPool(2);
        SwapRun parallel;
        try {
            parallel = RandomSwap.run(GRID, swapConfig(50), 7, RowChunks.parallel(GRID.rows(), pool));
        } finally {
            pool.shutdown();
        }
        for (SwapRun other : List.of(again, parallel)) {
            assertTrue(once.result().sameOutcome(other.result()));
            assertEquals(once.result().distanceComputations(), other.result().distanceComputations());
            assertEquals(once.accepted(), other.accepted());
        }
        var fitOne = KMeans.fit(GRID, swapConfig(30).withNInit(3).withRandomState(5L).withThreads(1));
        var fitTwo = KMeans.fit(GRID, swapConfig(30).withNInit(3).withRandomState(5L).withThreads(2));
        assertArrayEquals(fitOne.best().centers(), fitTwo.best().centers());
        assertEquals(fitOne.best().inertia(), fitTwo.best().inertia());
    }

    @Test
    void anotherSeedGivesAnotherSwapSequence() {
        SwapRun a = swap(swapConfig(5), 1);
        SwapRun b = swap(swapConfig(5), 2);
        assertTrue(!Arrays.equals(a.start().initialCenters(), b.start().initialCenters()));
    }

    @Test
    void countsEverySwapsDistances() {
        SwapRun none = swap(swapConfig(0), 3);
        SwapRun some = swap(swapConfig(40), 3);
        int n = GRID.rows();
        int k = 9;
        assertTrue(none.result().distanceComputations() > none.start().distanceComputations(),
                "the final K-means is counted");
        // each swap's first iteration has no bounds yet: n × k distances at least
        assertTrue(some.result().distanceComputations() >= some.start().distanceComputations() + 40L * n * k);
        assertTrue(some.result().distanceComputations() <= some.start().distanceComputations() + 41L * 3 * n * k);
    }

    @Test
    void stopsAfterTheGivenNumberOfRejectionsInARow() {
        SwapRun run = swap(swapConfig(0).withSwaps(SwapSchedule.untilNoImprovement(25)), 4);
        assertTrue(run.tried() >= 25);
        assertTrue(run.tried() - run.accepted() >= 25);
    }

    @Test
    void stopsWithinABudget() {
        SwapRun start = swap(swapConfig(0), 6);
        long budget = start.start().distanceComputations() + 10L * GRID.rows() * 9;
        SwapRun run = swap(swapConfig(0).withSwaps(SwapSchedule.withinBudget(budget)), 6);
        assertTrue(run.tried() >= 1 && run.tried() <= 10, "tried " + run.tried());
        SwapRun replay = swap(swapConfig(run.tried()), 6);
        assertTrue(run.result().sameOutcome(replay.result()), "a fixed count of the same swaps replays it");
    }

    @Test
    void refusesToFailOnEmptyClustersAndBadSchedules() {
        assertThrows(InvalidInputException.class, () -> swapConfig(1).withEmptyClusters(EmptyClusterPolicy.ERROR));
        assertThrows(InvalidInputException.class, () -> SwapSchedule.fixed(-1));
        assertThrows(InvalidInputException.class, () -> SwapSchedule.untilNoImprovement(0));
        assertThrows(InvalidInputException.class, () -> SwapSchedule.withinBudget(0));
        assertEquals("random-swap", Algorithm.parse("Random-Swap").label());
    }
}
