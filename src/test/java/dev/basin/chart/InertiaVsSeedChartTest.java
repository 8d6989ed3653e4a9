package dev.basin.chart;

import dev.basin.analysis.SweepTables;
import dev.basin.analysis.SweepTables.RunRow;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InertiaVsSeedChartTest {
    private static final SweepTables TABLES = SweepFixture.TABLES;

    @Test
    void oneSeriesPerInitializerWithEverySeedThenTheBestLine() {
        XYChart chart = InertiaVsSeedChart.build(TABLES);
        assertEquals(List.of(InertiaVsSeedChart.BEST_LINE, "k-means++", "random"),
                List.copyOf(chart.getSeriesMap().keySet()));
        for (String init : SweepFixture.INITS) {
            XYSeries series = chart.getSeriesMap().get(init);
            List<RunRow> runs = TABLES.runsOf(init);
            assertEquals(SweepFixture.SEEDS, series.getXData().length);
            assertArrayEquals(runs.stream().mapToDouble(RunRow::seed).toArray(), series.getXData());
            assertArrayEquals(runs.stream().mapToDouble(RunRow::inertia).toArray(), series.getYData());
            assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, series.getXYSeriesRenderStyle());
        }
        XYSeries best = chart.getSeriesMap().get(InertiaVsSeedChart.BEST_LINE);
        assertArrayEquals(new double[]{TABLES.bestInertia(), TABLES.bestInertia()}, best.getYData());
        assertTrue(best.getLabel().startsWith("best"), best.getLabel());
    }

    @Test
    void titledWithAxesInUnitsAndColoredByInitializer() {
        XYChart chart = InertiaVsSeedChart.build(TABLES);
        assertFalse(chart.getTitle().isBlank());
        assertEquals("seed (random_state)", chart.getXAxisTitle());
        assertEquals("final inertia (sum of squared distances)", chart.getYAxisTitle());
        assertEquals(Palette.initializer(1).getRGB() & 0xFFFFFF,
                chart.getSeriesMap().get("random").getMarkerColor().getRGB() & 0xFFFFFF);
        // The axis leaves room for the labels of the best and worst runs.
        double worst = TABLES.runs().stream().mapToDouble(RunRow::inertia).max().orElseThrow();
        assertTrue(chart.getStyler().getYAxisMin() < TABLES.bestInertia());
        assertTrue(chart.getStyler().getYAxisMax() > worst);
    }

    @Test
    void bigSweepsAreThinnedKeepingTheBestAndWorstRuns() {
        SweepTables big = SweepFixture.synthetic(List.of("random"), 30_000);
        XYChart chart = InertiaVsSeedChart.build(big);
        String name = "random";
        XYSeries series = chart.getSeriesMap().get(name);
        assertTrue(chart.getTitle().endsWith("(20,000 of 30,000 runs per initializer drawn)"), chart.getTitle());
        assertEquals(InertiaVsSeedChart.MAX_POINTS, series.getXData().length);
        double[] seeds = series.getXData();
        assertTrue(Arrays.binarySearch(seeds, 1234) >= 0, "the best run is kept");
        assertTrue(Arrays.binarySearch(seeds, 30_000 - 7) >= 0, "the worst run is kept");
        assertEquals(90.0, Arrays.stream(series.getYData()).min().orElseThrow());
        assertEquals(150.0, Arrays.stream(series.getYData()).max().orElseThrow());
        // Evenly spread: no gap between drawn seeds much wider than 30,000 / 20,000.
        for (int i = 1; i < seeds.length; i++) {
            assertTrue(seeds[i] - seeds[i - 1] <= 3, "gap at " + seeds[i]);
        }
        // Crowded: the data is hidden from the legend, a legend-only entry carries the name.
        assertFalse(series.isShowInLegend());
        assertEquals(name, chart.getSeriesMap().get(name + " (legend)").getLabel());
        // Deterministic.
        assertArrayEquals(seeds, InertiaVsSeedChart.build(big).getSeriesMap().get(name).getXData());
    }

    @Test
    void crowdedButUnthinnedSeriesKeepEveryRun() {
        SweepTables crowded = SweepFixture.synthetic(List.of("k-means++", "random"), 3_000);
        XYChart chart = InertiaVsSeedChart.build(crowded);
        assertEquals(3_000, chart.getSeriesMap().get("k-means++").getXData().length);
        assertFalse(chart.getSeriesMap().get("k-means++").isShowInLegend());
        assertTrue(chart.getSeriesMap().containsKey("random (legend)"));
    }

    @Test
    void rendersWithoutError() {
        assertTrue(ChartWriter.png(InertiaVsSeedChart.build(TABLES), 1).length > 1000);
    }
}
