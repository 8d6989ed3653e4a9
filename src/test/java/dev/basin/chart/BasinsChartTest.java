package dev.basin.chart;

import dev.basin.analysis.SweepTables;
import dev.basin.analysis.SweepTables.BasinRow;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BasinsChartTest {
    private static final SweepTables TABLES = SweepFixture.TABLES;

    @Test
    void categoriesAreTheBasinsInInertiaOrderLabelledWithTheirGap() {
        CategoryChart chart = BasinsChart.build(TABLES);
        assertTrue(TABLES.basins().size() >= 2, "the fixture has several basins");
        CategorySeries series = chart.getSeriesMap().get("k-means++");
        List<String> categories = new ArrayList<>();
        series.getXData().forEach(c -> categories.add((String) c));
        assertEquals("#1 best", categories.getFirst());
        List<Integer> numbers = categories.stream().map(c -> Integer.parseInt(c.substring(1, c.indexOf(' ')))).toList();
        assertEquals(numbers.stream().sorted().toList(), numbers, "ordered by basin number, that is by inertia");
        assertEquals(Math.min(BasinsChart.DEFAULT_TOP, TABLES.basins().size()), categories.size());
        assertEquals("share of runs (%)", chart.getYAxisTitle());
    }

    @Test
    void barsAreEachInitializersShareOfRuns() {
        CategoryChart chart = BasinsChart.build(TABLES, 50, 1000, 600);
        assertEquals(SweepFixture.INITS, List.copyOf(chart.getSeriesMap().keySet()));
        for (String init : SweepFixture.INITS) {
            List<Number> shares = new ArrayList<>(chart.getSeriesMap().get(init).getYData());
            double total = shares.stream().mapToDouble(Number::doubleValue).sum();
            assertEquals(100.0, total, 1e-9, "all basins shown: the shares add up to 100%");
            for (int b = 0; b < TABLES.basins().size(); b++) {
                BasinRow basin = TABLES.basins().get(b);
                assertEquals(100.0 * basin.runsByInit().get(init) / SweepFixture.SEEDS, shares.get(b).doubleValue(),
                        1e-9);
            }
        }
    }

    @Test
    void keepsTheMostFrequentBasinsAndOrdersThemByInertia() {
        List<BasinRow> basins = List.of(basin(1, 5), basin(2, 1), basin(3, 9), basin(4, 9), basin(5, 2));
        List<BasinRow> top = BasinsChart.mostFrequent(basins, 3);
        assertEquals(List.of(1, 3, 4), top.stream().map(BasinRow::basin).toList());
    }

    @Test
    void gapsAreWrittenWithTheirSignAndFewDigits() {
        assertEquals("#2 +0.0055%", BasinsChart.label(new BasinRow(2, 1, 0.005453, 0, 1, 0.1, Map.of(), Map.of())));
        assertEquals("#3 +81%", BasinsChart.label(new BasinRow(3, 1, 81.04, 1, 1, 0.1, Map.of(), Map.of())));
        assertEquals("#9 +9,900%", BasinsChart.label(new BasinRow(9, 1, 9900, 1, 1, 0.1, Map.of(), Map.of())));
        assertEquals("+1.5%", ChartText.gapPct(1.53));
    }

    private static BasinRow basin(int number, int runs) {
        return new BasinRow(number, number, number, 0, runs, 0, Map.of("a", runs), Map.of());
    }

    @Test
    void rendersWithoutError() {
        assertTrue(ChartWriter.png(BasinsChart.build(TABLES), 1).length > 1000);
    }
}
