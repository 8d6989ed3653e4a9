package dev.basin.data;

import dev.basin.InvalidInputException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Relative sizes become whole counts that add up to n, each within one row of its share. */
class BlobSizesTest {

    @Test
    void equalSplitsEvenly() {
        assertArrayEquals(new int[]{4, 3, 3}, BlobSizes.EQUAL.counts(10, 3));
        assertArrayEquals(new int[]{334, 334, 334, 334, 334, 333, 333, 333, 333, 333, 333, 333, 333, 333, 333},
                BlobSizes.parse("equal").counts(5000, 15));
    }

    @Test
    void aListGivesEachClusterItsShare() {
        assertArrayEquals(new int[]{500, 100, 100, 300}, BlobSizes.parse("5,1,1,3").counts(1000, 4));
        assertArrayEquals(new int[]{500, 100, 100, 300}, BlobSizes.parse(" 0.5, 0.1 ,0.1,0.3").counts(1000, 4));
    }

    @Test
    void aRatioFallsGeometricallyFromFirstToLast() {
        int[] counts = BlobSizes.parse("ratio:10").counts(11_110, 3);
        // shares ∝ 1, 10^-1/2, 10^-1: the first ten times the last, the middle their geometric mean
        double[] shares = BlobSizes.parse("ratio:10").shares(3);
        assertEquals(10, shares[0] / shares[2], 1e-12);
        assertEquals(Math.sqrt(10), shares[0] / shares[1], 1e-12);
        assertEquals(11_110, Arrays.stream(counts).sum());
        assertTrue(counts[0] > counts[1] && counts[1] > counts[2]);
        assertArrayEquals(new int[]{5, 5}, BlobSizes.parse("ratio:1").counts(10, 2));
    }

    @Property(tries = 200, seed = "606")
    void countsAddUpAndStayWithinOneRowOfTheirShare(@ForAll @IntRange(min = 1, max = 12) int k,
                                                     @ForAll @IntRange(min = 50, max = 5000) int n,
                                                     @ForAll @DoubleRange(min = 1, max = 20) double ratio) {
        BlobSizes sizes = BlobSizes.parse("ratio:" + ratio);
        int[] counts = sizes.counts(n, k);
        double[] shares = sizes.shares(k);
        assertEquals(n, Arrays.stream(counts).sum());
        for (int c = 0; c < k; c++) {
            assertTrue(Math.abs(counts[c] - n * shares[c]) < 1, "cluster " + c + ": " + counts[c] + " for " + n * shares[c]);
        }
    }

    @Test
    void mistakesAreClear() {
        assertTrue(assertThrows(InvalidInputException.class, () -> BlobSizes.parse("5,1").counts(100, 3)).getMessage()
                .contains("lists 2 relative sizes but k is 3"));
        assertTrue(assertThrows(InvalidInputException.class, () -> BlobSizes.parse("5,0,1")).getMessage()
                .contains("must be a positive number"));
        assertTrue(assertThrows(InvalidInputException.class, () -> BlobSizes.parse("ratio:0.5")).getMessage()
                .contains("at least 1"));
        assertTrue(assertThrows(InvalidInputException.class, () -> BlobSizes.parse("lots")).getMessage()
                .contains("equal, ratio:R"));
        assertTrue(assertThrows(InvalidInputException.class, () -> BlobSizes.parse("1000,1").counts(100, 2)).getMessage()
                .contains("without a row"));
    }
}
