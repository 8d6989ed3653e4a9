package dev.basin.chart;

import dev.basin.analysis.ElbowResult;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The elbow plot, drawn from every seed instead of one: inertia against k with
 * <ul>
 *   <li>a shaded band from the lowest to the highest inertia over the seeds at each k ({@value #BAND});</li>
 *   <li>each seed's own curve, thin and grey ({@value #SEED_CURVES}): the curve a user with that
 *       {@code random_state} would have drawn;</li>
 *   <li>the median over the seeds, thick, with markers ({@value #MEDIAN});</li>
 *   <li>each seed's elbow (by the study's rule) as a point on its own curve ({@value #ELBOWS}): where the points
 *       spread over several k, the elbow moved with the seed.</li>
 * </ul>
 */
public final class ElbowInertiaChart {
    /** Name of the min–max band series. */
    public static final String BAND = "lowest to highest";
    /** Name of the first per-seed curve (the others are not in the legend). */
    public static final String SEED_CURVES = "each seed";
    /** Name of the median curve. */
    public static final String MEDIAN = "median";
    /** Name of the per-seed elbow points. */
    public static final String ELBOWS = "each seed's elbow";

    private ElbowInertiaChart() {
    }

    /** At the default size. */
    public static XYChart build(ElbowResult result) {
        return build(result, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /** {@code width} × {@code height} pixels. */
    public static XYChart build(ElbowResult result, int width, int height) {
        int[] ks = result.ks();
        int seeds = result.bySeed().size();
        XYChart chart = ChartStyle.xy("Inertia against k, " + seeds + (seeds == 1 ? " seed" : " seeds") + " at each k",
                "k (clusters)", "inertia (sum of squared distances)", width, height);
        double[] x = new double[ks.length * 2];
        double[] y = new double[ks.length * 2];
        for (int i = 0; i < ks.length; i++) {
            ElbowResult.AtK at = result.byK().get(i);
            x[i] = ks[i];
            y[i] = at.inertiaMax();
            x[2 * ks.length - 1 - i] = ks[i];
            y[2 * ks.length - 1 - i] = at.inertiaMin();
        }
        XYSeries band = chart.addSeries(BAND, x, y);
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        band.setMarker(SeriesMarkers.NONE);
        band.setFillColor(Palette.withAlpha(Palette.initializer(0), 0.16));
        band.setLineColor(Palette.withAlpha(Palette.initializer(0), 0.35));
        band.setLineStyle(new BasicStroke(1f));

        double[] kx = Arrays.stream(ks).asDoubleStream().toArray();
        for (int s = 0; s < seeds; s++) {
            long seed = result.bySeed().get(s).seed();
            double[] curve = result.runs().stream().filter(r -> r.seed() == seed).mapToDouble(ElbowResult.Run::inertia).toArray();
            XYSeries line = chart.addSeries(s == 0 ? SEED_CURVES : "seed " + seed, kx, curve);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(Palette.withAlpha(Palette.OTHER, 0.55));
            line.setLineStyle(new BasicStroke(1f));
            line.setShowInLegend(s == 0);
        }
        XYSeries median = chart.addSeries(MEDIAN, kx,
                result.byK().stream().mapToDouble(ElbowResult.AtK::inertiaMedian).toArray());
        median.setMarker(Markers.sized(SeriesMarkers.CIRCLE, ChartStyle.MARKER));
        median.setMarkerColor(Palette.initializer(0));
        median.setLineColor(Palette.initializer(0));
        median.setLineStyle(new BasicStroke(3f));

        List<Double> ex = new ArrayList<>();
        List<Double> ey = new ArrayList<>();
        for (ElbowResult.SeedElbow seed : result.bySeed()) {
            if (seed.elbow() != null) {
                ex.add((double) seed.elbow());
                ey.add(result.runs().stream().filter(r -> r.seed() == seed.seed() && r.k() == seed.elbow())
                        .findFirst().orElseThrow().inertia());
            }
        }
        if (!ex.isEmpty()) {
            XYSeries elbows = chart.addSeries(ELBOWS, ex.stream().mapToDouble(Double::doubleValue).toArray(),
                    ey.stream().mapToDouble(Double::doubleValue).toArray());
            elbows.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            elbows.setMarker(Markers.sized(SeriesMarkers.DIAMOND, ChartStyle.MARKER + 4));
            elbows.setMarkerColor(Palette.withAlpha(Palette.initializer(1), 0.8));
        }
        chart.getStyler().setXAxisMin((double) ks[0]);
        chart.getStyler().setXAxisMax((double) ks[ks.length - 1]);
        chart.getStyler().setXAxisDecimalPattern("#");
        double highest = result.byK().stream().mapToDouble(ElbowResult.AtK::inertiaMax).max().orElse(0);
        if (highest >= 1e4 && highest < 1e9) {
            chart.getStyler().setYAxisDecimalPattern("#,##0"); // 1,500,000 rather than 1.5E6
        }
        ChartStyle.fitLegend(chart);
        return chart;
    }
}
