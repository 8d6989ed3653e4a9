package dev.basin.cli;

import dev.basin.analysis.SweepResult;
import dev.basin.analysis.SweepTables;
import dev.basin.data.LoadedData;
import dev.basin.report.Findings;
import dev.basin.report.FitOutputs;

import java.io.PrintWriter;
import java.nio.file.Path;
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
        print(loaded.source().toString(), loaded.dataset().rows(), loaded.dataset().dims(), sweep, written);
    }

    void print(String source, long rows, int dims, SweepResult sweep, Path written) {
        SweepTables tables = SweepTables.of(sweep);
        Findings findings = new Findings(tables);
        out.printf(Locale.US, "%s: %d rows × %d features, k = %d; %d seeds × %d %s = %d runs in %.1f s%n",
                source, rows, dims, sweep.config().engine().k(), sweep.config().seeds().length,
                sweep.config().contenders().size(), sweep.config().hasRandomSwap() ? "rows" : "initializers",
                sweep.runs().size(), sweep.seconds());
        out.println();
        int width = Math.max(10, tables.inits().stream().mapToInt(String::length).max().orElse(4));
        out.printf(Locale.US, "%-" + width + "s  %11s  %11s  %11s  %10s  %8s  %6s  %9s  %s%n", "init", "best",
                "median", "worst", "reach best", "CI = 0", "basins", "mean iter", "restarts for 95%");
        for (Findings.InitRow row : findings.rows()) {
            out.printf(Locale.US, "%-" + width + "s  %11s  %11s  %11s  %10s  %8s  %6d  %9.1f  %s%n", row.init(),
                    FitOutputs.figure(row.bestInertia()), FitOutputs.figure(row.medianInertia()),
                    FitOutputs.figure(row.worstInertia()), Findings.percent(row.shareBest()),
                    Findings.percent(row.shareRightStructure()), row.basins(), row.meanIterations(), row.restartsFor95());
        }
        out.println("(reach best: share of seeds ending in basin 1; CI = 0: share with every cluster where the best"
                + " run has it; restarts for 95%: n_init that reaches basin 1 with 95% probability)");
        if (sweep.config().budget() > 0) {
            out.printf(Locale.US, "budget: %,d distance computations per seed for every row; what each spent on average:%n",
                    sweep.config().budget());
        } else if (tables.comparesCosts()) {
            out.println("cost per seed, on average:");
        }
        if (sweep.config().budget() > 0 || tables.comparesCosts()) {
            tables.costs().forEach(cost -> out.println("  " + cost.describe()));
        }
        printBasins(tables);
        out.println();
        findings.verdict().forEach(out::println);
        if (written != null) {
            out.println();
            out.println("wrote runs.csv, basins.csv, restarts.csv, traces.csv, summary.json to " + written);
        }
    }

    private void printBasins(SweepTables tables) {
        List<String> inits = tables.inits();
        int perInit = tables.runsOf(inits.getFirst()).size();
        out.println();
        out.printf(Locale.US, "%d distinct basin%s (local optima), best first:%n", tables.basins().size(),
                tables.basins().size() == 1 ? "" : "s");
        StringBuilder header = new StringBuilder(String.format(Locale.US, "%6s  %11s  %9s  %3s", "basin", "inertia",
                "gap", "CI"));
        for (String init : inits) {
            header.append(String.format(Locale.US, "  %12s", abbreviate(init, 12)));
        }
        out.println(header.append("  example seeds"));
        List<SweepTables.BasinRow> shown = tables.basins().stream().limit(BASINS_SHOWN).toList();
        for (SweepTables.BasinRow basin : shown) {
            StringBuilder row = new StringBuilder(String.format(Locale.US, "%6d  %11s  %9s  %3d", basin.basin(),
                    FitOutputs.figure(basin.inertia()), Findings.gap(basin.gapToBestPct()), basin.ciToBest()));
            for (String init : inits) {
                row.append(String.format(Locale.US, "  %12s",
                        Findings.percent(basin.runsByInit().getOrDefault(init, 0) / (double) perInit)));
            }
            row.append("  ").append(basin.exampleSeed().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            out.println(row);
        }
        if (tables.basins().size() > shown.size()) {
            out.printf(Locale.US, "%6s  (%d more in basins.csv)%n", "...", tables.basins().size() - shown.size());
        }
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
