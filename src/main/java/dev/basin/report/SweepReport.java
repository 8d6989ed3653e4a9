package dev.basin.report;

import dev.basin.analysis.Solution;
import dev.basin.analysis.SweepTables;
import dev.basin.chart.BasinsChart;
import dev.basin.chart.ChartWriter;
import dev.basin.chart.ConvergenceTracesChart;
import dev.basin.chart.InertiaDistributionChart;
import dev.basin.chart.InertiaVsSeedChart;
import dev.basin.chart.InitialVsFinalChart;
import dev.basin.chart.RestartCurveChart;
import dev.basin.chart.SolutionsChart;
import org.knowm.xchart.internal.chartpart.Chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a sweep into the content of its HTML report: the key finding, the tables, and the seven charts
 * (written as PNG and SVG under {@code charts/}, each with one sentence on how to read it).
 */
public final class SweepReport {
    /** Basins listed in the page's table (all are in basins.csv). */
    static final int BASINS_LISTED = 15;

    /**
     * What the report is about.
     *
     * @param dataName   the input as the user named it
     * @param k          clusters
     * @param tables     the sweep's runs, basins, restart curves and traces
     * @param solutions  the best basin and another, drawn side by side (empty: no such picture)
     * @param replays    commands that reproduce chosen runs alone
     * @param methods    citations of the methods used
     * @param provenance the sweep's provenance object
     */
    public record Input(String dataName, int k, SweepTables tables, List<Solution> solutions,
                        List<ReportContent.Replay> replays, List<String> methods, Map<String, Object> provenance) {
    }

    private SweepReport() {
    }

    /**
     * Writes the charts into {@code chartsDir} and returns the page's content.
     *
     * @param input     the sweep and what the page says about it
     * @param chartsDir the directory the charts are written to, as PNG and SVG
     * @return the page's content, for {@link HtmlReport#render}
     */
    public static ReportContent build(Input input, Path chartsDir) {
        SweepTables tables = input.tables();
        Findings findings = new Findings(tables);
        int seeds = tables.runsOf(tables.inits().getFirst()).size();
        String rows = tables.comparesCosts() ? "row" : "initializer";
        String title = String.format(Locale.US, "%s, k = %d: %d seeds × %d %s%s", input.dataName(), input.k(),
                seeds, tables.inits().size(), rows, tables.inits().size() == 1 ? "" : "s");

        List<ReportContent.Figure> figures = new ArrayList<>();
        figures.add(figure("Inertia by seed (the random_state curve)",
                "Each dot is one run: its seed across, the inertia it ended with up. Dots on the line labelled best"
                        + " reached the best solution found; dots above it stopped in a worse local optimum.",
                chartsDir, "inertia-vs-seed", InertiaVsSeedChart.build(tables)));
        InertiaDistributionChart.Charts distribution = InertiaDistributionChart.build(tables);
        figures.add(figure("How final inertia is spread",
                "For each initializer, how often each inertia occurs (histogram) and its quartiles (box plot) on the"
                        + " same inertia axis: mass at the left edge means most seeds reach the best solution.",
                chartsDir, "inertia-distribution", distribution.histogram(), distribution.boxPlot()));
        figures.add(figure("The most frequent basins",
                "Each group of bars is one local optimum (basin), best on the left; a bar is the share of an"
                        + " initializer's seeds that ended there, and the label says how much worse it is than the best.",
                chartsDir, "basins", BasinsChart.build(tables)));
        RestartCurveChart.Charts restarts = RestartCurveChart.build(tables);
        figures.add(figure("What restarts buy",
                "Left: the inertia to expect from the best of r restarts. Right: the chance that r restarts reach the"
                        + " best basin; the marked points are where it first reaches 95%, the n_init to use.",
                chartsDir, "restart-curve", restarts.expectedBest(), restarts.probabilityBest()));
        figures.add(figure("Convergence of the traced runs",
                "Inertia after each iteration, one line per run, colored by the basin the run ended in: a run's fate"
                        + " is often sealed in its first few iterations.",
                chartsDir, "convergence", ConvergenceTracesChart.build(tables)));
        if (input.solutions().size() == 2) {
            SolutionsChart.Charts pictures = SolutionsChart.build(input.solutions().get(0), input.solutions().get(1));
            figures.add(figure("Two solutions side by side",
                    "The best solution (left) and the most frequent basin that places some cluster elsewhere (right),"
                            + " on the same axes; matched clusters share a color, so where the pictures differ is where"
                            + " K-means got stuck: two centers sharing one blob, and one center covering two.",
                    chartsDir, "solutions", pictures.first(), pictures.second()));
        }
        figures.add(figure("Initial against final inertia",
                "Each dot is one run: the inertia of its initial centers across, its final inertia up. A rising cloud"
                        + " means a better start tends to end better (Spearman's rho in the legend).",
                chartsDir, "initial-vs-final", InitialVsFinalChart.build(tables)));

        List<String> summaryHeader = new ArrayList<>(List.of("init", "runs", "best", "median", "worst", "reach best",
                "CI = 0", "basins", "mean iter", "restarts for 95%"));
        if (tables.hasTruth()) {
            summaryHeader.add("CI = 0 to truth");
        }
        if (tables.hasLabels()) {
            summaryHeader.add("mean ARI to labels");
        }
        boolean costs = tables.comparesCosts();
        if (costs) {
            summaryHeader.add("cost per seed");
        }
        List<List<String>> summaryRows = new ArrayList<>();
        for (Findings.InitRow row : findings.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.init(), Integer.toString(row.runs()),
                    FitOutputs.figure(row.bestInertia()), FitOutputs.figure(row.medianInertia()),
                    FitOutputs.figure(row.worstInertia()), Findings.percent(row.shareBest()),
                    Findings.percent(row.shareRightStructure()), Integer.toString(row.basins()),
                    String.format(Locale.US, "%.1f", row.meanIterations()), row.restartsFor95()));
            if (tables.hasTruth()) {
                cells.add(Findings.percent(row.shareTruth()));
            }
            if (tables.hasLabels()) {
                cells.add(String.format(Locale.US, "%.3f", row.meanAri()));
            }
            if (costs) {
                String cost = tables.costs().stream().filter(c -> c.init().equals(row.init())).findFirst().orElseThrow()
                        .describe();
                cells.add(cost.substring(row.init().length() + 2));
            }
            summaryRows.add(cells);
        }
        List<String> basinHeader = new ArrayList<>(List.of("basin", "inertia", "gap", "CI", "runs"));
        tables.inits().forEach(init -> basinHeader.add(init));
        basinHeader.add("example seeds");
        List<List<String>> basinRows = new ArrayList<>();
        for (SweepTables.BasinRow basin : tables.basins().stream().limit(BASINS_LISTED).toList()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(basin.basin()), FitOutputs.figure(basin.inertia()),
                    Findings.gap(basin.gapToBestPct()), Integer.toString(basin.ciToBest()), Integer.toString(basin.runs())));
            tables.inits().forEach(init -> row.add(Findings.percent(basin.runsByInit().getOrDefault(init, 0) / (double) seeds)));
            row.add(String.join(", ", basin.exampleSeed().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).toList()));
            basinRows.add(row);
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("runs.csv", "one row per run: seed, inertia, iterations, basin, gap and CI to the best");
        files.put("basins.csv", "one row per basin: inertia, gap, CI, runs and example seed per initializer");
        files.put("restarts.csv", "the restart curve of each initializer");
        files.put("traces.csv", "inertia per iteration of the traced runs");
        files.put("summary.json", "all of the above in aggregate, with provenance");
        files.put("charts/", "every chart as PNG and SVG");
        return new ReportContent(title, findings.headline(), findings.verdict(), summaryHeader, summaryRows, figures, basinHeader, basinRows, Math.max(0, tables.basins().size() - BASINS_LISTED),
                input.replays(), input.methods(), files, input.provenance());
    }

    static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReportContent.Figure figure(String title, String caption, Path dir, String name, Chart<?, ?>... charts) {
        List<ReportContent.Image> images = new ArrayList<>();
        for (int i = 0; i < charts.length; i++) {
            String base = charts.length == 1 ? name : name + "-" + (i + 1);
            ChartWriter.Written written = ChartWriter.write(charts[i], dir, base);
            images.add(new ReportContent.Image(readBytes(written.png()), "charts/" + base + ".svg",
                    title + (charts.length == 1 ? "" : " (" + (i + 1) + " of " + charts.length + ")")));
        }
        return new ReportContent.Figure(title, caption, List.copyOf(images));
    }
}
