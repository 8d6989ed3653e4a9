package dev.basin.chart;

import dev.basin.landscape.Descent;
import dev.basin.landscape.Expression;
import dev.basin.landscape.LandscapeConfig;
import dev.basin.landscape.LandscapeResult;
import dev.basin.landscape.Minima;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The function and where the runs went: f over [from, to] as a dark curve; each start's path (its points
 * (x, f(x)) epoch by epoch, joined) in the color of the minimum it reached, grey when it reached none; the
 * starts as small circles and the minima found as large outlined diamonds. At most {@value #MAX_PATHS}
 * paths are drawn, evenly spread over the starts (the title says so); every start's marker is drawn.
 *
 * <p>Where f has poles (tan, 1/x), the y axis keeps to the 2nd–98th percentile of the curve's values,
 * widened by a quarter and stretched to hold every minimum; the curve is cut where it leaves that range,
 * and where f is undefined.
 */
public final class LandscapeChart {
    /** Paths drawn at most. */
    public static final int MAX_PATHS = 80;
    /** Points on which the curve is drawn. */
    static final int CURVE_POINTS = 1_001;
    /** Key of the function's series (its first piece). */
    public static final String CURVE = "f(x)";
    /** Key of the minima's series. */
    public static final String MINIMA = "minima found";
    /** Prefix of each drawn path's series key, followed by its start index. */
    public static final String PATH_PREFIX = "path ";

    private LandscapeChart() {
    }

    /** The chart at the default size. */
    public static XYChart build(LandscapeResult result) {
        return build(result, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /**
     * The chart: the curve's pieces ({@link #CURVE}, then hidden pieces), one legend entry per category, one
     * hidden series per drawn path ({@code "path <start index>"}), the starts per category, and {@link #MINIMA}.
     */
    public static XYChart build(LandscapeResult result, int width, int height) {
        LandscapeConfig config = result.config();
        Expression f = result.expression();
        double[] xs = new double[CURVE_POINTS];
        double[] ys = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            xs[i] = i == CURVE_POINTS - 1 ? config.to() : config.from() + i * (config.width() / (CURVE_POINTS - 1));
            ys[i] = f.value(xs[i]);
        }
        double[] yRange = yRange(ys, result.minima());
        List<Descent.Run> runs = result.runs();
        int[] drawn = Thinning.even(runs.size(), MAX_PATHS);
        String title = "f(x) = " + config.function() + ": " + config.optimizer().name() + ", lr "
                + ChartText.significant(config.optimizer().learningRate(), 3) + ", " + config.epochs() + " epochs, "
                + runs.size() + (runs.size() == 1 ? " start" : " starts")
                + (drawn.length < runs.size() ? " (" + drawn.length + " paths drawn)" : "");
        XYChart chart = ChartStyle.xy(title, "x", "f(x)", width, height);
        chart.getStyler().setXAxisMin(config.from());
        chart.getStyler().setXAxisMax(config.to());
        chart.getStyler().setYAxisMin(yRange[0]);
        chart.getStyler().setYAxisMax(yRange[1]);

        List<double[][]> pieces = pieces(xs, ys, yRange, config.from(), config.to());
        for (int p = 0; p < pieces.size(); p++) {
            XYSeries curve = chart.addSeries(p == 0 ? CURVE : CURVE + " " + (p + 1), pieces.get(p)[0], pieces.get(p)[1]);
            curve.setMarker(SeriesMarkers.NONE);
            curve.setLineColor(Palette.REFERENCE);
            curve.setLineStyle(new BasicStroke(1.5f));
            curve.setShowInLegend(p == 0);
        }

        LandscapeCategories categories = new LandscapeCategories(result);
        for (LandscapeCategories.Category category : categories.present()) {
            XYSeries legend = RunScatter.legendOnly(chart, category.label(), category.color());
            legend.setMarker(SeriesMarkers.CIRCLE);
        }
        for (int i : drawn) {
            Descent.Run run = runs.get(i);
            List<double[][]> pathPieces = pieces(run.path(), run.values(), yRange, config.from(), config.to());
            for (int p = 0; p < pathPieces.size(); p++) {
                double[][] piece = pathPieces.get(p);
                if (piece[0].length < 2) {
                    continue;
                }
                XYSeries path = chart.addSeries(PATH_PREFIX + i + (p == 0 ? "" : "." + p), piece[0], piece[1]);
                path.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                path.setMarker(Markers.sized(SeriesMarkers.CIRCLE, 3));
                path.setMarkerColor(Palette.withAlpha(categories.of(i).color(), 0.5));
                // Wider than the curve and translucent: the curve shows through where paths overlap it.
                path.setLineColor(Palette.withAlpha(categories.of(i).color(), 0.6));
                path.setLineStyle(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                path.setShowInLegend(false);
            }
        }
        for (LandscapeCategories.Category category : categories.present()) {
            List<Double> startX = new ArrayList<>();
            List<Double> startY = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                double y = runs.get(i).values()[0];
                if (categories.of(i) == category && Double.isFinite(y) && y >= yRange[0] && y <= yRange[1]) {
                    startX.add(runs.get(i).start());
                    startY.add(y);
                }
            }
            if (startX.isEmpty()) {
                continue;
            }
            XYSeries starts = chart.addSeries("starts " + category.key(), startX, startY);
            starts.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            starts.setMarker(Markers.sized(SeriesMarkers.CIRCLE, runs.size() > 200 ? 4 : 7));
            starts.setMarkerColor(category.color());
            starts.setShowInLegend(false);
        }
        List<Minima.Minimum> minima = result.minima();
        if (!minima.isEmpty()) {
            // One series per minimum so each diamond has its minimum's color; the first carries the legend entry.
            for (Minima.Minimum minimum : minima) {
                XYSeries diamond = chart.addSeries(minimum.number() == 1 ? MINIMA : MINIMA + " " + minimum.number(),
                        new double[]{minimum.x()}, new double[]{minimum.f()});
                diamond.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                diamond.setMarker(Markers.center(16));
                diamond.setMarkerColor(minimum.number() <= LandscapeCategories.COLORED
                        ? Palette.basin(minimum.number() - 1) : LandscapeCategories.OTHER_MINIMA_COLOR);
                diamond.setShowInLegend(minimum.number() == 1);
            }
        }
        ChartStyle.fitLegend(chart);
        return chart;
    }

    /** [min, max] of the y axis: robust to poles, holding every minimum. */
    static double[] yRange(double[] ys, List<Minima.Minimum> minima) {
        double[] finite = Arrays.stream(ys).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return new double[]{-1, 1};
        }
        double low = finite[(int) Math.floor(0.02 * (finite.length - 1))];
        double high = finite[(int) Math.ceil(0.98 * (finite.length - 1))];
        double span = high - low;
        low = Math.max(finite[0], low - 0.25 * span);
        high = Math.min(finite[finite.length - 1], high + 0.25 * span);
        for (Minima.Minimum minimum : minima) {
            low = Math.min(low, minimum.f());
            high = Math.max(high, minimum.f());
        }
        if (!(high > low)) {
            double pad = Math.max(1, Math.abs(low)) * 0.5;
            return new double[]{low - pad, high + pad};
        }
        double margin = 0.04 * (high - low);
        return new double[]{low - margin, high + margin};
    }

    /** The points (x[i], y[i]) cut into runs that stay finite, in the y range and in [from, to]. */
    static List<double[][]> pieces(double[] x, double[] y, double[] yRange, double from, double to) {
        List<double[][]> pieces = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= x.length; i++) {
            boolean inside = i < x.length && Double.isFinite(y[i]) && y[i] >= yRange[0] && y[i] <= yRange[1]
                    && x[i] >= from && x[i] <= to;
            if (inside && start < 0) {
                start = i;
            } else if (!inside && start >= 0) {
                pieces.add(new double[][]{Arrays.copyOfRange(x, start, i), Arrays.copyOfRange(y, start, i)});
                start = -1;
            }
        }
        return pieces;
    }
}
