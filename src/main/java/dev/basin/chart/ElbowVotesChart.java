package dev.basin.chart;

import dev.basin.analysis.ElbowResult;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

import java.util.List;

/**
 * Which k each seed would have chosen: for every k, bars counting the seeds whose inertia curve bends there
 * (the elbow, by the study's rule; {@value #ELBOW}) and the seeds whose highest silhouette is there
 * ({@value #SILHOUETTE}). One tall bar means the answer does not depend on the seed; bars spread over
 * several k mean it does.
 */
public final class ElbowVotesChart {
    /** Name of the elbow series. */
    public static final String ELBOW = "elbow of its inertia curve";
    /** Name of the silhouette series. */
    public static final String SILHOUETTE = "its highest silhouette";

    private ElbowVotesChart() {
    }

    /** At the default size. */
    public static CategoryChart build(ElbowResult result) {
        return build(result, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /** {@code width} × {@code height} pixels. */
    public static CategoryChart build(ElbowResult result, int width, int height) {
        int seeds = result.bySeed().size();
        CategoryChart chart = ChartStyle.category("The k each of " + seeds + " seeds points to (elbow rule: "
                + result.config().rule().label() + ")", "k (clusters)", "seeds", width, height);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("#");
        chart.getStyler().setAvailableSpaceFill(0.8);
        List<String> ks = result.byK().stream().map(a -> Integer.toString(a.k())).toList();
        CategorySeries elbow = chart.addSeries(ELBOW, ks,
                result.byK().stream().map(a -> (Number) a.elbowVotes()).toList());
        elbow.setFillColor(Palette.initializer(1));
        CategorySeries silhouette = chart.addSeries(SILHOUETTE, ks,
                result.byK().stream().map(a -> (Number) a.silhouetteVotes()).toList());
        silhouette.setFillColor(Palette.initializer(2));
        ChartStyle.fitLegend(chart);
        return chart;
    }
}
