package dev.basin.chart;

import dev.basin.analysis.Solution;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Two clusterings of the same data side by side, e.g. the best basin and a frequent worse one: points
 * colored by cluster, centers as large outlined diamonds in their cluster's color. Both plots have the same
 * axis ranges, and the clusters of the two solutions are already matched (see
 * {@link dev.basin.analysis.ClusterMatching}), so the same color means the same cluster and any difference
 * in the pictures is a real difference in the partitions.
 *
 * <p>Titles and axis titles come from the solutions ({@link Solution#title()}, {@link Solution#xLabel()},
 * {@link Solution#yLabel()}). With more than {@value #CROWDED} points, points become small and translucent;
 * with more than {@value #MAX_POINTS}, an even subsample (by row order) is drawn and the title says so.
 */
public final class SolutionsChart {
    /** Default width of each of the two plots, pixels. */
    public static final int WIDTH = 720;
    /** Default height of each of the two plots, pixels. */
    public static final int HEIGHT = 620;
    /** Points above which markers become small and translucent. */
    public static final int CROWDED = 2_000;
    /** Points above which an even subsample of this many is drawn. */
    public static final int MAX_POINTS = 20_000;
    /** Key of the legend entry that explains the diamonds. */
    public static final String CENTERS = "centers";
    /** Prefix of each cluster's series key, followed by the cluster number from 1. */
    public static final String CLUSTER_PREFIX = "cluster ";

    /**
     * The two plots, in the order the solutions were given.
     *
     * @param first  the first solution's plot
     * @param second the second solution's plot
     */
    public record Charts(XYChart first, XYChart second) {
    }

    private SolutionsChart() {
    }

    /** Both plots at the default size ({@value #WIDTH} × {@value #HEIGHT} each). */
    public static Charts build(Solution first, Solution second) {
        return build(first, second, WIDTH, HEIGHT);
    }

    /**
     * Both plots, each {@code width} × {@code height}: per cluster a series keyed {@code "cluster <c>"}
     * (c from 1) with its points, then {@link #CENTERS} (legend only), then one hidden series per center.
     */
    public static Charts build(Solution first, Solution second, int width, int height) {
        double[] range = range(first, second);
        int k = Math.max(clusters(first), clusters(second));
        return new Charts(plot(first, k, range, width, height), plot(second, k, range, width, height));
    }

    private static XYChart plot(Solution solution, int k, double[] range, int width, int height) {
        int n = solution.labels().length;
        int[] kept = Thinning.even(n, MAX_POINTS);
        String title = kept.length < n
                ? solution.title() + " (" + ChartText.count(kept.length) + " of " + ChartText.count(n) + " points drawn)"
                : solution.title();
        XYChart chart = ChartStyle.xy(title, solution.xLabel(), solution.yLabel(), width, height);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        // k entries stacked on the right: a row below the plot would not fit ten clusters.
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setXAxisMin(range[0]);
        chart.getStyler().setXAxisMax(range[1]);
        chart.getStyler().setYAxisMin(range[2]);
        chart.getStyler().setYAxisMax(range[3]);
        boolean crowded = n > CROWDED;

        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int i : kept) {
            members.get(solution.labels()[i]).add(i);
        }
        int[] sizes = new int[k];
        for (int label : solution.labels()) {
            sizes[label]++;
        }
        double[] p = solution.points();
        for (int c = 0; c < k; c++) {
            List<Integer> rows = members.get(c);
            double[] x = rows.isEmpty() ? new double[]{Double.NaN} : rows.stream().mapToDouble(i -> p[2 * i]).toArray();
            double[] y = rows.isEmpty() ? new double[]{Double.NaN}
                    : rows.stream().mapToDouble(i -> p[2 * i + 1]).toArray();
            String label = CLUSTER_PREFIX + (c + 1) + " (" + ChartText.count(sizes[c]) + (sizes[c] == 1 ? " row)" : " rows)");
            XYSeries series = chart.addSeries(CLUSTER_PREFIX + (c + 1), x, y);
            series.setLabel(label);
            Color color = Palette.cluster(c);
            if (crowded) {
                series.setMarker(Markers.sized(Markers.shape(0), ChartStyle.SMALL_MARKER));
                series.setMarkerColor(Palette.withAlpha(color, 0.35));
                series.setShowInLegend(false);
                RunScatter.legendOnly(chart, label, color).setMarker(Markers.shape(0));
            } else {
                series.setMarker(Markers.shape(0));
                series.setMarkerColor(Palette.withAlpha(color, 0.7));
            }
        }
        XYSeries legend = chart.addSeries(CENTERS, new double[]{Double.NaN}, new double[]{Double.NaN});
        legend.setMarker(Markers.center(0));
        legend.setMarkerColor(Color.WHITE);
        double[] centers = solution.centers();
        for (int c = 0; c < centers.length / 2; c++) {
            XYSeries center = chart.addSeries("center " + (c + 1), new double[]{centers[2 * c]},
                    new double[]{centers[2 * c + 1]});
            center.setMarker(Markers.center(20));
            center.setMarkerColor(Palette.cluster(c));
            center.setShowInLegend(false);
        }
        return chart;
    }

    private static int clusters(Solution solution) {
        int k = solution.centers().length / 2;
        for (int label : solution.labels()) {
            k = Math.max(k, label + 1);
        }
        return k;
    }

    /** x min, x max, y min, y max over both solutions' points and centers, with a 5% margin. */
    private static double[] range(Solution a, Solution b) {
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (double[] xy : List.of(a.points(), a.centers(), b.points(), b.centers())) {
            for (int i = 0; i + 1 < xy.length; i += 2) {
                r[0] = Math.min(r[0], xy[i]);
                r[1] = Math.max(r[1], xy[i]);
                r[2] = Math.min(r[2], xy[i + 1]);
                r[3] = Math.max(r[3], xy[i + 1]);
            }
        }
        for (int axis = 0; axis < 4; axis += 2) {
            double span = r[axis + 1] - r[axis];
            double pad = span > 0 ? 0.05 * span : Math.max(Math.abs(r[axis]) * 0.05, 0.5);
            r[axis] -= pad;
            r[axis + 1] += pad;
        }
        return r;
    }
}
