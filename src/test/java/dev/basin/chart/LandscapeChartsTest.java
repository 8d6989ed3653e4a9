package dev.basin.chart;

import dev.basin.landscape.GradientDescent;
import dev.basin.landscape.Landscape;
import dev.basin.landscape.LandscapeConfig;
import dev.basin.landscape.LandscapeResult;
import dev.basin.landscape.Starts;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import java.awt.Color;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The landscape chart and the basins-of-attraction strip: what is drawn, in which colors, and where. */
class LandscapeChartsTest {
    private static LandscapeResult classroom(int starts) {
        return Landscape.run(new LandscapeConfig("sin(x) + 0.5*sin(3*x)", -5, 5, Starts.grid(starts),
                new GradientDescent(0.1), 100, LandscapeConfig.DEFAULT_TOLERANCE, LandscapeConfig.DEFAULT_MERGE_TOLERANCE));
    }

    private static Color opaque(Color color) {
        return new Color(color.getRGB() & 0xFFFFFF);
    }

    @Test
    void everyPathIsDrawnInTheColorOfItsMinimum() {
        LandscapeResult result = classroom(41);
        XYChart chart = LandscapeChart.build(result);
        List<XYSeries> paths = chart.getSeriesMap().values().stream()
                .filter(s -> s.getName().startsWith(LandscapeChart.PATH_PREFIX)).toList();
        // The start at 5 leaves the interval at its first step: no path inside it, only its start marker.
        assertEquals(40, paths.size());
        for (XYSeries path : paths) {
            int run = Integer.parseInt(path.getName().substring(LandscapeChart.PATH_PREFIX.length()));
            int minimum = result.minimumOf()[run];
            Color expected = minimum > 0 ? Palette.basin(minimum - 1) : Palette.OTHER;
            assertEquals(expected, opaque(path.getLineColor()), path.getName());
            assertEquals(result.runs().get(run).start(), path.getXData()[0], 0);
        }
        List<String> legend = chart.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend)
                .map(XYSeries::getLabel).toList();
        assertEquals(List.of("f(x)", "#1 best x = -2.44: 22%", "#2 best x = -0.702: 22%", "#3 best x = 3.84: 22%",
                "#4 x = -4.71: 12.2%", "#5 x = 1.57: 17.1%", "left the interval: 4.88%", LandscapeChart.MINIMA), legend);
        // The runs that left the interval are drawn only inside it.
        XYSeries left = chart.getSeriesMap().get(LandscapeChart.PATH_PREFIX + 39);
        assertEquals(result.runs().get(39).epochs(), left.getXData().length, "every point but the one outside");
        assertTrue(java.util.Arrays.stream(left.getXData()).allMatch(x -> x <= 5));
    }

    @Test
    void manyStartsDrawAnEvenSelectionOfPaths() {
        XYChart chart = LandscapeChart.build(classroom(401));
        long paths = chart.getSeriesMap().keySet().stream().filter(k -> k.startsWith(LandscapeChart.PATH_PREFIX)).count();
        assertEquals(LandscapeChart.MAX_PATHS, paths);
        assertTrue(chart.getTitle().contains("(80 paths drawn)"), chart.getTitle());
    }

    @Test
    void yRangeIgnoresPolesButHoldsEveryMinimum() {
        double[] values = new double[1001];
        for (int i = 0; i < values.length; i++) {
            values[i] = i == 500 ? 1e12 : Math.sin(i / 100.0);
        }
        double[] range = LandscapeChart.yRange(values, List.of());
        assertTrue(range[1] < 2, "a single spike does not flatten the curve: " + range[1]);
        assertTrue(range[0] <= -0.99 && range[1] >= 0.99);
    }

    @Test
    void theStripHasOneBandPerStretchOfStartsThatShareAMinimum() {
        LandscapeResult result = classroom(41);
        XYChart chart = AttractionStripChart.build(result);
        List<XYSeries> bands = chart.getSeriesMap().values().stream()
                .filter(s -> s.getName().startsWith(AttractionStripChart.BAND_PREFIX)).toList();
        // Left to right the starts reach minima 4, 1, 2, 5, 3, then leave the interval: six bands.
        assertEquals(6, bands.size());
        List<Color> colors = bands.stream().map(b -> opaque(b.getLineColor())).toList();
        assertEquals(List.of(Palette.basin(3), Palette.basin(0), Palette.basin(1), Palette.basin(4), Palette.basin(2),
                Palette.OTHER), colors);
        // The bands tile [from, to]: each begins where the last ended, halfway between neighbouring starts.
        assertEquals(-5, bands.getFirst().getXData()[0], 0);
        for (int i = 1; i < bands.size(); i++) {
            assertEquals(bands.get(i - 1).getXData()[1], bands.get(i).getXData()[0], 0);
        }
        assertEquals(5, bands.getLast().getXData()[1], 0);
        assertEquals(-3.875, bands.get(1).getXData()[0], 1e-12, "between start −4 (minimum 4) and −3.75 (minimum 1)");
        assertEquals(41, chart.getSeriesMap().get(AttractionStripChart.STARTS).getXData().length);
    }

    @Test
    void minimaPastTheEighthShareOneGreyAndTheStripGrowsToHoldItsLegend() {
        LandscapeResult result = Landscape.run(new LandscapeConfig("sin(5*x) + 0.01*x^2", -10, 10, Starts.grid(201),
                new GradientDescent(0.02), 100, LandscapeConfig.DEFAULT_TOLERANCE, LandscapeConfig.DEFAULT_MERGE_TOLERANCE));
        assertEquals(16, result.minima().size());
        XYChart strip = AttractionStripChart.build(result);
        List<String> legend = strip.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend)
                .map(XYSeries::getLabel).toList();
        assertEquals(10, legend.size(), legend.toString());
        assertTrue(legend.get(8).startsWith("8 other minima: "), legend.get(8));
        assertTrue(strip.getHeight() > AttractionStripChart.HEIGHT);
        long colors = strip.getSeriesMap().values().stream().filter(b -> b.getName().startsWith(AttractionStripChart.BAND_PREFIX))
                .map(b -> opaque(b.getLineColor())).distinct().count();
        assertEquals(10, colors, "eight minima, the other minima, and the runs that left the interval");
    }
}
