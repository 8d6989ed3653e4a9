package dev.basin.cli;

import dev.basin.analysis.Basin;
import dev.basin.analysis.InitSummary;
import dev.basin.analysis.RestartCurve;
import dev.basin.analysis.SweepResult;
import dev.basin.data.LoadedData;
import dev.basin.report.FitOutputs;
import dev.basin.report.SweepOutputs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code basin sweep} prints: one row per initializer, the most common basins, and a verdict in words. */
final class SweepText {
    private static final int BASINS_SHOWN = 8;

    private final PrintWriter out;

    SweepText(PrintWriter out) {
        this.out = out;
    }

    void print(LoadedData loaded, SweepResult sweep, Path written) {
        var data = loaded.dataset();
        long[] seeds = sweep.config().seeds();
        out.printf(Locale.US, "%s: %d rows × %d features, k = %d; %d seeds × %d initializers = %d runs in %.1f s%n",
                loaded.source(), data.rows(), data.dims(), sweep.config().engine().k(), seeds.length,
                sweep.config().inits().size(), sweep.runs().size(), sweep.seconds());
        out.println();
        int width = Math.max(10, sweep.summaries().stream().mapToInt(s -> s.init().length()).max().orElse(4));
        out.printf(Locale.US, "%-" + width + "s  %11s  %11s  %11s  %10s  %8s  %6s  %9s  %s%n", "init", "best",
                "median", "worst", "reach best", "CI = 0", "basins", "mean iter", "restarts for 95%");
        for (InitSummary s : sweep.summaries()) {
            out.printf(Locale.US, "%-" + width + "s  %11s  %11s  %11s  %10s  %8s  %6d  %9.1f  %s%n", s.init(),
                    FitOutputs.figure(s.bestInertia()), FitOutputs.figure(s.medianInertia()),
                    FitOutputs.figure(s.worstInertia()), SweepOutputs.percent(s.shareBest()),
                    SweepOutputs.percent(s.shareRightStructure()), s.basins(), s.meanIterations(),
                    s.restartCurve().describeRestartsFor(RestartCurve.CONFIDENCE));
        }
        out.println("(reach best: share of seeds ending in basin 1; CI = 0: share with every cluster where the best"
                + " run has it; restarts for 95%: n_init that reaches basin 1 with 95% probability)");
        if (sweep.hasTruth()) {
            out.println();
            for (InitSummary s : sweep.summaries()) {
                out.printf(Locale.US, "%-" + width + "s  CI = 0 to the ground truth in %s of runs%n", s.init(),
                        SweepOutputs.percent(s.successRateTruth()));
            }
        }
        printBasins(sweep);
        out.println();
        verdict(sweep).forEach(out::println);
        if (written != null) {
            out.println();
            out.println("wrote runs.csv, basins.csv, restarts.csv, traces.csv, summary.json to " + written);
        }
    }

    private void printBasins(SweepResult sweep) {
        List<String> inits = sweep.summaries().stream().map(InitSummary::init).toList();
        int perInit = sweep.config().seeds().length;
        out.println();
        out.printf(Locale.US, "%d distinct basin%s (local optima), best first:%n", sweep.basins().size(),
                sweep.basins().size() == 1 ? "" : "s");
        StringBuilder header = new StringBuilder(String.format(Locale.US, "%6s  %11s  %9s  %3s", "basin", "inertia",
                "gap", "CI"));
        for (String init : inits) {
            header.append(String.format(Locale.US, "  %12s", abbreviate(init, 12)));
        }
        out.println(header.append("  example seeds"));
        List<Basin> shown = sweep.basins().stream().limit(BASINS_SHOWN).toList();
        for (Basin basin : shown) {
            StringBuilder row = new StringBuilder(String.format(Locale.US, "%6d  %11s  %9s  %3d", basin.number(),
                    FitOutputs.figure(basin.inertia()), gap(basin.gapToBestPct()), basin.ciToBest()));
            for (String init : inits) {
                row.append(String.format(Locale.US, "  %12s", SweepOutputs.percent(basin.shareOf(init, perInit))));
            }
            row.append("  ").append(basin.exampleSeed().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            out.println(row);
        }
        if (sweep.basins().size() > shown.size()) {
            out.printf(Locale.US, "%6s  (%d more in basins.csv)%n", "...", sweep.basins().size() - shown.size());
        }
    }

    /** Plain sentences: which initializer is safer here, and how many restarts to use. */
    static List<String> verdict(SweepResult sweep) {
        List<InitSummary> summaries = sweep.summaries();
        InitSummary safest = summaries.stream()
                .max(Comparator.comparingDouble(InitSummary::shareBest)
                        .thenComparing(Comparator.comparingDouble(InitSummary::medianInertia).reversed()))
                .orElseThrow();
        Basin best = sweep.basins().getFirst();
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format(Locale.US, "The best solution found has inertia %s (basin 1).",
                FitOutputs.figure(best.inertia())));
        if (summaries.size() > 1) {
            InitSummary runnerUp = summaries.stream().filter(s -> s != safest)
                    .max(Comparator.comparingDouble(InitSummary::shareBest)).orElseThrow();
            String shares = summaries.stream().map(s -> s.init() + " " + SweepOutputs.percent(s.shareBest()))
                    .collect(Collectors.joining(", "));
            if (clearlyAhead(safest, runnerUp)) {
                lines.add(String.format(Locale.US, "Safest initializer on this data: %s. Share of seeds reaching it: %s.",
                        safest.init(), shares));
            } else {
                lines.add(String.format(Locale.US, "No initializer is clearly safer on this data: the shares of seeds"
                        + " reaching it (%s) differ by less than their sampling noise.", shares));
            }
        } else {
            lines.add(String.format(Locale.US, "%s reaches it from %s of seeds.", safest.init(),
                    SweepOutputs.percent(safest.shareBest())));
        }
        boolean clearWinner = summaries.size() == 1
                || summaries.stream().filter(s -> s != safest).allMatch(s -> clearlyAhead(safest, s));
        RestartCurve curve = safest.restartCurve();
        int restarts = curve.restartsFor(RestartCurve.CONFIDENCE);
        if (!clearWinner) {
            lines.add("Restarts for a 95% chance of reaching it: " + summaries.stream()
                    .sorted(Comparator.comparingDouble(InitSummary::shareBest).reversed())
                    .map(s -> s.init() + " " + s.restartCurve().describeRestartsFor(RestartCurve.CONFIDENCE))
                    .collect(Collectors.joining(", ")) + ".");
        } else if (restarts == 1) {
            lines.add(String.format(Locale.US, "One run of %s is enough for a 95%% chance of reaching it (n_init = 1).",
                    safest.init()));
        } else if (restarts > 1) {
            lines.add(String.format(Locale.US, "Use n_init = %d with %s for a 95%% chance of reaching it.", restarts,
                    safest.init()));
        } else {
            lines.add(String.format(Locale.US, "Even %d restarts of %s give only a %s chance of reaching it (%d would give 95%%);"
                            + " try more seeds or another initializer.", curve.maxRestarts(), safest.init(),
                    SweepOutputs.percent(curve.probabilityBest()[curve.maxRestarts() - 1]),
                    curve.restartsForUncapped(RestartCurve.CONFIDENCE)));
        }
        long sameStructure = sweep.basins().stream().filter(b -> b.ciToBest() == 0).count();
        if (sameStructure > 1) {
            double worstGap = sweep.basins().stream().filter(b -> b.ciToBest() == 0)
                    .mapToDouble(Basin::gapToBestPct).max().orElse(0);
            lines.add(String.format(Locale.US, "%d basins have CI = 0 to the best: the same clusters with a few rows"
                    + " assigned differently, at most %s above the best inertia.", sameStructure, gap(worstGap)));
        }
        if (sweep.basins().size() == 1) {
            lines.add("Every seed ended in the same partition: on this data, with this k, the seed does not matter.");
        }
        return lines;
    }

    /**
     * Whether {@code a}'s share of best-basin runs beats {@code b}'s by more than two standard errors of
     * the difference, so that another set of seeds would very likely rank them the same way.
     */
    static boolean clearlyAhead(InitSummary a, InitSummary b) {
        double pa = a.shareBest();
        double pb = b.shareBest();
        double standardError = Math.sqrt(pa * (1 - pa) / a.runs() + pb * (1 - pb) / b.runs());
        return pa - pb > 2 * Math.max(standardError, 1e-12);
    }

    private static String gap(double pct) {
        return pct == 0 ? "0" : pct < 0.01 ? String.format(Locale.US, "%.1e%%", pct)
                : String.format(Locale.US, "%.2f%%", pct);
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
