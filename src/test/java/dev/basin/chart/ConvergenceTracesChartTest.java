package dev.basin.chart;

import dev.basin.analysis.SweepTables;
import dev.basin.analysis.SweepTables.RunRow;
import dev.basin.analysis.SweepTables.TraceRow;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConvergenceTracesChartTest {
    private static final SweepTables TABLES = SweepFixture.TABLES;

    @Test
    void oneLinePerTracedRunColoredByItsBasinWithTheLegendByBasin() {
        XYChart chart = ConvergenceTracesChart.build(TABLES);
        List<XYSeries> runs = chart.getSeriesMap().values().stream()
                .filter(s -> s.getName().startsWith(ConvergenceTracesChart.RUN_PREFIX)).toList();
        // 200 traced runs requested, 100 per initializer, but only 40 seeds each.
        assertEquals(2 * SweepFixture.SEEDS, runs.size());
        assertTrue(runs.stream().noneMatch(XYSeries::isShowInLegend), "runs are not in the legend");
        List<XYSeries> legend = chart.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend).toList();
        assertTrue(legend.getFirst().getLabel().startsWith("#1 best"), legend.getFirst().getLabel());

        Map<String, Integer> basinOf = new HashMap<>();
        TABLES.runs().forEach(r -> basinOf.put(r.init() + " " + r.seed(), r.basin()));
        Map<Integer, Color> colorOfBasin = new HashMap<>();
        for (XYSeries run : runs) {
            String key = run.getName().substring(ConvergenceTracesChart.RUN_PREFIX.length());
            Color color = new Color(run.getLineColor().getRGB() & 0xFFFFFF);
            Color before = colorOfBasin.putIfAbsent(basinOf.get(key), color);
            assertTrue(before == null || before.equals(color), "one color per basin");
            long iterations = TABLES.traces().stream().filter(t -> (t.init() + " " + t.seed()).equals(key)).count();
            assertEquals(iterations, run.getXData().length);
            RunRow row = TABLES.runs().stream().filter(r -> (r.init() + " " + r.seed()).equals(key)).findFirst()
                    .orElseThrow();
            assertEquals(row.iterations(), run.getXData().length, "one point per iteration");
        }
        assertEquals(Palette.basin(0), colorOfBasin.get(1), "the best basin has the first color");
    }

    @Test
    void atMostMaxLinesSharedEvenlyBetweenInitializers() {
        List<TraceRow> traces = new ArrayList<>();
        List<RunRow> runs = new ArrayList<>();
        for (String init : List.of("a", "b")) {
            for (int seed = 0; seed < 300; seed++) {
                runs.add(new RunRow(init, seed, 1, 2, 2, "strict", 1, 1, 0, 0));
                traces.add(new TraceRow(init, seed, 1, 2));
                traces.add(new TraceRow(init, seed, 2, 1));
            }
        }
        SweepTables tables = new SweepTables(List.of("a", "b"), runs,
                List.of(new SweepTables.BasinRow(1, 1, 0, 0, 600, 1, Map.of("a", 300, "b", 300), Map.of())),
                List.of(), traces);
        XYChart chart = ConvergenceTracesChart.build(tables);
        List<String> drawn = chart.getSeriesMap().keySet().stream()
                .filter(n -> n.startsWith(ConvergenceTracesChart.RUN_PREFIX)).toList();
        assertEquals(ConvergenceTracesChart.MAX_LINES, drawn.size());
        assertEquals(100, drawn.stream().filter(n -> n.startsWith("run a ")).count());
        assertFalse(drawn.contains("run a 100"));
    }

    @Test
    void rendersWithoutError() {
        assertTrue(ChartWriter.png(ConvergenceTracesChart.build(TABLES), 1).length > 1000);
    }
}
