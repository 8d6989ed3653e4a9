package dev.basin.report;

import dev.basin.analysis.RestartCurve;
import dev.basin.analysis.SweepTables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a sweep says, in figures and in words: one summary row per initializer and the plain sentences a
 * reader acts on (which initializer is safer here, how many restarts to use). Both the printed table of
 * {@code basin sweep} and the HTML report use it, from the same tables.
 */
public final class Findings {
    /**
     * One initializer's figures.
     *
     * @param init                initializer name
     * @param runs                its runs (one per seed)
     * @param bestInertia         lowest inertia of its runs
     * @param medianInertia       median inertia of its runs
     * @param worstInertia        highest inertia of its runs
     * @param shareBest           share of its runs that ended in basin 1, from 0 to 1
     * @param shareRightStructure share of its runs with Centroid Index 0 to the best run, from 0 to 1
     * @param basins              distinct basins its runs ended in
     * @param meanIterations      mean iterations per run
     * @param restartCurve        what restarts of it buy
     * @param shareTruth          share of its runs with Centroid Index 0 to the ground truth, NaN without truth
     * @param meanAri             mean adjusted Rand index against the reference labels, NaN without labels
     * @param shareNotStrict      share of its runs stopped by the tolerance or the iteration limit rather than by
     *                            labels that stopped changing
     */
    public record InitRow(String init, int runs, double bestInertia, double medianInertia, double worstInertia,
                          double shareBest, double shareRightStructure, int basins, double meanIterations,
                          RestartCurve restartCurve, double shareTruth, double meanAri, double shareNotStrict) {
        /**
         * "6", "never seen" or "&gt; 50": restarts for a 95% chance of the best basin.
         *
         * @return the restarts as people read them
         */
        public String restartsFor95() {
            return restartCurve.describeRestartsFor(RestartCurve.CONFIDENCE);
        }
    }

    private final SweepTables tables;
    private final List<InitRow> rows;

    /**
     * The findings of a sweep.
     *
     * @param tables the sweep's tables, just run or read back from its output directory
     */
    public Findings(SweepTables tables) {
        this.tables = tables;
        this.rows = tables.inits().stream().map(this::row).toList();
    }

    /**
     * The figures of every initializer.
     *
     * @return one row per initializer, in the sweep's order
     */
    public List<InitRow> rows() {
        return rows;
    }

    private InitRow row(String init) {
        List<SweepTables.RunRow> runs = tables.runsOf(init);
        double[] inertias = runs.stream().mapToDouble(SweepTables.RunRow::inertia).sorted().toArray();
        int n = inertias.length;
        double median = n % 2 == 1 ? inertias[n / 2] : (inertias[n / 2 - 1] + inertias[n / 2]) / 2;
        double shareBest = runs.stream().filter(r -> r.basin() == 1).count() / (double) n;
        double shareRight = runs.stream().filter(r -> r.ciToBest() == 0).count() / (double) n;
        int basins = (int) runs.stream().mapToInt(SweepTables.RunRow::basin).distinct().count();
        List<SweepTables.RestartRow> curveRows = tables.restarts().stream().filter(r -> r.init().equals(init)).toList();
        RestartCurve curve = new RestartCurve(
                curveRows.stream().mapToDouble(SweepTables.RestartRow::expectedBestInertia).toArray(),
                curveRows.stream().mapToDouble(SweepTables.RestartRow::probabilityBest).toArray(), shareBest);
        double shareTruth = tables.hasTruth()
                ? runs.stream().filter(r -> r.ciToTruth() == 0).count() / (double) n : Double.NaN;
        double meanAri = runs.stream().mapToDouble(SweepTables.RunRow::ariToLabels).average().orElse(Double.NaN);
        double notStrict = runs.stream().filter(r -> !r.stopReason().equals("strict")).count() / (double) n;
        return new InitRow(init, n, inertias[0], median, inertias[n - 1], shareBest, shareRight, basins,
                runs.stream().mapToInt(SweepTables.RunRow::iterations).average().orElse(0), curve, shareTruth,
                meanAri, notStrict);
    }

    /**
     * The initializer most likely to reach the best basin (ties: lower median inertia).
     *
     * @return its row
     */
    public InitRow safest() {
        return rows.stream().max(Comparator.comparingDouble(InitRow::shareBest)
                .thenComparing(Comparator.comparingDouble(InitRow::medianInertia).reversed())).orElseThrow();
    }

    /**
     * Whether {@code safest()} beats every other initializer by more than the sampling noise.
     *
     * @return true if its share of best-basin runs is more than two standard errors ahead of each other
     *         initializer's (always true with a single initializer)
     */
    public boolean clearWinner() {
        InitRow safest = safest();
        return rows.stream().filter(r -> r != safest).allMatch(r -> clearlyAhead(safest, r));
    }

    /**
     * Whether {@code a}'s share of best-basin runs beats {@code b}'s by more than two standard errors of the
     * difference, so that another set of seeds would very likely rank them the same way.
     */
    static boolean clearlyAhead(InitRow a, InitRow b) {
        return clearlyAhead(a.shareBest(), a.runs(), b.shareBest(), b.runs());
    }

    /** Share {@code pa} of {@code na} runs beats {@code pb} of {@code nb} by more than two standard errors. */
    static boolean clearlyAhead(double pa, int na, double pb, int nb) {
        double standardError = Math.sqrt(pa * (1 - pa) / na + pb * (1 - pb) / nb);
        return pa - pb > 2 * Math.max(standardError, 1e-12);
    }

    /**
     * The key finding in one sentence, e.g. "k-means++ reached the best solution in 87% of 200 seeds; random in 31%; ...".
     *
     * @return the sentence, ending with a period
     */
    public String headline() {
        List<InitRow> ranked = rows.stream().sorted(Comparator.comparingDouble(InitRow::shareRightStructure)
                .thenComparingDouble(InitRow::shareBest).reversed()).toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ranked.size(); i++) {
            InitRow row = ranked.get(i);
            if (i == 0) {
                out.append(row.init()).append(" found every cluster of the best solution (CI = 0) from ")
                        .append(percent(row.shareRightStructure())).append(" of ").append(row.runs())
                        .append(" seeds and its exact partition from ").append(percent(row.shareBest()));
            } else {
                out.append("; ").append(row.init()).append(" from ").append(percent(row.shareRightStructure()))
                        .append(" and ").append(percent(row.shareBest()));
            }
        }
        out.append(". Restarts for a 95% chance of the exact best: ").append(ranked.stream()
                .map(r -> r.init() + " " + r.restartsFor95()).collect(Collectors.joining(", "))).append('.');
        return out.toString();
    }

    /**
     * Plain sentences: the best solution, which initializer is safer here, how many restarts to use.
     *
     * @return a few sentences, one per line of the verdict, in reading order
     */
    public List<String> verdict() {
        InitRow safest = safest();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.US, "The best solution found has inertia %s (basin 1).",
                FitOutputs.figure(tables.bestInertia())));
        String shares = rows.stream().map(r -> r.init() + " " + percent(r.shareBest())).collect(Collectors.joining(", "));
        if (rows.size() == 1) {
            lines.add(String.format(Locale.US, "%s reaches it from %s of seeds.", safest.init(), percent(safest.shareBest())));
        } else if (clearWinner()) {
            lines.add("Safest initializer on this data: " + safest.init() + ". Share of seeds reaching it: " + shares + ".");
        } else {
            lines.add("No initializer reaches it clearly more often than the others. Share of seeds reaching it: "
                    + shares + " (differences under two standard errors count as noise).");
        }
        RestartCurve curve = safest.restartCurve();
        int restarts = curve.restartsFor(RestartCurve.CONFIDENCE);
        if (rows.size() > 1 && !clearWinner()) {
            lines.add("Restarts for a 95% chance of reaching it: " + rows.stream()
                    .sorted(Comparator.comparingDouble(InitRow::shareBest).reversed())
                    .map(r -> r.init() + " " + r.restartsFor95()).collect(Collectors.joining(", ")) + ".");
        } else if (restarts == 1) {
            lines.add("One run of " + safest.init() + " is enough for a 95% chance of reaching it (n_init = 1).");
        } else if (restarts > 1) {
            lines.add("Use n_init = " + restarts + " with " + safest.init() + " for a 95% chance of reaching it.");
        } else {
            lines.add(String.format(Locale.US, "Even %d restarts of %s give only a %s chance of reaching it (%d would"
                            + " give 95%%); try more seeds or another initializer.", curve.maxRestarts(), safest.init(),
                    percent(curve.probabilityBest()[curve.maxRestarts() - 1]),
                    curve.restartsForUncapped(RestartCurve.CONFIDENCE)));
        }
        InitRow rightMost = rows.stream().max(Comparator.comparingDouble(InitRow::shareRightStructure)).orElseThrow();
        if (rows.size() > 1 && rows.stream().filter(r -> r != rightMost)
                .allMatch(r -> clearlyAhead(rightMost.shareRightStructure(), rightMost.runs(), r.shareRightStructure(), r.runs()))) {
            lines.add("Cluster by cluster, " + rightMost.init() + " is safer: every cluster where the best run has it"
                    + " (CI = 0) from " + percent(rightMost.shareRightStructure()) + " of seeds ("
                    + rows.stream().filter(r -> r != rightMost).map(r -> r.init() + " " + percent(r.shareRightStructure()))
                    .collect(Collectors.joining(", ")) + ").");
        }
        List<SweepTables.BasinRow> sameStructure = tables.basins().stream().filter(b -> b.ciToBest() == 0).toList();
        if (sameStructure.size() > 1) {
            double worstGap = sameStructure.stream().mapToDouble(SweepTables.BasinRow::gapToBestPct).max().orElse(0);
            lines.add(String.format(Locale.US, "%d basins have CI = 0 to the best: every cluster in the same place, with"
                    + " rows assigned differently, up to %s above the best inertia.", sameStructure.size(), gap(worstGap)));
        }
        if (tables.hasTruth()) {
            lines.add("Against the ground truth, every cluster in the right place (CI = 0) in: " + rows.stream()
                    .map(r -> r.init() + " " + percent(r.shareTruth()) + " of runs").collect(Collectors.joining(", "))
                    + ".");
        }
        if (tables.hasLabels()) {
            lines.add("Mean adjusted Rand index against the reference labels: " + rows.stream()
                    .map(r -> String.format(Locale.US, "%s %.3f", r.init(), r.meanAri()))
                    .collect(Collectors.joining(", ")) + " (1 is perfect agreement, 0 is chance).");
        }
        List<InitRow> loose = rows.stream().filter(r -> r.shareNotStrict() > 0.5).toList();
        if (!loose.isEmpty()) {
            lines.add("Most runs stopped on the tolerance test or the iteration limit, not because labels stopped"
                    + " changing (" + loose.stream().map(r -> r.init() + " " + percent(r.shareNotStrict()))
                    .collect(Collectors.joining(", ")) + "): their partitions can differ by a few rows from a true"
                    + " local optimum, so they split into more basins; --tol 0 runs every one to the end.");
        }
        if (tables.basins().size() == 1) {
            lines.add("Every seed ended in the same partition: on this data, with this k, the seed does not matter.");
        }
        return lines;
    }

    /**
     * A share as people read it: "41.5%".
     *
     * @param share a fraction, usually from 0 to 1
     * @return the share in percent with one decimal and a percent sign
     */
    public static String percent(double share) {
        return String.format(Locale.US, "%.1f%%", share * 100);
    }

    /**
     * A gap to the best as people read it: "0", "5.4e-03%", "81.04%".
     *
     * @param pct the gap in percent, not negative
     * @return "0" for no gap, scientific notation below 0.01%, otherwise two decimals
     */
    public static String gap(double pct) {
        return pct == 0 ? "0" : pct < 0.01 ? String.format(Locale.US, "%.1e%%", pct)
                : String.format(Locale.US, "%.2f%%", pct);
    }

    @Override
    public String toString() {
        return "Findings" + Arrays.asList(rows.toArray());
    }
}
