package dev.basin.chart;

import dev.basin.analysis.Solution;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SolutionsChartTest {
    @Test
    void twoPlotsWithTheSameAxesPointsColoredByClusterAndLargeCenters() {
        List<Solution> solutions = SweepFixture.solutions();
        SolutionsChart.Charts charts = SolutionsChart.build(solutions.get(0), solutions.get(1));
        for (int s = 0; s < 2; s++) {
            XYChart chart = s == 0 ? charts.first() : charts.second();
            Solution solution = solutions.get(s);
            assertEquals(solution.title(), chart.getTitle());
            assertEquals("x", chart.getXAxisTitle());
            assertEquals("y", chart.getYAxisTitle());
            int points = 0;
            for (int c = 0; c < 3; c++) {
                XYSeries cluster = chart.getSeriesMap().get(SolutionsChart.CLUSTER_PREFIX + (c + 1));
                points += cluster.getXData().length;
                assertEquals(Palette.cluster(c).getRGB() & 0xFFFFFF, cluster.getMarkerColor().getRGB() & 0xFFFFFF);
                XYSeries center = chart.getSeriesMap().get("center " + (c + 1));
                assertEquals(solution.centers()[2 * c], center.getXData()[0]);
                assertEquals(Palette.cluster(c), center.getMarkerColor());
                assertFalse(center.isShowInLegend());
            }
            assertEquals(solution.labels().length, points, "every row drawn once");
            assertTrue(chart.getSeriesMap().get(SolutionsChart.CENTERS).isShowInLegend());
        }
        assertEquals(charts.first().getStyler().getXAxisMin(), charts.second().getStyler().getXAxisMin());
        assertEquals(charts.first().getStyler().getXAxisMax(), charts.second().getStyler().getXAxisMax());
        assertEquals(charts.first().getStyler().getYAxisMin(), charts.second().getStyler().getYAxisMin());
        assertEquals(charts.first().getStyler().getYAxisMax(), charts.second().getStyler().getYAxisMax());
    }

    @Test
    void manyPointsAreThinnedEvenlyAndTheTitleSaysSo() {
        int n = 50_000;
        double[] points = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            points[2 * i] = i % 100;
            points[2 * i + 1] = i / 100;
            labels[i] = i % 2;
        }
        Solution a = new Solution("a", "x", "y", points, labels, new double[]{25, 250, 75, 250});
        SolutionsChart.Charts charts = SolutionsChart.build(a, a);
        int drawn = charts.first().getSeriesMap().get("cluster 1").getXData().length
                + charts.first().getSeriesMap().get("cluster 2").getXData().length;
        assertEquals(SolutionsChart.MAX_POINTS, drawn);
        assertEquals("a (20,000 of 50,000 points drawn)", charts.first().getTitle());
    }

    @Test
    void rendersWithoutError() {
        List<Solution> solutions = SweepFixture.solutions();
        SolutionsChart.Charts charts = SolutionsChart.build(solutions.get(0), solutions.get(1));
        assertTrue(ChartWriter.png(charts.first(), 1).length > 1000);
        assertTrue(ChartWriter.png(charts.second(), 1).length > 1000);
    }
}
