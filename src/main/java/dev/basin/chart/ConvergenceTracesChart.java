package dev.basin.chart;

import dev.basin.analysis.SweepTables;
import dev.basin.analysis.SweepTables.BasinRow;
import dev.basin.analysis.SweepTables.RunRow;
import dev.basin.analysis.SweepTables.TraceRow;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How runs converge: the inertia after each iteration of the traced runs, one line per run, colored by
 * the basin the run ends in. The best basin and the most frequent others ({@value #COLORED_BASINS} in all,
 * all runs counted) get the colors of {@link Palette}, the others share grey. The legend lists basins, not runs: a line's color says
 * where it is going, which is the point of the chart (runs that start alike can end apart).
 *
 * <p>The inertia axis is logarithmic: the first iterations of a poor start can be ten times the final
 * inertia, and on a linear axis they would flatten every later iteration into one line at the bottom.
 *
 * <p>At most {@value #MAX_LINES} runs are drawn, shared evenly between the initializers (the first traced
 * seeds of each); lines are translucent so bundles of runs show as darker strokes.
 */
public final class ConvergenceTracesChart {
    /** Runs drawn at most. */
    public static final int MAX_LINES = 200;
    /** Basins with a color of their own; the rest are grey. */
    public static final int COLORED_BASINS = 6;
    /** Legend label of the grey lines. */
    public static final String OTHER_BASINS = "other basins";
    /** Prefix of each drawn run's series key, followed by "init seed". */
    public static final String RUN_PREFIX = "run ";

    private ConvergenceTracesChart() {
    }

    /** The chart at the default size. */
    public static XYChart build(SweepTables tables) {
        return build(tables, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /**
     * The chart: first one legend-only series per basin present among the drawn runs (by basin number,
     * then {@link #OTHER_BASINS}), then one series per run, keyed {@code "run <init> <seed>"}, hidden from
     * the legend.
     */
    public static XYChart build(SweepTables tables, int width, int height) {
        Map<String, List<TraceRow>> traces = drawnTraces(tables);
        Map<String, Integer> basinOfRun = new HashMap<>();
        for (RunRow run : tables.runs()) {
            basinOfRun.put(key(run.init(), run.seed()), run.basin());
        }
        // The best basin always has a color: whether runs reach it is the question the chart answers.
        List<Integer> colored = tables.basins().stream()
                .sorted(Comparator.comparing((BasinRow b) -> b.basin() != 1).thenComparing(
                        Comparator.comparingInt(BasinRow::runs).reversed()).thenComparingInt(BasinRow::basin))
                .limit(COLORED_BASINS).map(BasinRow::basin).sorted().toList();
        Map<Integer, BasinRow> basins = new HashMap<>();
        tables.basins().forEach(b -> basins.put(b.basin(), b));

        String title = traces.isEmpty() ? "Convergence: no runs were traced"
                : "Convergence of " + traces.size() + " traced runs, colored by the basin they end in";
        boolean positive = tables.traces().stream().allMatch(t -> t.inertia() > 0);
        XYChart chart = ChartStyle.xy(title, "iteration",
                positive && !traces.isEmpty() ? "inertia (sum of squared distances, log scale)"
                        : "inertia (sum of squared distances)", width, height);
        chart.getStyler().setYAxisLogarithmic(positive && !traces.isEmpty());
        // Ticks between the powers of ten too: a log axis labelled only at 100 cannot be read.
        chart.getStyler().setYAxisLogarithmicDecadeOnly(false);

        // Count the drawn runs per basin first: the legend comes before the lines and says how many.
        Map<Integer, Integer> drawnPerGroup = new LinkedHashMap<>();
        for (String run : traces.keySet()) {
            drawnPerGroup.merge(group(basinOfRun.getOrDefault(run, 0), colored), 1, Integer::sum);
        }
        List<Integer> groups = new ArrayList<>(drawnPerGroup.keySet());
        groups.sort(Comparator.comparingInt(g -> g < 0 ? Integer.MAX_VALUE : g));
        for (int g : groups) {
            String label = g < 0 ? OTHER_BASINS : BasinsChart.label(basins.get(g));
            int n = drawnPerGroup.get(g);
            XYSeries legend = RunScatter.legendOnly(chart, label + " (" + n + (n == 1 ? " run)" : " runs)"),
                    color(g, colored));
            legend.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            legend.setMarker(SeriesMarkers.NONE);
            legend.setLineStyle(new BasicStroke(3f));
        }
        // Grey first, then the colored basins from worst to best, so the best basin's lines are on top.
        List<String> order = new ArrayList<>(traces.keySet());
        order.sort(Comparator.comparingInt((String run) -> drawOrder(basinOfRun.getOrDefault(run, 0), colored)));
        for (String run : order) {
            List<TraceRow> rows = traces.get(run);
            int g = group(basinOfRun.getOrDefault(run, 0), colored);
            XYSeries series = chart.addSeries(RUN_PREFIX + run,
                    rows.stream().mapToDouble(TraceRow::iteration).toArray(),
                    rows.stream().mapToDouble(TraceRow::inertia).toArray());
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(Palette.withAlpha(color(g, colored), g < 0 ? 0.45 : 0.6));
            series.setLineStyle(new BasicStroke(1.5f));
            series.setShowInLegend(false);
        }
        if (traces.isEmpty()) {
            chart.addSeries("no traces", new double[]{1}, new double[]{tables.bestInertia()}).setShowInLegend(false);
        }
        ChartStyle.fitLegend(chart);
        return chart;
    }

    /** The traced runs to draw, by "init seed", in run order: up to MAX_LINES, shared evenly by initializer. */
    static Map<String, List<TraceRow>> drawnTraces(SweepTables tables) {
        Map<String, Map<String, List<TraceRow>>> byInit = new LinkedHashMap<>();
        for (TraceRow row : tables.traces()) {
            byInit.computeIfAbsent(row.init(), i -> new LinkedHashMap<>())
                    .computeIfAbsent(key(row.init(), row.seed()), k -> new ArrayList<>()).add(row);
        }
        Map<String, List<TraceRow>> drawn = new LinkedHashMap<>();
        int inits = Math.max(1, byInit.size());
        int perInit = (MAX_LINES + inits - 1) / inits;
        for (Map<String, List<TraceRow>> runs : byInit.values()) {
            runs.entrySet().stream().limit(perInit).forEach(e -> {
                if (drawn.size() < MAX_LINES) {
                    List<TraceRow> rows = new ArrayList<>(e.getValue());
                    rows.sort(Comparator.comparingInt(TraceRow::iteration));
                    drawn.put(e.getKey(), rows);
                }
            });
        }
        return drawn;
    }

    private static String key(String init, long seed) {
        return init + " " + seed;
    }

    /** The basin number when it has a color, −1 for grey. */
    private static int group(int basin, List<Integer> colored) {
        return colored.contains(basin) ? basin : -1;
    }

    private static int drawOrder(int basin, List<Integer> colored) {
        return colored.contains(basin) ? -basin : Integer.MIN_VALUE;
    }

    private static Color color(int group, List<Integer> colored) {
        return group < 0 ? Palette.OTHER : Palette.basin(colored.indexOf(group));
    }
}
