package dev.basin.cli;

import dev.basin.data.LoadedData;
import dev.basin.kmeans.FitResult;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.RunResult;
import dev.basin.kmeans.StopReason;
import dev.basin.kmeans.init.KMeansPlusPlus;
import dev.basin.report.FitOutputs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The human-readable summary {@code basin fit} prints. */
final class FitText {
    private final PrintWriter out;

    FitText(PrintWriter out) {
        this.out = out;
    }

    void print(LoadedData loaded, KMeansConfig config, FitResult fit, FitOutputs outputs, String replay, Path written,
               boolean verbose) {
        RunResult best = fit.best();
        var data = loaded.dataset();
        out.printf(Locale.US, "%s: %d rows × %d features, k = %d%n", loaded.source(), data.rows(), data.dims(), config.k());
        String trials = config.init() instanceof KMeansPlusPlus p ? " (" + p.trialsFor(config.k()) + " local trials)" : "";
        out.printf(Locale.US, "init %s%s, n_init %d, %s, random_state %d%s%n", config.init().name(), trials,
                config.restarts(), best.algorithm(), fit.randomState(),
                fit.drawnState() ? " (drawn; pass --random-state " + fit.randomState() + " to repeat)" : "");
        out.println();
        row("inertia", FitOutputs.figure(best.inertia()));
        row("iterations", best.iterations() + " (stopped: " + describe(best.stopReason()) + ")");
        if (config.algorithm() == dev.basin.kmeans.Algorithm.RANDOM_SWAP) {
            row("random swap", config.swaps().describe() + " per restart from its K-means solution, then K-means"
                    + " to convergence; iterations count both K-means phases, not the swaps'");
            row("distances", String.format(Locale.US, "%,d computed by the best restart, its swaps included",
                    best.distanceComputations()));
        }
        row("best restart", fit.bestRestart() + " of " + fit.restarts().size() + ", seed " + best.seed());
        row("replay alone", replay);
        row("cluster sizes", Arrays.stream(best.clusterSizes()).mapToObj(Integer::toString)
                .collect(Collectors.joining(", ")));
        if (outputs.adjustedRandIndex() != null) {
            row("ARI vs " + outputs.labelColumn(), String.format(Locale.US, "%.4f", outputs.adjustedRandIndex()));
        }
        if (fit.restarts().size() > 1) {
            out.println();
            out.printf(Locale.US, "%8s  %20s  %14s  %6s  %-9s%n", "restart", "seed", "inertia", "n_iter", "stop");
            for (FitResult.Restart r : fit.restarts()) {
                out.printf(Locale.US, "%8d  %20d  %14s  %6d  %-9s%s%n", r.restart(), r.seed(),
                        FitOutputs.figure(r.inertia()), r.iterations(), r.stopReason().label(),
                        r.restart() == fit.bestRestart() ? "  best" : "");
            }
        }
        if (verbose) {
            out.println();
            out.printf(Locale.US, "%9s  %14s  %13s  %14s%n", "iteration", "inertia", "reassignments", "center shift");
            best.trace().forEach(t -> out.printf(Locale.US, "%9d  %14s  %13d  %14s%n", t.iteration(),
                    FitOutputs.figure(t.inertia()), t.reassignments(), FitOutputs.figure(t.centerShift())));
        }
        if (written != null) {
            out.println();
            out.println("wrote labels.csv, centers.csv, summary.json to " + written);
        }
    }

    private void row(String name, String value) {
        out.printf(Locale.US, "%-15s %s%n", name, value);
    }

    private static String describe(StopReason reason) {
        return switch (reason) {
            case STRICT -> "strict, no label changed";
            case TOLERANCE -> "tolerance, centers moved less than tol";
            case MAX_ITER -> "max_iter reached before convergence";
        };
    }
}
