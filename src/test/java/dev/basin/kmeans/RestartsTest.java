package dev.basin.kmeans;

import dev.basin.InvalidInputException;
import dev.basin.data.Dataset;
import dev.basin.kmeans.init.ExplicitCenters;
import dev.basin.kmeans.init.KMeansPlusPlus;
import dev.basin.kmeans.init.Maximin;
import dev.basin.kmeans.init.RandomPartition;
import dev.basin.kmeans.init.RandomRows;
import dev.basin.random.Seeds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Restarts, their seeds, replaying a winner, choosing the best, n_init auto, and checks at the edge. */
class RestartsTest {
    private static final long R = 1234L;

    /**
     * Eight overlapping blobs in 2-D clustered with k = 6 from random rows: restarts land in different local
     * optima, which the choice of the best needs.
     */
    static Dataset blobs() {
        Random random = new Random(99);
        int n = 400;
        double[] values = new double[n * 2];
        for (int i = 0; i < n; i++) {
            int blob = random.nextInt(8);
            values[2 * i] = (blob % 4) * 4 + random.nextGaussian();
            values[2 * i + 1] = (blob / 4) * 5 + random.nextGaussian();
        }
        return Dataset.of(values, List.of("x", "y"));
    }

    static KMeansConfig randomInit(int k) {
        return KMeansConfig.defaults(k).withInit(new RandomRows()).withRandomState(R).withThreads(2);
    }

    @Test
    void restartSeedsFollowTheRule() {
        Dataset data = blobs();
        FitResult fit = KMeans.fit(data, randomInit(6).withNInit(10));
        assertEquals(R, fit.randomState());
        assertFalse(fit.drawnState());
        assertEquals(10, fit.restarts().size());
        assertEquals(R, fit.restarts().getFirst().seed());
        for (int i = 0; i < 10; i++) {
            FitResult.Restart restart = fit.restarts().get(i);
            assertEquals(i, restart.restart());
            assertEquals(i == 0 ? R : Seeds.derive(R, i), restart.seed(), "restart " + i);
            assertEquals(Seeds.forRestart(R, i), restart.seed(), "restart " + i);
        }
        assertEquals(fit.restarts().get(fit.bestRestart()).seed(), fit.best().seed());
        assertEquals(Seeds.ALGORITHM, fit.best().rngAlgorithm());
        assertEquals("random", fit.best().initializer());
        assertEquals(Algorithm.AUTO.variantFor(data.rows(), data.dims(), 6).name(), fit.best().algorithm());
    }

    @Test
    void everyRestartReplaysAloneAndTheWinnerReplaysExactly() {
        Dataset data = blobs();
        KMeansConfig config = randomInit(6).withNInit(10);
        FitResult fit = KMeans.fit(data, config);
        long winnerSeed = fit.best().seed();

        RunResult replayed = KMeans.run(data, config.withNInit(1), winnerSeed);
        assertTrue(replayed.sameOutcome(fit.best()));
        FitResult refit = KMeans.fit(data, config.withRandomState(winnerSeed).withNInit(1));
        assertTrue(refit.best().sameOutcome(fit.best()));
        assertEquals(winnerSeed, refit.randomState());
        assertEquals(List.of(), refit.warnings());

        for (FitResult.Restart restart : fit.restarts()) {
            RunResult alone = KMeans.run(data, config.withNInit(1), restart.seed());
            assertEquals(restart.inertia(), alone.inertia(), "restart " + restart.restart());
            assertEquals(restart.iterations(), alone.iterations());
            assertEquals(restart.stopReason(), alone.stopReason());
            assertEquals(restart.initialInertia(), alone.initialInertia());
            assertEquals(restart.distanceComputations(), alone.distanceComputations());
        }
    }

    /**
     * scikit-learn's rule, rebuilt from replays of every restart: walk the restarts in order and move the best
     * only on strictly lower inertia and a different partition.
     */
    @Test
    void bestIsChosenAsScikitLearnDoes() {
        Dataset data = blobs();
        for (double tol : new double[]{0, 1e-4}) {
            KMeansConfig config = randomInit(6).withNInit(10).withTol(tol);
            FitResult fit = KMeans.fit(data, config);
            List<RunResult> runs = new ArrayList<>();
            for (FitResult.Restart restart : fit.restarts()) {
                runs.add(KMeans.run(data, config.withNInit(1), restart.seed()));
            }
            int expected = 0;
            for (int r = 1; r < runs.size(); r++) {
                if (runs.get(r).inertia() < runs.get(expected).inertia()
                        && !Partitions.sameUpToRenaming(runs.get(r).labels(), runs.get(expected).labels(), 6)) {
                    expected = r;
                }
            }
            assertEquals(expected, fit.bestRestart(), "tol " + tol);
            assertTrue(fit.best().sameOutcome(runs.get(expected)));

            Set<Double> inertias = new HashSet<>();
            fit.restarts().forEach(r -> inertias.add(r.inertia()));
            assertTrue(inertias.size() > 1, "the restarts should not all end in the same optimum");
            double minimum = fit.restarts().stream().mapToDouble(FitResult.Restart::inertia).min().orElseThrow();
            if (tol == 0) {
                // With strict stops, one partition gives one set of centers and one inertia, so the best is the minimum.
                assertEquals(minimum, fit.best().inertia());
            }
            for (FitResult.Restart restart : fit.restarts()) {
                assertTrue(restart.inertia() >= fit.best().inertia()
                                || Partitions.sameUpToRenaming(runs.get(restart.restart()).labels(),
                                fit.best().labels(), 6),
                        "restart " + restart.restart() + " is better than the chosen best");
            }
        }
    }

    @Test
    void aLaterEqualInertiaDoesNotReplaceTheBest() {
        // Two points, k = 2: every restart ends with inertia 0 in the same partition; the best stays restart 0.
        Dataset data = Dataset.of(new double[]{0, 1}, List.of("x"));
        FitResult fit = KMeans.fit(data, KMeansConfig.defaults(2).withInit(new RandomRows()).withNInit(5)
                .withRandomState(3L).withThreads(1));
        assertEquals(0, fit.bestRestart());
        assertEquals(0.0, fit.best().inertia());
    }

    /**
     * The corners of a square, k = 2: splitting into left/right or into top/bottom both give inertia exactly
     * 4 (every corner at distance 1 from its side's middle); the diagonal start ends in a 3 + 1 split
     * (48/9). A later restart with the same inertia but the other partition must not replace the first.
     */
    @Test
    void aLaterEqualInertiaInAnotherPartitionDoesNotReplaceTheBest() {
        Dataset square = Dataset.of(new double[]{0, 0, 0, 2, 2, 0, 2, 2}, List.of("x", "y"));
        KMeansConfig config = KMeansConfig.defaults(2).withInit(new RandomRows()).withNInit(10).withTol(0)
                .withThreads(1);
        boolean checked = false;
        for (long state = 0; state < 50 && !checked; state++) {
            FitResult fit = KMeans.fit(square, config.withRandomState(state));
            List<RunResult> runs = new ArrayList<>();
            for (FitResult.Restart restart : fit.restarts()) {
                runs.add(KMeans.run(square, config.withNInit(1), restart.seed()));
            }
            int first = -1;
            for (int r = 0; r < runs.size() && first < 0; r++) {
                if (runs.get(r).inertia() == 4.0) {
                    first = r;
                }
            }
            if (first < 0) {
                continue;
            }
            for (int r = first + 1; r < runs.size(); r++) {
                if (runs.get(r).inertia() == 4.0
                        && !Partitions.sameUpToRenaming(runs.get(r).labels(), runs.get(first).labels(), 2)) {
                    assertEquals(first, fit.bestRestart(), "random state " + state);
                    assertEquals(4.0, fit.best().inertia());
                    checked = true;
                    break;
                }
            }
        }
        assertTrue(checked, "no random state below 50 gave two equal-inertia partitions");
    }

    /**
     * scikit-learn keeps the best when a later restart has lower inertia but the same partition. With
     * max_iter = 1 on two far groups, every restart ends in the same two groups (after the final relabel)
     * with centers, and so inertia, that depend on the start.
     */
    @Test
    void aLowerInertiaInTheSamePartitionDoesNotReplaceTheBest() {
        Dataset groups = Dataset.of(new double[]{0, 1, 2, 3, 20, 21, 22, 23}, List.of("x"));
        KMeansConfig config = KMeansConfig.defaults(2).withInit(new RandomRows()).withNInit(10).withTol(0)
                .withMaxIter(1).withThreads(1);
        boolean checked = false;
        for (long state = 0; state < 50 && !checked; state++) {
            FitResult fit = KMeans.fit(groups, config.withRandomState(state));
            double minimum = fit.restarts().stream().mapToDouble(FitResult.Restart::inertia).min().orElseThrow();
            RunResult first = KMeans.run(groups, config.withNInit(1), state);
            assertTrue(Partitions.sameUpToRenaming(new int[]{0, 0, 0, 0, 1, 1, 1, 1}, first.labels(), 2));
            if (fit.restarts().getFirst().inertia() > minimum) {
                assertEquals(0, fit.bestRestart(), "random state " + state);
                assertTrue(fit.best().sameOutcome(first));
                checked = true;
            }
        }
        assertTrue(checked, "no random state below 50 had a worse restart 0");
    }

    @Test
    void anEmptyClusterErrorInParallelRestartsKeepsItsType() {
        // Random partitions of these 9 rows into 4 clusters often leave a cluster empty (seed 0 does).
        Dataset data = Dataset.of(new double[]{0, 0.2, 0.4, 5, 5.2, 9.8, 10, 10.2, 30}, List.of("x"));
        KMeansConfig config = KMeansConfig.defaults(4).withInit(new RandomPartition())
                .withEmptyClusters(EmptyClusterPolicy.ERROR).withRandomState(0L).withNInit(10);
        for (int threads : new int[]{1, 4}) {
            EmptyClusterException e = assertThrows(EmptyClusterException.class,
                    () -> KMeans.fit(data, config.withThreads(threads)), "threads " + threads);
            assertTrue(e.getMessage().contains("became empty at iteration"), e.getMessage());
        }
    }

    @Test
    void nInitAutoFollowsTheInitializer() {
        Dataset data = blobs();
        KMeansConfig auto = KMeansConfig.defaults(3).withRandomState(5L).withThreads(1);
        assertEquals(null, auto.nInit());
        assertEquals(1, auto.restarts());
        assertEquals(1, KMeans.fit(data, auto).restarts().size());
        assertEquals(1, KMeans.fit(data, auto.withInit(new KMeansPlusPlus(1))).restarts().size());
        assertEquals(10, KMeans.fit(data, auto.withInit(new RandomRows())).restarts().size());
        assertEquals(10, auto.withInit(new RandomPartition()).restarts());
        assertEquals(10, auto.withInit(new Maximin()).restarts());

        ExplicitCenters explicit = new ExplicitCenters(new double[]{0, 0, 4, 0, 8, 5}, "init.csv");
        FitResult fromExplicit = KMeans.fit(data, auto.withInit(explicit));
        assertEquals(1, fromExplicit.restarts().size());
        assertEquals(List.of(), fromExplicit.warnings());

        FitResult explicitTen = KMeans.fit(data, auto.withInit(explicit).withNInit(10));
        assertEquals(1, explicitTen.restarts().size());
        assertEquals(1, explicitTen.warnings().size());
        assertTrue(explicitTen.warnings().getFirst().contains("n_init 10"), explicitTen.warnings().getFirst());
        assertTrue(explicitTen.best().sameOutcome(fromExplicit.best()));

        assertEquals(7, KMeans.fit(data, auto.withInit(new RandomRows()).withNInit(7)).restarts().size());
    }

    @Test
    void aDrawnRandomStateIsReportedAndReplays() {
        Dataset data = blobs();
        KMeansConfig config = KMeansConfig.defaults(4).withInit(new RandomRows()).withNInit(3).withThreads(1);
        FitResult fit = KMeans.fit(data, config);
        assertTrue(fit.drawnState());
        assertTrue(fit.randomState() >= 0 && fit.randomState() < (1L << 32), "drawn state " + fit.randomState());
        assertEquals(fit.randomState(), fit.restarts().getFirst().seed());
        assertEquals(Seeds.derive(fit.randomState(), 1), fit.restarts().get(1).seed());

        FitResult again = KMeans.fit(data, config.withRandomState(fit.randomState()));
        assertFalse(again.drawnState());
        assertTrue(again.best().sameOutcome(fit.best()));
        assertEquals(fit.bestRestart(), again.bestRestart());
    }

    // ---- checks at the edge ----

    @Test
    void kAboveTheDistinctRowsIsRejectedWithTheCount() {
        Dataset data = Dataset.of(new double[]{1, 1, 2, 2, 1, 1, 3, 3, 2, 2}, List.of("x", "y"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> KMeans.fit(data, KMeansConfig.defaults(4).withRandomState(0L)));
        assertTrue(e.getMessage().contains("only 3 distinct"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> KMeans.run(data, KMeansConfig.defaults(4), 0L));
        // k = 3 is fine.
        assertEquals(3, KMeans.fit(data, KMeansConfig.defaults(3).withRandomState(0L)).best().k());

        // Rows of weight 0 do not count: 3 distinct rows, one of them weightless.
        Dataset weighted = Dataset.builder(new double[]{1, 2, 2, 3}, List.of("x"))
                .weights(new double[]{1, 1, 1, 0}).build();
        InvalidInputException w = assertThrows(InvalidInputException.class,
                () -> KMeans.fit(weighted, KMeansConfig.defaults(3).withRandomState(0L)));
        assertTrue(w.getMessage().contains("only 2 distinct positively weighted rows"), w.getMessage());

        // -0.0 and 0.0 are the same point.
        Dataset signedZero = Dataset.of(new double[]{0.0, -0.0, 1.0}, List.of("x"));
        InvalidInputException z = assertThrows(InvalidInputException.class,
                () -> KMeans.fit(signedZero, KMeansConfig.defaults(3).withRandomState(0L)));
        assertTrue(z.getMessage().contains("only 2 distinct"), z.getMessage());
    }

    @Test
    void nonFiniteValuesAreRejectedWithRowAndFeature() {
        Dataset nan = Dataset.of(new double[]{1, 2, 3, Double.NaN, 5, 6}, List.of("x", "y"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> KMeans.fit(nan, KMeansConfig.defaults(1).withRandomState(0L)));
        assertTrue(e.getMessage().contains("row 2"), e.getMessage());
        assertTrue(e.getMessage().contains("'y'"), e.getMessage());

        Dataset infinite = Dataset.of(new double[]{1, 2, 3, 4, Double.NEGATIVE_INFINITY, 6}, List.of("x", "y"));
        InvalidInputException i = assertThrows(InvalidInputException.class,
                () -> KMeans.run(infinite, KMeansConfig.defaults(1), 0L));
        assertTrue(i.getMessage().contains("row 3") && i.getMessage().contains("'x'"), i.getMessage());

        Dataset huge = Dataset.of(new double[]{1, 1e200}, List.of("x"));
        assertThrows(InvalidInputException.class, () -> KMeans.run(huge, KMeansConfig.defaults(1), 0L));

        Dataset weightless = Dataset.builder(new double[]{1, 2}, List.of("x")).weights(new double[]{0, 0}).build();
        assertThrows(InvalidInputException.class, () -> KMeans.run(weightless, KMeansConfig.defaults(1), 0L));

        assertThrows(InvalidInputException.class,
                () -> Dataset.builder(new double[]{1, 2}, List.of("x")).weights(new double[]{1, -1}).build());
    }

    /**
     * Weights that are each finite but sum past Double.MAX_VALUE pass the data check today; the cluster's
     * weight becomes infinite and its center ∞/∞ = NaN, with a NaN inertia. Either the check at the edge
     * rejects such weights or the run stays finite.
     */
    @Test
    void weightsThatOverflowAreRejectedOrGiveFiniteResults() {
        Dataset data = Dataset.builder(new double[]{1, 2, 3, 10}, List.of("x"))
                .weights(new double[]{1e308, 1e308, 1, 1}).build();
        RunResult run;
        try {
            run = KMeans.fit(data, KMeansConfig.defaults(2).withRandomState(1L)).best();
        } catch (InvalidInputException rejected) {
            assertTrue(rejected.getMessage().contains("weight"), rejected.getMessage());
            return;
        }
        for (double v : run.centers()) {
            assertTrue(Double.isFinite(v), "center " + java.util.Arrays.toString(run.centers()));
        }
        assertTrue(Double.isFinite(run.inertia()), "inertia " + run.inertia());
    }

    @Test
    void configRejectsInvalidValues() {
        KMeansConfig ok = KMeansConfig.defaults(2);
        assertMessage(() -> KMeansConfig.defaults(0), "k must be at least 1");
        assertMessage(() -> ok.withNInit(0), "n_init");
        assertMessage(() -> ok.withMaxIter(0), "max_iter");
        assertMessage(() -> ok.withTol(-1e-9), "tol");
        assertMessage(() -> ok.withTol(Double.NaN), "tol");
        assertMessage(() -> ok.withTol(Double.POSITIVE_INFINITY), "tol");
        assertMessage(() -> ok.withRandomState(-1L), "random_state");
        assertMessage(() -> ok.withThreads(-1), "threads");
        assertMessage(() -> ok.withInit(null), "initializer");
        // Boundaries that are allowed.
        assertEquals(0.0, ok.withTol(0).tol());
        assertEquals(1, ok.withMaxIter(1).maxIter());
        assertEquals(1, ok.withNInit(1).restarts());
        assertEquals(EmptyClusterPolicy.RELOCATE, ok.withEmptyClusters(null).emptyClusters());
        assertEquals(Algorithm.AUTO, ok.withAlgorithm(null).algorithm());
        assertTrue(ok.withThreads(0).threadCount() >= 1);
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable executable, String fragment) {
        InvalidInputException e = assertThrows(InvalidInputException.class, executable);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void predictReturnsTheNearestCenter() {
        double[] centers = {0, 0, 10, 0, 0, 10};
        assertEquals(0, KMeans.predict(centers, 2, new double[]{1, 1}));
        assertEquals(1, KMeans.predict(centers, 2, new double[]{9, 2}));
        assertEquals(2, KMeans.predict(centers, 2, new double[]{-1, 7}));
        assertEquals(0, KMeans.predict(centers, 2, new double[]{5, 0}), "a tie goes to the lower index");
        assertEquals(0, KMeans.predict(centers, 2, new double[]{5, 5}), "a three-way tie goes to the lowest index");
        assertEquals(1, KMeans.predict(centers, 2, new double[]{10, 10}), "a tie goes to the lower index");

        Dataset data = blobs();
        RunResult fitted = KMeans.fit(data, randomInit(6).withNInit(3)).best();
        assertArrayEquals(fitted.labels(), KMeans.predict(fitted, data), "predict on the training rows");

        Dataset other = Dataset.of(new double[]{100, 100, -100, -100, 6, 2.5}, List.of("x", "y"));
        int[] labels = KMeans.predict(fitted, other);
        for (int i = 0; i < 3; i++) {
            double best = Double.POSITIVE_INFINITY;
            int expected = -1;
            for (int c = 0; c < fitted.k(); c++) {
                double dx = other.value(i, 0) - fitted.centers()[2 * c];
                double dy = other.value(i, 1) - fitted.centers()[2 * c + 1];
                if (dx * dx + dy * dy < best) {
                    best = dx * dx + dy * dy;
                    expected = c;
                }
            }
            assertEquals(expected, labels[i], "row " + i);
        }
        assertThrows(InvalidInputException.class,
                () -> KMeans.predict(fitted, Dataset.of(new double[]{1, 2, 3}, List.of("a", "b", "c"))));
    }
}
