package dev.basin.chart;

import dev.basin.landscape.Descent;
import dev.basin.landscape.LandscapeResult;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.util.List;

/**
 * The basins of attraction as a strip along the x axis: for every starting x, the color of the minimum a
 * run from there reached (grey when it reached none), in the colors of {@link LandscapeChart}. Each start
 * colors the stretch up to halfway to its neighbours (the interval's ends for the outermost starts);
 * neighbouring starts of one color make one band. Small ticks under the strip mark the starts themselves,
 * so a band backed by a single start is told from a wide, well-sampled one.
 */
public final class AttractionStripChart {
    /** Default height, pixels: a strip, not a plot. */
    public static final int HEIGHT = 280;
    /** Prefix of each band's series key, followed by its first start's index. */
    public static final String BAND_PREFIX = "band ";
    /** Key of the series of start ticks. */
    public static final String STARTS = "starts";

    private static final float STRIP_THICKNESS = 70f;
    /** Height of one legend entry in a vertical legend, pixels (13 pt text and the legend's padding). */
    private static final int LEGEND_ENTRY = 40;

    private AttractionStripChart() {
    }

    /**
     * The chart at the default width, {@value #HEIGHT} pixels high or, when the legend has more entries than
     * fit beside a strip that high, as high as the legend needs.
     */
    public static XYChart build(LandscapeResult result) {
        int entries = new LandscapeCategories(result).present().size();
        return build(result, ChartStyle.WIDTH, Math.max(HEIGHT, 100 + LEGEND_ENTRY * entries));
    }

    /** The chart: one legend entry per category, one hidden series per band, then {@link #STARTS}. */
    public static XYChart build(LandscapeResult result, int width, int height) {
        List<Descent.Run> runs = result.runs();
        XYChart chart = ChartStyle.xy("Which minimum each starting x flows to", "starting x", "", width, height);
        chart.getStyler().setXAxisMin(result.config().from());
        chart.getStyler().setXAxisMax(result.config().to());
        chart.getStyler().setYAxisMin(-1.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setYAxisTicksVisible(false);
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);

        LandscapeCategories categories = new LandscapeCategories(result);
        for (LandscapeCategories.Category category : categories.present()) {
            XYSeries legend = RunScatter.legendOnly(chart, category.label(), category.color());
            legend.setMarker(SeriesMarkers.SQUARE);
        }
        int first = 0;
        while (first < runs.size()) {
            int last = first;
            while (last + 1 < runs.size() && categories.of(last + 1) == categories.of(first)) {
                last++;
            }
            double left = first == 0 ? result.config().from() : midpoint(runs, first - 1, first);
            double right = last == runs.size() - 1 ? result.config().to() : midpoint(runs, last, last + 1);
            XYSeries band = chart.addSeries(BAND_PREFIX + first, new double[]{left, right}, new double[]{0.15, 0.15});
            band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            band.setMarker(SeriesMarkers.NONE);
            band.setLineColor(categories.of(first).color());
            band.setLineStyle(new BasicStroke(STRIP_THICKNESS, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            band.setShowInLegend(false);
            first = last + 1;
        }
        double[] startX = runs.stream().mapToDouble(Descent.Run::start).toArray();
        double[] startY = new double[startX.length];
        java.util.Arrays.fill(startY, -0.55);
        XYSeries ticks = chart.addSeries(STARTS, startX, startY);
        ticks.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        ticks.setMarker(Markers.sized(SeriesMarkers.TRIANGLE_UP, runs.size() > 200 ? 4 : 7));
        ticks.setMarkerColor(Palette.REFERENCE);
        ticks.setShowInLegend(false);
        ChartStyle.fitLegend(chart);
        return chart;
    }

    private static double midpoint(List<Descent.Run> runs, int a, int b) {
        return runs.get(a).start() + (runs.get(b).start() - runs.get(a).start()) / 2;
    }
}
