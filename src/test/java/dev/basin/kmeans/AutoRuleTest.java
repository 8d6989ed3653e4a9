package dev.basin.kmeans;

import dev.basin.InvalidInputException;
import dev.basin.data.Dataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documented choice of {@code auto}, and Elkan refused rather than exhausting the heap. */
class AutoRuleTest {
    @Test
    void hamerlyWithManyClustersUpToThirtyTwoFeaturesLloydOtherwise() {
        assertEquals(Algorithm.LLOYD, AutoRule.choose(100_000, 2, 15));
        assertEquals(Algorithm.LLOYD, AutoRule.choose(1_000_000, 8, 8));
        assertEquals(Algorithm.LLOYD, AutoRule.choose(200_000, 16, 32));
        assertEquals(Algorithm.HAMERLY, AutoRule.choose(100_000, 2, 100));
        assertEquals(Algorithm.HAMERLY, AutoRule.choose(10, AutoRule.HAMERLY_MAX_DIMS, AutoRule.HAMERLY_MIN_K));
        assertEquals(Algorithm.LLOYD, AutoRule.choose(10, AutoRule.HAMERLY_MAX_DIMS, AutoRule.HAMERLY_MIN_K - 1));
        assertEquals(Algorithm.LLOYD, AutoRule.choose(10, AutoRule.HAMERLY_MAX_DIMS + 1, AutoRule.HAMERLY_MIN_K));
        assertEquals(Algorithm.LLOYD, AutoRule.choose(50_000, 64, 100));
        assertEquals("hamerly", Algorithm.AUTO.variantFor(100, 2, 64).name());
        assertEquals("lloyd", Algorithm.AUTO.variantFor(100, 2, 3).name());
        assertEquals("lloyd", Algorithm.AUTO.variantFor(100, 64, 3).name());
    }

    @Test
    void elkanIsRefusedWhenItsBoundsWouldNotFitInHalfTheHeap() {
        // 1,000,000 rows x 100 clusters x 8 bytes = 800 MB per run, against a 1 GB heap
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AutoRule.requireElkanFits(1_000_000, 8, 100, 1, 1L << 30));
        assertTrue(e.getMessage().startsWith("--algorithm elkan needs 770 MB for its bounds"), e.getMessage());
        assertTrue(e.getMessage().contains("use --algorithm hamerly or auto"), e.getMessage());
        AutoRule.requireElkanFits(1_000_000, 8, 10, 1, 1L << 30); // 91 MB fits
        assertThrows(InvalidInputException.class, () -> AutoRule.requireElkanFits(1_000_000, 8, 10, 8, 1L << 30));
    }

    @Test
    void fitChecksElkanBeforeRunning() {
        Dataset data = Dataset.of(new double[]{0, 1, 2, 10, 11, 12}, List.of("x"));
        KMeansConfig config = KMeansConfig.defaults(2).withAlgorithm(Algorithm.ELKAN).withRandomState(1L);
        assertEquals(2, KMeans.fit(data, config).best().k()); // tiny bounds: runs
    }
}
