package dev.basin.chart;

import dev.basin.analysis.Elbow;
import dev.basin.analysis.ElbowConfig;
import dev.basin.analysis.ElbowResult;
import dev.basin.analysis.ElbowRule;
import dev.basin.analysis.Sweep;
import dev.basin.analysis.SweepConfig;
import dev.basin.data.BlobSizes;
import dev.basin.data.OverlapBlobs;
import dev.basin.kmeans.KMeansConfig;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three elbow charts draw the study's figures: bands, curves, elbows and votes. */
class ElbowChartsTest {
    private static final ElbowResult RESULT = Elbow.run(
            OverlapBlobs.withOverlap(600, 5, 2, BlobSizes.EQUAL, 0.1).generate(2).generated().data(),
            new ElbowConfig(KMeansConfig.defaults(2), ElbowConfig.parseKRange("2..7", "k"), SweepConfig.seedRange(0, 6),
                    300, 0, ElbowRule.KNEEDLE), Sweep.Progress.NONE);

    @Test
    void inertiaChartHasTheBandEachSeedTheMedianAndTheElbows() {
        XYChart chart = ElbowInertiaChart.build(RESULT);
        XYSeries band = chart.getSeriesMap().get(ElbowInertiaChart.BAND);
        assertEquals(XYSeries.XYSeriesRenderStyle.PolygonArea, band.getXYSeriesRenderStyle());
        double[] y = band.getYData();
        assertEquals(RESULT.byK().getFirst().inertiaMax(), y[0]);
        assertEquals(RESULT.byK().getFirst().inertiaMin(), y[y.length - 1]);
        assertArrayEquals(RESULT.byK().stream().mapToDouble(ElbowResult.AtK::inertiaMedian).toArray(),
                chart.getSeriesMap().get(ElbowInertiaChart.MEDIAN).getYData());
        long seedCurves = chart.getSeriesMap().keySet().stream()
                .filter(name -> name.equals(ElbowInertiaChart.SEED_CURVES) || name.startsWith("seed ")).count();
        assertEquals(6, seedCurves);
        double[] elbows = chart.getSeriesMap().get(ElbowInertiaChart.ELBOWS).getXData();
        assertEquals(6 - RESULT.seedsWithoutElbow(), elbows.length);
        assertTrue(Arrays.stream(elbows).allMatch(k -> k >= 2 && k <= 7));
    }

    @Test
    void silhouetteChartSaysWhereItWasComputed() {
        XYChart chart = SilhouetteChart.build(RESULT);
        assertTrue(chart.getTitle().contains("a random sample of 300 of 600 rows"), chart.getTitle());
        assertArrayEquals(RESULT.byK().stream().mapToDouble(ElbowResult.AtK::silhouetteMedian).toArray(),
                chart.getSeriesMap().get(SilhouetteChart.MEDIAN).getYData());
    }

    @Test
    void votesChartCountsSeedsPerK() {
        CategoryChart chart = ElbowVotesChart.build(RESULT);
        List<Number> elbow = List.copyOf(chart.getSeriesMap().get(ElbowVotesChart.ELBOW).getYData());
        assertEquals(6 - RESULT.seedsWithoutElbow(), elbow.stream().mapToInt(Number::intValue).sum());
        List<Number> silhouette = List.copyOf(chart.getSeriesMap().get(ElbowVotesChart.SILHOUETTE).getYData());
        assertEquals(6, silhouette.stream().mapToInt(Number::intValue).sum());
    }

    @Test
    void everyChartRenders() {
        assertTrue(ChartWriter.png(ElbowInertiaChart.build(RESULT)).length > 1000);
        assertTrue(ChartWriter.png(SilhouetteChart.build(RESULT)).length > 1000);
        assertTrue(ChartWriter.png(ElbowVotesChart.build(RESULT)).length > 1000);
    }
}
