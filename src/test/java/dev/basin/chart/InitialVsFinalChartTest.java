package dev.basin.chart;

import dev.basin.analysis.Correlation;
import dev.basin.analysis.SweepTables;
import dev.basin.analysis.SweepTables.RunRow;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitialVsFinalChartTest {
    private static final SweepTables TABLES = SweepFixture.TABLES;

    @Test
    void oneSeriesPerInitializerNamedWithItsSpearmanCorrelation() {
        XYChart chart = InitialVsFinalChart.build(TABLES);
        List<String> names = List.copyOf(chart.getSeriesMap().keySet());
        assertEquals(2, names.size());
        for (int i = 0; i < 2; i++) {
            String init = SweepFixture.INITS.get(i);
            List<RunRow> runs = TABLES.runsOf(init);
            double[] initial = runs.stream().mapToDouble(RunRow::initialInertia).toArray();
            double[] last = runs.stream().mapToDouble(RunRow::inertia).toArray();
            double rho = Correlation.spearman(initial, last);
            assertEquals(String.format(Locale.US, "%s (ρ = %.2f)", init, rho), names.get(i));
            XYSeries series = chart.getSeriesMap().get(names.get(i));
            assertArrayEquals(initial, series.getXData());
            assertArrayEquals(last, series.getYData());
        }
        assertTrue(chart.getXAxisTitle().startsWith("initial inertia"));
        assertEquals("final inertia (sum of squared distances)", chart.getYAxisTitle());
    }

    @Test
    void aConstantSideIsSaidToHaveNoCorrelationAndThinningIsNoted() {
        assertEquals("ρ undefined: constant", InitialVsFinalChart.note(Double.NaN));
        SweepTables big = SweepFixture.synthetic(List.of("random"), 30_000);
        XYChart chart = InitialVsFinalChart.build(big);
        assertEquals(List.of("random (ρ = 1.00)", "random (ρ = 1.00) (legend)"),
                List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals(InertiaVsSeedChart.MAX_POINTS, chart.getSeriesMap().get("random (ρ = 1.00)").getXData().length);
        assertTrue(chart.getTitle().contains("20,000 of 30,000 runs per initializer drawn"), chart.getTitle());
    }

    @Test
    void rendersWithoutError() {
        assertTrue(ChartWriter.png(InitialVsFinalChart.build(TABLES), 1).length > 1000);
    }
}
