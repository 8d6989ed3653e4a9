package dev.basin.chart;

import dev.basin.analysis.RestartCurve;
import dev.basin.analysis.SweepConfig;
import dev.basin.analysis.SweepTables;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RestartCurveChartTest {
    private static final SweepTables TABLES = SweepFixture.TABLES;

    @Test
    void expectedBestInertiaHasOneLinePerInitializerOverEveryR() {
        XYChart chart = RestartCurveChart.build(TABLES).expectedBest();
        assertEquals(List.of(RestartCurveChart.BEST_LINE, "k-means++", "random"),
                List.copyOf(chart.getSeriesMap().keySet()));
        XYSeries random = chart.getSeriesMap().get("random");
        assertEquals(SweepConfig.DEFAULT_MAX_RESTARTS, random.getXData().length);
        assertEquals(1.0, random.getXData()[0]);
        double[] y = random.getYData();
        for (int r = 1; r < y.length; r++) {
            assertTrue(y[r] <= y[r - 1] + 1e-9, "more restarts never raise the expected best");
        }
        assertTrue(y[y.length - 1] >= TABLES.bestInertia() - 1e-9);
        assertEquals("restarts r (n_init)", chart.getXAxisTitle());
    }

    @Test
    void probabilityChartHasTheThresholdLineAndMarksWhereEachInitializerReachesIt() {
        XYChart chart = RestartCurveChart.build(TABLES).probabilityBest();
        XYSeries line = chart.getSeriesMap().get(RestartCurveChart.THRESHOLD_LINE);
        assertArrayEquals(new double[]{RestartCurve.CONFIDENCE, RestartCurve.CONFIDENCE}, line.getYData());
        for (String init : SweepFixture.INITS) {
            int r = TABLES.restarts().stream().filter(row -> row.init().equals(init))
                    .filter(row -> row.probabilityBest() >= RestartCurve.CONFIDENCE)
                    .mapToInt(SweepTables.RestartRow::restarts).min().orElse(0);
            XYSeries marker = chart.getSeriesMap().get(init + RestartCurveChart.REACHED_SUFFIX);
            if (r > 0) {
                assertArrayEquals(new double[]{r}, marker.getXData());
                assertTrue(marker.getYData()[0] >= RestartCurve.CONFIDENCE);
                assertEquals(init + " (r = " + r + ")", chart.getSeriesMap().get(init).getLabel());
            }
        }
        assertTrue(chart.getSeriesMap().containsKey("k-means++" + RestartCurveChart.REACHED_SUFFIX),
                "k-means++ reaches the best basin in this fixture");
    }

    @Test
    void firstReachingIsTheSmallestRAtOrAboveTheThreshold() {
        List<SweepTables.RestartRow> rows = List.of(new SweepTables.RestartRow("a", 1, 0, 0.5),
                new SweepTables.RestartRow("a", 2, 0, 0.95), new SweepTables.RestartRow("a", 3, 0, 0.99));
        assertEquals(2, RestartCurveChart.firstReaching(rows, 0.95));
        assertEquals(0, RestartCurveChart.firstReaching(rows, 0.999));
    }

    @Test
    void rendersWithoutError() {
        RestartCurveChart.Charts charts = RestartCurveChart.build(TABLES);
        assertTrue(ChartWriter.png(charts.expectedBest(), 1).length > 1000);
        assertTrue(ChartWriter.png(charts.probabilityBest(), 1).length > 1000);
    }
}
