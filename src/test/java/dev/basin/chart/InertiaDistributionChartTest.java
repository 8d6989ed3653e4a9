package dev.basin.chart;

import dev.basin.analysis.SweepTables;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BoxSeries;
import org.knowm.xchart.XYSeries;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InertiaDistributionChartTest {
    private static final SweepTables TABLES = SweepFixture.TABLES;

    @Test
    void histogramPerInitializerOverSharedBins() {
        InertiaDistributionChart.Charts charts = InertiaDistributionChart.build(TABLES);
        assertEquals(SweepFixture.INITS, List.copyOf(charts.histogram().getSeriesMap().keySet()));
        XYSeries first = charts.histogram().getSeriesMap().get("k-means++");
        XYSeries second = charts.histogram().getSeriesMap().get("random");
        assertArrayEquals(first.getXData(), second.getXData(), "same bins");
        int bins = InertiaDistributionChart.binCount(SweepFixture.SEEDS);
        assertEquals(2 * bins + 2, first.getXData().length);
        for (XYSeries series : List.of(first, second)) {
            double[] y = series.getYData();
            double total = 0;
            for (int b = 0; b < bins; b++) {
                total += y[2 * b + 1];
            }
            assertEquals(100.0, total, 1e-9, "shares of one initializer's runs add up to 100%");
        }
        assertEquals("share of runs (%)", charts.histogram().getYAxisTitle());
    }

    @Test
    void boxPlotPerInitializerOnTheSameInertiaRange() {
        InertiaDistributionChart.Charts charts = InertiaDistributionChart.build(TABLES);
        assertEquals(SweepFixture.INITS, List.copyOf(charts.boxPlot().getSeriesMap().keySet()));
        BoxSeries box = charts.boxPlot().getSeriesMap().get("random");
        assertEquals(SweepFixture.SEEDS, box.getYData().size());
        assertEquals(charts.histogram().getStyler().getXAxisMin(), charts.boxPlot().getStyler().getYAxisMin());
        assertEquals(charts.histogram().getStyler().getXAxisMax(), charts.boxPlot().getStyler().getYAxisMax());
        double best = TABLES.bestInertia();
        assertTrue(charts.boxPlot().getStyler().getYAxisMin() < best);
        assertEquals(charts.histogram().getXAxisTitle(), charts.boxPlot().getYAxisTitle());
    }

    @Test
    void outlineCountsEveryValueOnce() {
        double[][] outline = InertiaDistributionChart.outline(new double[]{0, 0.5, 1, 1, 2}, 0, 1, 2);
        assertArrayEquals(new double[]{0, 0, 1, 1, 2, 2}, outline[0]);
        assertArrayEquals(new double[]{0, 40, 40, 60, 60, 0}, outline[1], 1e-12);
        assertTrue(Arrays.stream(outline[1]).allMatch(v -> v >= 0));
    }

    @Test
    void rendersWithoutError() {
        InertiaDistributionChart.Charts charts = InertiaDistributionChart.build(TABLES);
        assertTrue(ChartWriter.png(charts.histogram(), 1).length > 1000);
        assertTrue(ChartWriter.png(charts.boxPlot(), 1).length > 1000);
    }
}
