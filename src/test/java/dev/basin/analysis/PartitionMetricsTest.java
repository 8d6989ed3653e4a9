package dev.basin.analysis;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import smile.validation.metric.AdjustedRandIndex;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The adjusted Rand index against Smile's and against values known by hand. */
class PartitionMetricsTest {
    @Property(tries = 200, seed = "20261125")
    void agreesWithSmile(@ForAll @IntRange(min = 2, max = 400) int n, @ForAll @IntRange(min = 1, max = 12) int ka,
                         @ForAll @IntRange(min = 1, max = 12) int kb, @ForAll long seed) {
        Random random = new Random(seed);
        int[] a = new int[n];
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextInt(ka);
            b[i] = random.nextBoolean() ? a[i] % kb : random.nextInt(kb);
        }
        double smile = AdjustedRandIndex.of(a, b);
        if (!Double.isNaN(smile)) {
            assertEquals(smile, PartitionMetrics.adjustedRandIndex(a, b), 1e-12);
        }
    }

    @Test
    void handComputedValues() {
        // left|right against top|bottom of four points: index 0, expected 1/3·... gives −0.5
        assertEquals(-0.5, PartitionMetrics.adjustedRandIndex(new int[]{0, 0, 1, 1}, new int[]{0, 1, 0, 1}), 1e-12);
        assertEquals(1.0, PartitionMetrics.adjustedRandIndex(new int[]{0, 0, 1, 2}, new int[]{2, 2, 0, 1}), 1e-12);
        assertEquals(1.0, PartitionMetrics.adjustedRandIndex(new int[]{0, 0, 0}, new int[]{1, 1, 1}), "one cluster each");
        assertEquals(1.0, PartitionMetrics.adjustedRandIndex(new int[]{0, 1, 2}, new int[]{2, 1, 0}), "all singletons");
        assertEquals(0.0, PartitionMetrics.adjustedRandIndex(new int[]{0, 0, 0}, new int[]{0, 1, 2}), 1e-12);
        assertEquals(1.0, PartitionMetrics.adjustedRandIndex(new String[]{"a", "a", "b"}, new int[]{5, 5, 1}), 1e-12);
    }
}
