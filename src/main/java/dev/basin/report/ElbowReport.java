package dev.basin.report;

import dev.basin.analysis.ElbowResult;
import dev.basin.chart.ElbowInertiaChart;
import dev.basin.chart.ElbowVotesChart;
import dev.basin.chart.SilhouetteChart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An elbow study in words, tables and charts: the section {@code basin report --k-range} adds to the page,
 * and the text {@code basin elbow} prints.
 */
public final class ElbowReport {
    /** Anchor of the section in the page. */
    public static final String SECTION_ID = "elbow";

    private ElbowReport() {
    }

    /**
     * Writes the three charts into {@code chartsDir} ({@code elbow-inertia}, {@code elbow-silhouette},
     * {@code elbow-votes}, PNG and SVG) and returns the section that shows them.
     *
     * @param result    the study
     * @param chartsDir where the charts go
     * @return the page section
     */
    public static ReportSection section(ElbowResult result, Path chartsDir) {
        List<ReportContent.Figure> figures = new ArrayList<>();
        figures.add(SweepReport.figure("Inertia against k, from every seed",
                "The band spans the lowest to the highest inertia over the seeds at each k, the thick line is the"
                        + " median and each grey line one seed's curve; a diamond marks where that seed's curve bends"
                        + " (its elbow). Diamonds at several k mean the elbow moved with the seed.",
                chartsDir, "elbow-inertia", ElbowInertiaChart.build(result)));
        figures.add(SweepReport.figure("Mean silhouette against k",
                "Higher means rows sit well inside their cluster and far from the next one; the band spans the"
                        + " seeds, the dashed line is the run with the lowest inertia at each k.",
                chartsDir, "elbow-silhouette", SilhouetteChart.build(result)));
        figures.add(SweepReport.figure("The k each seed points to",
                "For each k, how many seeds' inertia curves bend there, and how many seeds have their highest"
                        + " silhouette there: one tall bar means the choice of k does not depend on the seed.",
                chartsDir, "elbow-votes", ElbowVotesChart.build(result)));
        List<String> text = new ArrayList<>(sentences(result));
        text.add("Next to this page: elbow.csv (this table), elbow_runs.csv (every run), elbow_seeds.csv (each seed's"
                + " elbow) and elbow.json (all of it, with provenance).");
        return new ReportSection(SECTION_ID, "Elbow", "Choosing k: the elbow across seeds", List.copyOf(text),
                header(result), rows(result), notes(result), List.copyOf(figures));
    }

    /**
     * The findings in a few sentences, the key one first.
     *
     * @param result the study
     * @return the sentences
     */
    public static List<String> sentences(ElbowResult result) {
        int seeds = result.bySeed().size();
        Map<Integer, Integer> votes = result.elbowVotes();
        List<String> text = new ArrayList<>();
        if (votes.isEmpty()) {
            text.add("No seed's inertia curve bends the convex way over k = " + range(result) + ", so the elbow rule finds no k.");
        } else if (votes.size() == 1 && result.seedsWithoutElbow() == 0) {
            text.add("All " + seeds + " seeds' inertia curves bend at the same k = " + votes.keySet().iterator().next()
                    + ": here the elbow does not depend on the seed.");
        } else {
            text.add("The elbow moves with the seed: the inertia curves of " + seeds + " seeds bend at "
                    + ElbowOutputs.elbowDistribution(result) + ".");
        }
        text.add("The median curve bends at " + k(result.medianElbow()) + ", the curve of the lowest inertia per k"
                + " (best of " + seeds + " seeds) at " + k(result.bestElbow()) + ". The median silhouette is highest at "
                + k(bestMedianSilhouette(result)) + "."
                + (result.hasLabels() ? " The partitions agree best with the reference labels (median ARI) at "
                + k(bestMedianAri(result)) + "." : ""));
        text.add("Elbow rule (" + result.config().rule().label() + "): " + result.config().rule().description() + ". "
                + silhouetteSample(result) + " Every run is basin fit -k K --random-state <seed> --n-init 1 with initializer "
                + result.config().engine().init().name() + ".");
        return text;
    }

    /**
     * Where the silhouette was computed, as a sentence.
     *
     * @param result the study
     * @return e.g. "Silhouette on a random sample of 2,000 of 5,000 rows (sample seed 0), ..."
     */
    public static String silhouetteSample(ElbowResult result) {
        String on = result.silhouetteRows() == result.rows()
                ? String.format(Locale.US, "exact, on all %,d rows", result.rows())
                : String.format(Locale.US, "on a random sample of %,d of %,d rows (sample seed %d; --silhouette-sample sets its size)",
                result.silhouetteRows(), result.rows(), result.config().sampleSeed());
        return "Silhouette: " + on + ", Euclidean distances in the units clustered, rows unweighted.";
    }

    /**
     * Column names of the per-k table.
     *
     * @return the header
     */
    public static List<String> header(ElbowResult result) {
        List<String> header = new ArrayList<>(List.of("k", "inertia lowest", "median", "highest", "spread",
                "silhouette lowest", "median", "highest", "elbow seeds", "silhouette seeds"));
        if (result.hasLabels()) {
            header.add("ARI median");
        }
        return List.copyOf(header);
    }

    /**
     * The per-k table: inertia and silhouette bands, spread, and the seeds pointing at each k.
     *
     * @param result the study
     * @return one row per k, formatted
     */
    public static List<List<String>> rows(ElbowResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (ElbowResult.AtK at : result.byK()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(at.k()), FitOutputs.figure(at.inertiaMin()),
                    FitOutputs.figure(at.inertiaMedian()), FitOutputs.figure(at.inertiaMax()), spread(at),
                    silhouette(at.silhouetteMin()), silhouette(at.silhouetteMedian()), silhouette(at.silhouetteMax()),
                    Integer.toString(at.elbowVotes()), Integer.toString(at.silhouetteVotes())));
            if (result.hasLabels()) {
                row.add(silhouette(at.ariMedian()));
            }
            rows.add(List.copyOf(row));
        }
        return rows;
    }

    static String notes(ElbowResult result) {
        return "inertia and silhouette: lowest, median and highest over the seeds at each k; spread: highest inertia"
                + " above the lowest, in percent; elbow seeds: seeds whose inertia curve bends at this k; silhouette"
                + " seeds: seeds whose highest silhouette is at this k"
                + (result.hasLabels() ? "; ARI median: median adjusted Rand index of the runs against the reference labels." : ".");
    }

    /** Highest inertia above the lowest, in percent. */
    static String spread(ElbowResult.AtK at) {
        double pct = at.inertiaMin() > 0 ? 100 * (at.inertiaMax() - at.inertiaMin()) / at.inertiaMin() : 0;
        if (pct == 0) {
            return "0";
        }
        return pct < 0.01 ? "<0.01%" : String.format(Locale.US, "%.2f%%", pct);
    }

    static String silhouette(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.US, "%.4f", value);
    }

    private static String k(Integer k) {
        return k == null ? "no k" : "k = " + k;
    }

    private static String range(ElbowResult result) {
        int[] ks = result.ks();
        return ks[0] + ".." + ks[ks.length - 1];
    }

    private static Integer bestMedianAri(ElbowResult result) {
        ElbowResult.AtK best = null;
        for (ElbowResult.AtK at : result.byK()) {
            if (best == null || at.ariMedian() > best.ariMedian()) {
                best = at;
            }
        }
        return best == null ? null : best.k();
    }

    private static Integer bestMedianSilhouette(ElbowResult result) {
        ElbowResult.AtK best = null;
        for (ElbowResult.AtK at : result.byK()) {
            if (!Double.isNaN(at.silhouetteMedian()) && (best == null || at.silhouetteMedian() > best.silhouetteMedian())) {
                best = at;
            }
        }
        return best == null ? null : best.k();
    }
}
