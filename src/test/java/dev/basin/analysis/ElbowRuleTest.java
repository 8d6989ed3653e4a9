package dev.basin.analysis;

import dev.basin.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The two elbow rules on curves whose elbow is known by hand. */
class ElbowRuleTest {
    private static final int[] K = {1, 2, 3, 4, 5, 6};

    @Test
    void kneedleTakesThePointFarthestBelowTheChord() {
        // scaled: x = 0, .2, .4, .6, .8, 1; y = 1, .5, .1, .08, .04, 0; chord y = 1 - x
        // gaps: .3, .5, .32, .16 → the elbow is k = 3
        double[] inertia = {100, 50, 10, 8, 4, 0};
        assertEquals(2, ElbowRule.KNEEDLE.elbowIndex(K, inertia));
    }

    @Test
    void secondDifferenceTakesWhereTheFallSlowsMost() {
        // second differences at k = 2..5: 100-100+10 = 10, 50-20+8 = 38, 10-16+4 = -2, 8-8+0 = 0 → k = 3
        double[] inertia = {100, 50, 10, 8, 4, 0};
        assertEquals(2, ElbowRule.SECOND_DIFFERENCE.elbowIndex(K, inertia));
        // a sharper first bend moves it to k = 2
        assertEquals(1, ElbowRule.SECOND_DIFFERENCE.elbowIndex(K, new double[]{100, 10, 8, 6, 4, 2}));
    }

    @Test
    void theRulesCanDisagree() {
        double[] inertia = {100, 60, 50, 18, 15, 0};
        // second differences 30, -22, 29, -3: the sharpest local bend is at k = 2
        assertEquals(1, ElbowRule.SECOND_DIFFERENCE.elbowIndex(K, inertia));
        // gaps below the chord .2, .1, .22, .05: the curve is farthest below it at k = 4
        assertEquals(3, ElbowRule.KNEEDLE.elbowIndex(K, inertia));
    }

    @Test
    void straightOrConcaveCurvesAndShortCurvesHaveNoElbow() {
        for (ElbowRule rule : ElbowRule.values()) {
            assertEquals(-1, rule.elbowIndex(K, new double[]{60, 50, 40, 30, 20, 10}), rule.label());
            assertEquals(-1, rule.elbowIndex(K, new double[]{100, 99, 96, 91, 84, 75}), rule.label());
            assertEquals(-1, rule.elbowIndex(new int[]{2, 3}, new double[]{10, 5}), rule.label());
            assertEquals(-1, rule.elbowIndex(K, new double[]{5, 5, 5, 5, 5, 5}), rule.label());
        }
    }

    @Test
    void tiesGoToTheSmallerK() {
        assertEquals(1, ElbowRule.SECOND_DIFFERENCE.elbowIndex(new int[]{1, 2, 3, 4}, new double[]{20, 10, 10, 0}));
    }

    @Test
    void namesAndRanges() {
        assertEquals(ElbowRule.KNEEDLE, ElbowRule.parse(" Kneedle "));
        assertEquals(ElbowRule.SECOND_DIFFERENCE, ElbowRule.parse("second-difference"));
        assertThrows(InvalidInputException.class, () -> ElbowRule.parse("gap"));
        assertArrayEquals(new int[]{2, 3, 4, 5}, ElbowConfig.parseKRange("2..5", "--k"));
        assertArrayEquals(new int[]{2, 4, 8}, ElbowConfig.parseKRange("8, 2,4", "--k"));
        assertThrows(InvalidInputException.class, () -> ElbowConfig.parseKRange("5..2", "--k"));
        assertThrows(InvalidInputException.class, () -> ElbowConfig.parseKRange("0..4", "--k"));
        assertThrows(InvalidInputException.class, () -> ElbowConfig.parseKRange("two", "--k"));
        assertThrows(InvalidInputException.class, () -> ElbowRule.SECOND_DIFFERENCE.check(new int[]{2, 4, 8}));
        ElbowRule.KNEEDLE.check(new int[]{2, 4, 8});
    }
}
