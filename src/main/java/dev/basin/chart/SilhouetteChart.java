package dev.basin.chart;

import dev.basin.analysis.ElbowResult;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.util.List;

/**
 * The mean silhouette against k: a band from the lowest to the highest over the seeds ({@value #BAND}), the
 * median ({@value #MEDIAN}), and the silhouette of the run with the lowest inertia at each k
 * ({@value #OF_BEST}). Higher is better separated; the title says whether it is exact or on a sample.
 * k where the silhouette is undefined (k = 1) are left out.
 */
public final class SilhouetteChart {
    /** Name of the min–max band series. */
    public static final String BAND = "lowest to highest";
    /** Name of the median curve. */
    public static final String MEDIAN = "median";
    /** Name of the curve of the lowest-inertia runs. */
    public static final String OF_BEST = "run of lowest inertia";

    private SilhouetteChart() {
    }

    /** At the default size. */
    public static XYChart build(ElbowResult result) {
        return build(result, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /** {@code width} × {@code height} pixels. */
    public static XYChart build(ElbowResult result, int width, int height) {
        List<ElbowResult.AtK> rows = result.byK().stream().filter(a -> !Double.isNaN(a.silhouetteMedian())).toList();
        String on = result.silhouetteRows() == result.rows() ? "all " + ChartText.count(result.rows()) + " rows"
                : "a random sample of " + ChartText.count(result.silhouetteRows()) + " of " + ChartText.count(result.rows()) + " rows";
        XYChart chart = ChartStyle.xy("Mean silhouette against k (on " + on + ")", "k (clusters)",
                "mean silhouette (higher: better separated)", width, height);
        if (rows.isEmpty()) {
            return chart;
        }
        int n = rows.size();
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            x[i] = rows.get(i).k();
            y[i] = rows.get(i).silhouetteMax();
            x[2 * n - 1 - i] = rows.get(i).k();
            y[2 * n - 1 - i] = rows.get(i).silhouetteMin();
        }
        XYSeries band = chart.addSeries(BAND, x, y);
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        band.setMarker(SeriesMarkers.NONE);
        band.setFillColor(Palette.withAlpha(Palette.initializer(2), 0.18));
        band.setLineColor(Palette.withAlpha(Palette.initializer(2), 0.4));
        band.setLineStyle(new BasicStroke(1f));
        double[] kx = rows.stream().mapToDouble(ElbowResult.AtK::k).toArray();
        XYSeries median = chart.addSeries(MEDIAN, kx, rows.stream().mapToDouble(ElbowResult.AtK::silhouetteMedian).toArray());
        median.setMarker(Markers.sized(SeriesMarkers.CIRCLE, ChartStyle.MARKER));
        median.setMarkerColor(Palette.initializer(2));
        median.setLineColor(Palette.initializer(2));
        median.setLineStyle(new BasicStroke(3f));
        XYSeries best = chart.addSeries(OF_BEST, kx, rows.stream().mapToDouble(ElbowResult.AtK::silhouetteOfBest).toArray());
        best.setMarker(Markers.sized(SeriesMarkers.DIAMOND, ChartStyle.MARKER));
        best.setMarkerColor(Palette.REFERENCE);
        best.setLineColor(Palette.REFERENCE);
        best.setLineStyle(ChartStyle.REFERENCE_LINE);
        chart.getStyler().setXAxisMin(kx[0]);
        chart.getStyler().setXAxisMax(Math.max(kx[0] + 1, kx[n - 1]));
        chart.getStyler().setXAxisDecimalPattern("#");
        ChartStyle.fitLegend(chart);
        return chart;
    }
}
