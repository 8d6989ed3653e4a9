package dev.basin.chart;

import dev.basin.analysis.SweepTables;
import dev.basin.analysis.SweepTables.RunRow;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxSeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

/**
 * How final inertia is distributed for each initializer, twice: a histogram (one translucent outline per
 * initializer over the same bins, height = share of that initializer's runs) and a box plot (median,
 * quartiles, whiskers). The histogram's horizontal axis and the box plot's vertical axis cover the same
 * inertia range, so the two can be read against each other.
 *
 * <p>K-means inertia is rarely bell-shaped: runs pile up on a few values, one per basin. The histogram
 * shows those piles; the box plot summarizes them and marks the rare bad runs as outliers.
 */
public final class InertiaDistributionChart {
    /** Fewest and most histogram bins; between them, about 2√n for n runs per initializer. */
    static final int MIN_BINS = 15;
    static final int MAX_BINS = 60;

    /**
     * The two charts.
     *
     * @param histogram one series per initializer, named by it, over the same bins
     * @param boxPlot   one box per initializer, named by it
     */
    public record Charts(XYChart histogram, BoxChart boxPlot) {
    }

    private InertiaDistributionChart() {
    }

    /** Both charts at the default size ({@value ChartStyle#WIDTH} × {@value ChartStyle#HEIGHT} each). */
    public static Charts build(SweepTables tables) {
        return build(tables, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /** Both charts, each {@code width} × {@code height}. */
    public static Charts build(SweepTables tables, int width, int height) {
        List<String> inits = tables.inits();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int largest = 0;
        for (String init : inits) {
            List<RunRow> runs = tables.runsOf(init);
            largest = Math.max(largest, runs.size());
            for (RunRow run : runs) {
                min = Math.min(min, run.inertia());
                max = Math.max(max, run.inertia());
            }
        }
        double span = max > min ? max - min : Math.max(Math.abs(min) * 0.01, 1e-9);
        double low = min - 0.03 * span;
        double high = max + 0.03 * span;
        int bins = binCount(largest);
        double lo = max > min ? min : min - span / 2;
        double width0 = (max > min ? max - min : span) / bins;

        XYChart histogram = ChartStyle.xy("Distribution of final inertia", "final inertia (sum of squared distances)",
                "share of runs (%)", width, height);
        histogram.getStyler().setXAxisMin(low);
        histogram.getStyler().setXAxisMax(high);
        histogram.getStyler().setYAxisMin(0.0);
        BoxChart box = ChartStyle.box("Final inertia per initializer", "initializer",
                "final inertia (sum of squared distances)", width, height);
        box.getStyler().setYAxisMin(low);
        box.getStyler().setYAxisMax(high);
        // The boxes are labelled on the axis; a legend would repeat the labels.
        box.getStyler().setLegendVisible(false);
        // XChart 3.8 draws every box blue with a red median and red outliers, whatever the series colors;
        // the runs inside the whiskers, drawn as small translucent marks in the initializer's color, carry
        // the palette, and show where runs pile up (one pile per basin).
        box.getStyler().setShowWithinAreaPoint(true);
        box.getStyler().setMarkerSize(ChartStyle.SMALL_MARKER);

        for (int i = 0; i < inits.size(); i++) {
            String init = inits.get(i);
            double[] inertia = tables.runsOf(init).stream().mapToDouble(RunRow::inertia).toArray();
            Color color = Palette.initializer(i);
            double[][] outline = outline(inertia, lo, width0, bins);
            XYSeries series = histogram.addSeries(init, outline[0], outline[1]);
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(color);
            series.setLineStyle(new BasicStroke(2f));
            // Translucent fill: where initializers overlap, both outlines and a mixed fill stay visible.
            series.setFillColor(Palette.withAlpha(color, 0.2));

            BoxSeries boxSeries = box.addSeries(init, inertia);
            boxSeries.setFillColor(Palette.withAlpha(color, 0.35));
            boxSeries.setLineColor(color);
            boxSeries.setMarkerColor(Palette.withAlpha(color, 0.35));
            boxSeries.setMarker(Markers.shape(i));
        }
        ChartStyle.fitLegend(histogram);
        return new Charts(histogram, box);
    }

    static int binCount(int runs) {
        return Math.max(MIN_BINS, Math.min(MAX_BINS, (int) Math.ceil(2 * Math.sqrt(runs))));
    }

    /**
     * The histogram's outline as x, y points: up the left edge of each bin, across its top, down to zero
     * after the last, so a plain line draws the bars and an area fill fills them.
     */
    static double[][] outline(double[] values, double lo, double binWidth, int bins) {
        int[] counts = new int[bins];
        for (double v : values) {
            int b = (int) Math.floor((v - lo) / binWidth);
            counts[Math.max(0, Math.min(bins - 1, b))]++;
        }
        double[] x = new double[2 * bins + 2];
        double[] y = new double[2 * bins + 2];
        x[0] = lo;
        y[0] = 0;
        for (int b = 0; b < bins; b++) {
            double share = values.length == 0 ? 0 : 100.0 * counts[b] / values.length;
            x[2 * b + 1] = lo + b * binWidth;
            y[2 * b + 1] = share;
            x[2 * b + 2] = lo + (b + 1) * binWidth;
            y[2 * b + 2] = share;
        }
        x[2 * bins + 1] = lo + bins * binWidth;
        y[2 * bins + 1] = 0;
        return new double[][]{x, y};
    }
}
