package dev.basin.chart;

import dev.basin.analysis.SweepTables;
import dev.basin.analysis.SweepTables.RunRow;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.util.List;

/**
 * The "random_state curve": the final inertia of every run against its seed, one color and marker shape
 * per initializer. A dashed line marks the best inertia of the sweep; the best and the worst run are
 * labelled with their seeds, so either can be replayed with {@code basin fit --random-state SEED}.
 *
 * <p>Points stacked on one horizontal band are seeds that ended in the same basin; the height of a band
 * above the dashed line is that basin's gap to the best.
 *
 * <p>Large sweeps stay readable: with more than {@value #CROWDED} runs in a series, points become small
 * and translucent (dense regions show darker); with more than {@value #MAX_POINTS} runs, the series is
 * thinned to an even subsample of {@value #MAX_POINTS} runs that always keeps its best and its worst run,
 * and the title says how many runs are drawn.
 *
 * <pre>{@code
 * XYChart chart = InertiaVsSeedChart.build(SweepTables.of(sweep));
 * ChartWriter.write(chart, outDir, "inertia-vs-seed");
 * }</pre>
 */
public final class InertiaVsSeedChart {
    /** Runs per series above which markers become small and translucent. */
    public static final int CROWDED = RunScatter.CROWDED;
    /** Runs per series above which the series is thinned to this many points. */
    public static final int MAX_POINTS = RunScatter.MAX_POINTS;
    /** Name of the best-inertia line's series (its legend label adds the value). */
    public static final String BEST_LINE = "best";

    private InertiaVsSeedChart() {
    }

    /** The chart at the default size ({@value ChartStyle#WIDTH} × {@value ChartStyle#HEIGHT}). */
    public static XYChart build(SweepTables tables) {
        return build(tables, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /**
     * The chart: the {@link #BEST_LINE} series, then one series per initializer in the sweep's order, named
     * by it, each followed by a legend-only series when its points are translucent.
     */
    public static XYChart build(SweepTables tables, int width, int height) {
        XYChart chart = ChartStyle.xy("Final inertia of each seed's run", "seed (random_state)",
                "final inertia (sum of squared distances)", width, height);
        // Seeds are names of runs, not quantities: vertical grid lines would suggest a scale to read off.
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        double best = tables.bestInertia();
        RunRow bestRun = null;
        RunRow worstRun = null;
        double minSeed = Double.POSITIVE_INFINITY;
        double maxSeed = Double.NEGATIVE_INFINITY;
        for (RunRow run : tables.runs()) {
            if (bestRun == null || run.inertia() < bestRun.inertia()) {
                bestRun = run;
            }
            if (worstRun == null || run.inertia() > worstRun.inertia()) {
                worstRun = run;
            }
            minSeed = Math.min(minSeed, run.seed());
            maxSeed = Math.max(maxSeed, run.seed());
        }
        if (minSeed == maxSeed) {
            minSeed -= 1;
            maxSeed += 1;
        }
        // The line first, so that it is drawn behind the points that sit on it.
        XYSeries line = chart.addSeries(BEST_LINE, new double[]{minSeed, maxSeed}, new double[]{best, best});
        line.setLabel("best inertia " + ChartText.inertia(best));
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(Palette.REFERENCE);
        line.setLineStyle(ChartStyle.REFERENCE_LINE);
        int largest = 0;
        for (int i = 0; i < tables.inits().size(); i++) {
            List<RunRow> runs = tables.runsOf(tables.inits().get(i));
            largest = Math.max(largest, runs.size());
            addInitializer(chart, tables.inits().get(i), i, runs);
        }
        String thinned = RunScatter.thinnedNote(largest);
        if (thinned != null) {
            chart.setTitle(chart.getTitle() + " (" + thinned + ")");
        }

        // Room above the worst and below the best run for their labels.
        double low = bestRun.inertia();
        double high = worstRun.inertia();
        double span = high > low ? high - low : Math.max(Math.abs(low) * 0.01, 1e-9);
        double pad = 0.12 * span;
        chart.getStyler().setYAxisMin(Math.max(0, low - 1.4 * pad)); // inertia is never negative
        chart.getStyler().setYAxisMax(high + 1.4 * pad);
        chart.getStyler().setXAxisMin(minSeed);
        chart.getStyler().setXAxisMax(maxSeed);
        double xSpan = maxSeed - minSeed;
        chart.addAnnotation(new AnnotationText("best run: seed " + bestRun.seed() + " (" + bestRun.init() + ")",
                labelX(bestRun.seed(), minSeed, xSpan), low - 0.7 * pad, false));
        if (high > low) {
            chart.addAnnotation(new AnnotationText("worst run: seed " + worstRun.seed() + " (" + worstRun.init() + "), "
                    + ChartText.gapPct(worstRun.gapToBestPct()), labelX(worstRun.seed(), minSeed, xSpan),
                    high + 0.7 * pad, false));
        }
        ChartStyle.fitLegend(chart);
        return chart;
    }

    /** Label centers stay away from the plot's edges, where a centered label would be cut off. */
    private static double labelX(double seed, double minSeed, double span) {
        return Math.max(minSeed + 0.16 * span, Math.min(minSeed + 0.84 * span, seed));
    }

    private static void addInitializer(XYChart chart, String init, int index, List<RunRow> runs) {
        RunScatter.add(chart, init, null, runs.stream().mapToDouble(RunRow::seed).toArray(),
                runs.stream().mapToDouble(RunRow::inertia).toArray(), index);
    }
}
