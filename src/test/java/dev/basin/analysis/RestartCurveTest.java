package dev.basin.analysis;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The restart curve's closed forms against brute-force enumeration of every sequence of restarts. */
class RestartCurveTest {

    @Property(tries = 60, seed = "20261125")
    void matchesEnumerationOfAllRestartSequences(@ForAll @IntRange(min = 1, max = 6) int runs,
                                                 @ForAll @IntRange(min = 1, max = 4) int maxRestarts,
                                                 @ForAll long seed) {
        Random random = new Random(seed);
        double[] inertias = new double[runs];
        boolean[] best = new boolean[runs];
        for (int i = 0; i < runs; i++) {
            inertias[i] = random.nextInt(4) + 1; // ties on purpose
        }
        double min = java.util.Arrays.stream(inertias).min().orElseThrow();
        int reachedBest = 0;
        for (int i = 0; i < runs; i++) {
            best[i] = inertias[i] == min;
            reachedBest += best[i] ? 1 : 0;
        }
        RestartCurve curve = RestartCurve.of(inertias, reachedBest, maxRestarts);
        for (int r = 1; r <= maxRestarts; r++) {
            // every ordered sequence of r runs drawn with replacement, each equally likely
            long sequences = (long) Math.pow(runs, r);
            double sumOfBest = 0;
            long withBest = 0;
            for (long code = 0; code < sequences; code++) {
                long rest = code;
                double bestInertia = Double.POSITIVE_INFINITY;
                boolean sawBest = false;
                for (int step = 0; step < r; step++) {
                    int run = (int) (rest % runs);
                    rest /= runs;
                    bestInertia = Math.min(bestInertia, inertias[run]);
                    sawBest |= best[run];
                }
                sumOfBest += bestInertia;
                withBest += sawBest ? 1 : 0;
            }
            assertEquals(sumOfBest / sequences, curve.expectedBestInertia()[r - 1], 1e-12, "expected best, r=" + r);
            assertEquals((double) withBest / sequences, curve.probabilityBest()[r - 1], 1e-12, "P(best), r=" + r);
        }
    }

    @Test
    void restartsForNinetyFivePercent() {
        // p = 0.3: 1 − 0.7^r ≥ 0.95 first at r = 9 (0.7^8 = 0.0576, 0.7^9 = 0.0404)
        double[] inertias = {1, 1, 1, 2, 2, 2, 2, 2, 2, 2};
        RestartCurve curve = RestartCurve.of(inertias, 3, 50);
        assertEquals(9, curve.restartsFor(0.95));
        assertEquals("9", curve.describeRestartsFor(0.95));
        assertEquals(9, curve.restartsForUncapped(0.95));
        assertEquals(1.0, curve.expectedBestInertia()[49], 1e-6);
    }

    @Test
    void neverSeenAndBeyondTheCap() {
        assertEquals("never seen", RestartCurve.of(new double[]{2, 3}, 0, 50).describeRestartsFor(0.95));
        double[] rare = new double[100];
        java.util.Arrays.fill(rare, 5);
        rare[0] = 1;
        RestartCurve curve = RestartCurve.of(rare, 1, 50);
        assertEquals(-1, curve.restartsFor(0.95));
        assertEquals("> 50", curve.describeRestartsFor(0.95));
        assertEquals(299, curve.restartsForUncapped(0.95)); // ln(0.05) / ln(0.99) = 298.07
    }

    @Test
    void alwaysBestNeedsOneRestart() {
        RestartCurve curve = RestartCurve.of(new double[]{4, 4, 4}, 3, 5);
        assertEquals(1, curve.restartsFor(0.95));
        assertEquals(4, curve.expectedBestInertia()[0]);
    }
}
