package dev.basin.chart;

import dev.basin.analysis.SweepTables;
import dev.basin.analysis.SweepTables.BasinRow;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the runs end: the most frequent basins as groups of bars, one bar per initializer, its height the
 * share of that initializer's runs that ended in the basin. Groups are ordered by inertia (basin number),
 * best first, and labelled with the basin number and its gap to the best inertia: "#1 best", "#2 +0.01%",
 * "#3 +81%".
 *
 * <p>Only the {@value #DEFAULT_TOP} basins with the most runs are drawn (all initializers counted
 * together); the title says how many basins there were and which share of all runs the drawn ones hold.
 */
public final class BasinsChart {
    /** Basins drawn unless told otherwise. */
    public static final int DEFAULT_TOP = 12;
    /** More groups than this and the category labels are turned, so they never overlap. */
    static final int UPRIGHT_LABELS = 8;

    private BasinsChart() {
    }

    /** The {@value #DEFAULT_TOP} most frequent basins at the default size. */
    public static CategoryChart build(SweepTables tables) {
        return build(tables, DEFAULT_TOP, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /**
     * The {@code top} most frequent basins (ties: the better basin first), ordered by basin number; one
     * series per initializer, named by it, in the sweep's order.
     */
    public static CategoryChart build(SweepTables tables, int top, int width, int height) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, got " + top);
        }
        List<BasinRow> shown = mostFrequent(tables.basins(), top);
        long drawnRuns = shown.stream().mapToLong(BasinRow::runs).sum();
        long allRuns = tables.runs().size();
        String title = shown.size() < tables.basins().size()
                ? "The " + shown.size() + " most frequent of " + tables.basins().size() + " basins ("
                  + ChartText.significant(100.0 * drawnRuns / allRuns, 3) + "% of runs)"
                : "Basins: where the runs end (" + tables.basins().size() + (tables.basins().size() == 1 ? " basin)" : " basins)");
        CategoryChart chart = ChartStyle.category(title, "basin, by inertia (gap to best inertia)",
                "share of runs (%)", width, height);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setAvailableSpaceFill(0.8);
        if (shown.size() > UPRIGHT_LABELS) {
            chart.getStyler().setXAxisLabelRotation(35);
        }
        List<String> categories = shown.stream().map(BasinsChart::label).toList();
        for (int i = 0; i < tables.inits().size(); i++) {
            String init = tables.inits().get(i);
            double runsOfInit = tables.runsOf(init).size();
            List<Double> shares = new ArrayList<>();
            for (BasinRow basin : shown) {
                shares.add(runsOfInit == 0 ? 0 : 100.0 * basin.runsByInit().getOrDefault(init, 0) / runsOfInit);
            }
            CategorySeries series = chart.addSeries(init, categories, shares);
            series.setFillColor(Palette.initializer(i));
        }
        ChartStyle.fitLegend(chart);
        return chart;
    }

    /** The {@code top} basins with the most runs, in basin-number order. */
    static List<BasinRow> mostFrequent(List<BasinRow> basins, int top) {
        return basins.stream()
                .sorted(Comparator.comparingInt(BasinRow::runs).reversed().thenComparingInt(BasinRow::basin))
                .limit(top)
                .sorted(Comparator.comparingInt(BasinRow::basin))
                .toList();
    }

    /** "#1 best", "#2 +0.01%". */
    static String label(BasinRow basin) {
        return "#" + basin.basin() + " " + (basin.basin() == 1 ? "best" : ChartText.gapPct(basin.gapToBestPct()));
    }
}
