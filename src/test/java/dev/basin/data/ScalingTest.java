package dev.basin.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScalingTest {
    private static final double EPS = 1e-12;

    /** Columns a = 1, 2, 3, 6 and b = 10, 10, 30, 30. */
    private static final Dataset DATA = Dataset.builder(new double[] {1, 10, 2, 10, 3, 30, 6, 30}, List.of("a", "b"))
            .weights(new double[] {1, 2, 3, 4})
            .labels("k", new String[] {"p", "q", "r", "s"})
            .build();

    @Test
    void noneKeepsTheSameDataset() {
        ScaledData scaled = Scaling.NONE.apply(DATA);
        assertSame(DATA, scaled.data());
        assertArrayEquals(new double[] {0, 0}, scaled.shift());
        assertArrayEquals(new double[] {1, 1}, scaled.scale());
    }

    @Test
    void standardUsesMeanAndPopulationStandardDeviation() {
        ScaledData scaled = Scaling.STANDARD.apply(DATA);
        // a: mean 3, population variance (4 + 1 + 0 + 9) / 4 = 3.5; b: mean 20, variance 100
        assertArrayEquals(new double[] {3, 20}, scaled.shift(), EPS);
        assertArrayEquals(new double[] {Math.sqrt(3.5), 10}, scaled.scale(), EPS);
        assertEquals(-2 / Math.sqrt(3.5), scaled.data().value(0, 0), EPS);
        assertEquals(1, scaled.data().value(3, 1), EPS);
    }

    @Test
    void standardIgnoresWeights() {
        Dataset unweighted = Dataset.of(DATA.values(), DATA.features());
        assertArrayEquals(Scaling.STANDARD.apply(unweighted).data().values(),
                Scaling.STANDARD.apply(DATA).data().values());
    }

    @Test
    void minMaxMapsEachFeatureOntoZeroOne() {
        ScaledData scaled = Scaling.MINMAX.apply(DATA);
        assertArrayEquals(new double[] {1, 10}, scaled.shift());
        assertArrayEquals(new double[] {5, 20}, scaled.scale());
        assertArrayEquals(new double[] {0, 0, 0.2, 0, 0.4, 1, 1, 1}, scaled.data().values(), EPS);
    }

    @Test
    void scaledDataKeepsWeightsAndLabels() {
        Dataset scaled = Scaling.STANDARD.apply(DATA).data();
        assertArrayEquals(DATA.weights(), scaled.weights());
        assertArrayEquals(DATA.labels().orElseThrow(), scaled.labels().orElseThrow());
        assertEquals(DATA.features(), scaled.features());
    }

    @Test
    void constantColumnGetsScaleOneAndNoNaN() {
        Dataset constant = Dataset.of(new double[] {0.1, 1, 0.1, 2, 0.1, 3}, List.of("c", "v"));
        for (Scaling scaling : Scaling.values()) {
            ScaledData scaled = scaling.apply(constant);
            assertEquals(1, scaled.scale()[0]);
            for (double v : scaled.data().values()) {
                assertTrue(Double.isFinite(v), scaling + " gave " + v);
            }
            if (scaling != Scaling.NONE) {
                assertEquals(0, scaled.data().value(1, 0));
            }
        }
    }

    @Test
    void centersRoundTripBetweenUnits() {
        double[] centers = {1.5, 12, -4, 31, 100, 0};
        for (Scaling scaling : Scaling.values()) {
            ScaledData scaled = scaling.apply(DATA);
            assertArrayEquals(centers, scaled.toOriginalUnits(scaled.toScaledUnits(centers)), 1e-9);
            assertArrayEquals(centers, scaled.toScaledUnits(scaled.toOriginalUnits(centers)), 1e-9);
        }
    }

    @Test
    void toScaledUnitsMatchesHowTheDataWasScaled() {
        ScaledData scaled = Scaling.STANDARD.apply(DATA);
        assertArrayEquals(scaled.data().values(), scaled.toScaledUnits(DATA.values()), EPS);
    }
}
