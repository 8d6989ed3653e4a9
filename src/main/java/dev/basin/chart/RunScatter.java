package dev.basin.chart;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import java.awt.Color;

/**
 * One initializer's runs as a scatter series, readable at any sweep size: full-size, slightly translucent
 * markers up to {@value #CROWDED} points; small, faint markers beyond (dense regions then show darker,
 * and a separate legend entry keeps a full-size marker); thinned to {@value #MAX_POINTS} points beyond
 * that, keeping the lowest and highest run. Charts say in their title when runs were thinned
 * ({@link #thinnedNote}); legend labels stay short, since XChart does not wrap a legend row.
 */
final class RunScatter {
    /** Points per series above which markers become small and translucent. */
    static final int CROWDED = 2_000;
    /** Points per series above which the series is thinned to this many. */
    static final int MAX_POINTS = 20_000;

    private RunScatter() {
    }

    /**
     * Adds the series of the points (x[i], y[i]), thinned by y, colored and shaped as initializer
     * {@code index}, and returns it. Its name is {@code name}, followed by {@code note} in parentheses
     * unless it is null: "random (ρ = 0.20)".
     */
    static XYSeries add(XYChart chart, String name, String note, double[] x, double[] y, int index) {
        int[] kept = Thinning.keep(y, MAX_POINTS);
        double[] keptX = new double[kept.length];
        double[] keptY = new double[kept.length];
        for (int j = 0; j < kept.length; j++) {
            keptX[j] = x[kept[j]];
            keptY[j] = y[kept[j]];
        }
        String label = note == null ? name : name + " (" + note + ")";
        Color color = Palette.initializer(index);
        XYSeries series = chart.addSeries(label, keptX, keptY);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        if (y.length > CROWDED) {
            series.setMarker(Markers.sized(Markers.shape(index), ChartStyle.SMALL_MARKER));
            series.setMarkerColor(Palette.withAlpha(color, 0.3));
            series.setShowInLegend(false);
            legendOnly(chart, label, color).setMarker(Markers.shape(index));
        } else {
            series.setMarker(Markers.shape(index));
            // Slightly translucent: two initializers' points on the same spot both stay visible.
            series.setMarkerColor(Palette.withAlpha(color, 0.75));
        }
        return series;
    }

    /**
     * What a title says when the largest series, of {@code largest} runs, is thinned: "20,000 of 30,000
     * runs per initializer drawn"; null when nothing is thinned.
     */
    static String thinnedNote(int largest) {
        return largest > MAX_POINTS ? ChartText.count(MAX_POINTS) + " of " + ChartText.count(largest)
                + " runs per initializer drawn" : null;
    }

    /**
     * A series that only shows in the legend, labelled {@code label}: its one point is NaN, which XChart
     * does not draw. Its key is {@code label + " (legend)"}.
     */
    static XYSeries legendOnly(XYChart chart, String label, Color color) {
        XYSeries legend = chart.addSeries(label + " (legend)", new double[]{Double.NaN}, new double[]{Double.NaN});
        legend.setLabel(label);
        legend.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        legend.setMarkerColor(color);
        legend.setLineColor(color);
        return legend;
    }
}
