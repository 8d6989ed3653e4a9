package dev.basin.chart;

import dev.basin.analysis.Correlation;
import dev.basin.analysis.SweepTables;
import dev.basin.analysis.SweepTables.RunRow;
import org.knowm.xchart.XYChart;

import java.util.List;
import java.util.Locale;

/**
 * Does a better start give a better end? Each run's initial inertia (of its initial centers, before the
 * first iteration) against its final inertia, one color and marker shape per initializer. Each
 * initializer's legend entry gives Spearman's rank correlation ρ between the two over all its runs: near
 * 0, the start says little about where the run ends; near 1, better starts reliably end better.
 *
 * <p>When initial inertias span more than a factor {@value #LOG_RATIO} (random starts can be far worse
 * than the rest), the initial-inertia axis is logarithmic, so the bulk of the runs is not squeezed
 * against the left edge by a few bad starts; its title then says "log scale".
 *
 * <p>Crowded series are drawn as the inertia-vs-seed chart draws them (small translucent markers, thinned
 * beyond {@value InertiaVsSeedChart#MAX_POINTS} runs per initializer, said in the title); ρ is always
 * computed from every run.
 */
public final class InitialVsFinalChart {
    /** Largest initial inertia over the smallest above which the horizontal axis becomes logarithmic. */
    public static final int LOG_RATIO = 10;

    private InitialVsFinalChart() {
    }

    /** The chart at the default size. */
    public static XYChart build(SweepTables tables) {
        return build(tables, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /**
     * The chart: one series per initializer, in the sweep's order, named
     * {@code "<init> (ρ = 0.42)"}.
     */
    public static XYChart build(SweepTables tables, int width, int height) {
        double min = tables.runs().stream().mapToDouble(RunRow::initialInertia).min().orElse(0);
        double max = tables.runs().stream().mapToDouble(RunRow::initialInertia).max().orElse(0);
        boolean log = min > 0 && max / min > LOG_RATIO;
        XYChart chart = ChartStyle.xy("Initial vs final inertia of each run (ρ: Spearman rank correlation)",
                "initial inertia (sum of squared distances, initial centers" + (log ? ", log scale)" : ")"),
                "final inertia (sum of squared distances)", width, height);
        chart.getStyler().setXAxisLogarithmic(log);
        int largest = tables.inits().stream().mapToInt(init -> tables.runsOf(init).size()).max().orElse(0);
        String thinned = RunScatter.thinnedNote(largest);
        if (thinned != null) {
            // Shorter words, so that the title still fits on one line.
            chart.setTitle("Initial vs final inertia (ρ: Spearman; " + thinned + ")");
        }
        // Ticks between the powers of ten too: a log axis labelled only at 100 and 1000 cannot be read.
        chart.getStyler().setXAxisLogarithmicDecadeOnly(false);
        for (int i = 0; i < tables.inits().size(); i++) {
            String init = tables.inits().get(i);
            List<RunRow> runs = tables.runsOf(init);
            double[] initial = runs.stream().mapToDouble(RunRow::initialInertia).toArray();
            double[] last = runs.stream().mapToDouble(RunRow::inertia).toArray();
            RunScatter.add(chart, init, note(Correlation.spearman(initial, last)), initial, last, i);
        }
        ChartStyle.fitLegend(chart);
        return chart;
    }

    /** "ρ = 0.42", or "ρ undefined: constant" when either side is constant. */
    static String note(double rho) {
        return Double.isNaN(rho) ? "ρ undefined: constant" : String.format(Locale.US, "ρ = %.2f", rho);
    }
}
