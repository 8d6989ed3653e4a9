package dev.basin.chart;

import dev.basin.analysis.RestartCurve;
import dev.basin.analysis.SweepTables;
import dev.basin.analysis.SweepTables.RestartRow;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;

/**
 * What restarts buy ({@code n_init} in scikit-learn), per initializer, from the sweep's restart curve:
 * <ul>
 *   <li>the expected best inertia after r restarts, falling towards the best inertia (dashed line);</li>
 *   <li>the probability that r restarts reach the best basin at least once, with the
 *       {@value RestartCurve#CONFIDENCE} level drawn dashed and, for each initializer, the first r that
 *       reaches it marked on its curve, written just below the level ("r = 6") and in the legend.</li>
 * </ul>
 * Both follow from the single-run results alone (see {@link RestartCurve}); no restarts were rerun.
 */
public final class RestartCurveChart {
    /** Name of the series drawn at P = {@value RestartCurve#CONFIDENCE}. */
    public static final String THRESHOLD_LINE = "0.95";
    /** Name of the best-inertia line in the expected-best chart. */
    public static final String BEST_LINE = "best";
    /** Suffix of the one-point series marking where an initializer first reaches the threshold. */
    public static final String REACHED_SUFFIX = " reaches 0.95";

    /**
     * The two charts.
     *
     * @param expectedBest    expected best inertia against r: {@link #BEST_LINE}, then one line per initializer
     * @param probabilityBest P(best basin within r restarts) against r: {@link #THRESHOLD_LINE}, then one line
     *                        per initializer, then one marker series per initializer that reaches the threshold
     */
    public record Charts(XYChart expectedBest, XYChart probabilityBest) {
    }

    private RestartCurveChart() {
    }

    /** Both charts at the default size. */
    public static Charts build(SweepTables tables) {
        return build(tables, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /** Both charts, each {@code width} × {@code height}. */
    public static Charts build(SweepTables tables, int width, int height) {
        return new Charts(expectedBest(tables, width, height), probabilityBest(tables, width, height));
    }

    private static XYChart expectedBest(SweepTables tables, int width, int height) {
        XYChart chart = ChartStyle.xy("Expected best inertia after r restarts", "restarts r (n_init)",
                "expected best inertia (sum of squared distances)", width, height);
        int maxR = maxRestarts(tables);
        double best = tables.bestInertia();
        XYSeries line = chart.addSeries(BEST_LINE, new double[]{1, maxR}, new double[]{best, best});
        line.setLabel("best inertia " + ChartText.inertia(best));
        reference(line);
        for (int i = 0; i < tables.inits().size(); i++) {
            List<RestartRow> rows = rowsOf(tables, tables.inits().get(i));
            XYSeries series = chart.addSeries(tables.inits().get(i),
                    rows.stream().mapToDouble(RestartRow::restarts).toArray(),
                    rows.stream().mapToDouble(RestartRow::expectedBestInertia).toArray());
            style(series, i);
        }
        chart.getStyler().setXAxisMin(1.0);
        chart.getStyler().setXAxisMax((double) Math.max(2, maxR));
        ChartStyle.fitLegend(chart);
        return chart;
    }

    private static XYChart probabilityBest(SweepTables tables, int width, int height) {
        double threshold = RestartCurve.CONFIDENCE;
        XYChart chart = ChartStyle.xy("Chance of reaching the best basin within r restarts", "restarts r (n_init)",
                "P(best basin within r restarts)", width, height);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        int maxR = maxRestarts(tables);
        XYSeries line = chart.addSeries(THRESHOLD_LINE, new double[]{1, maxR}, new double[]{threshold, threshold});
        line.setLabel("P = " + THRESHOLD_LINE);
        reference(line);
        List<int[]> reached = new ArrayList<>();
        for (int i = 0; i < tables.inits().size(); i++) {
            String init = tables.inits().get(i);
            List<RestartRow> rows = rowsOf(tables, init);
            int first = firstReaching(rows, threshold);
            String name = first > 0 ? init + " (r = " + first + ")"
                    : init + (rows.stream().allMatch(r -> r.probabilityBest() == 0) ? " (never)"
                    : " (r > " + rows.size() + ")");
            XYSeries series = chart.addSeries(init, rows.stream().mapToDouble(RestartRow::restarts).toArray(),
                    rows.stream().mapToDouble(RestartRow::probabilityBest).toArray());
            series.setLabel(name);
            style(series, i);
            if (first > 0) {
                reached.add(new int[]{i, first});
            }
        }
        chart.getStyler().setXAxisMin(1.0);
        chart.getStyler().setXAxisMax((double) Math.max(2, maxR));

        List<double[]> placed = new ArrayList<>();
        for (int[] hit : reached) {
            int i = hit[0];
            int r = hit[1];
            String init = tables.inits().get(i);
            double p = rowsOf(tables, init).get(r - 1).probabilityBest();
            XYSeries marker = chart.addSeries(init + REACHED_SUFFIX, new double[]{r}, new double[]{p});
            marker.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            marker.setMarker(Markers.sized(Markers.center(0), 14));
            marker.setMarkerColor(Palette.initializer(i));
            marker.setShowInLegend(false);
            placeLabel(chart, placed, r, Math.max(2, maxR));
        }
        ChartStyle.fitLegend(chart);
        return chart;
    }

    /**
     * Writes "r = …" just below the threshold and right of the marker: there the initializer's own curve,
     * already above the threshold, never passes. Initializers with the same r share one label; a label
     * too close to one already placed goes a row lower.
     */
    private static void placeLabel(XYChart chart, List<double[]> placed, int r, int maxR) {
        double span = maxR - 1;
        double minGap = span * 0.08;
        for (double[] p : placed) {
            if (p[0] == r) {
                return;
            }
        }
        int row = 0;
        boolean clash = true;
        while (clash) {
            clash = false;
            for (double[] p : placed) {
                if (p[1] == row && Math.abs(p[0] - r) < minGap) {
                    clash = true;
                    row++;
                    break;
                }
            }
        }
        placed.add(new double[]{r, row});
        double x = Math.min(maxR - 0.03 * span, r + 0.04 * span);
        chart.addAnnotation(new AnnotationText("r = " + r, x, RestartCurve.CONFIDENCE - 0.05 - 0.06 * row, false));
    }

    /** R, the longest restart curve of the sweep (at least 1). */
    private static int maxRestarts(SweepTables tables) {
        return tables.restarts().stream().mapToInt(RestartRow::restarts).max().orElse(1);
    }

    /** The smallest r whose probability reaches {@code threshold}, 0 if none (as RestartCurve.restartsFor). */
    static int firstReaching(List<RestartRow> rows, double threshold) {
        for (RestartRow row : rows) {
            if (row.probabilityBest() >= threshold) {
                return row.restarts();
            }
        }
        return 0;
    }

    private static List<RestartRow> rowsOf(SweepTables tables, String init) {
        return tables.restarts().stream().filter(r -> r.init().equals(init))
                .sorted((a, b) -> Integer.compare(a.restarts(), b.restarts())).toList();
    }

    private static void style(XYSeries series, int index) {
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(Palette.initializer(index));
        series.setLineStyle(new BasicStroke(2.5f));
    }

    /**
     * A dashed reference line. Added before the curves, it is drawn behind them; it also makes XChart
     * place ticks at round values of r instead of one tick per restart.
     */
    private static void reference(XYSeries line) {
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(Palette.REFERENCE);
        line.setLineStyle(ChartStyle.REFERENCE_LINE);
    }
}
