package dev.basin.report;

import dev.basin.analysis.Basin;
import dev.basin.analysis.InitSummary;
import dev.basin.analysis.RestartCurve;
import dev.basin.analysis.RunFigures;
import dev.basin.analysis.RunRecord;
import dev.basin.analysis.SweepResult;
import dev.basin.kmeans.StopReason;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a sweep: {@code runs.csv}, {@code basins.csv}, {@code restarts.csv}, {@code traces.csv}
 * and {@code summary.json}. Their columns and keys are a contract documented in the README; change them
 * only by adding. Numbers are written in Java's shortest round-trip form, so equal files mean
 * bit-identical figures.
 *
 * @param sweep      the sweep
 * @param features   feature names
 * @param nRows      rows clustered
 * @param provenance where it came from
 */
public record SweepOutputs(SweepResult sweep, List<String> features, int nRows, Provenance provenance) {
    /** How many basins {@code summary.json} lists (all of them are in {@code basins.csv}). */
    public static final int SUMMARY_BASINS = 20;

    /**
     * Column names of {@code runs.csv}, in order.
     *
     * @return the columns; {@code ci_to_truth} only with ground-truth centers, {@code ari_to_labels} only
     *         with reference labels, {@code restarts} and {@code swaps} only with random swap rows or a budget
     */
    public List<String> runsColumns() {
        List<String> columns = new ArrayList<>(List.of("init", "seed", "inertia", "initial_inertia", "n_iter",
                "stop_reason", "seconds", "distance_computations", "basin", "gap_to_best_pct", "ci_to_best"));
        if (sweep.hasTruth()) {
            columns.add("ci_to_truth");
        }
        if (sweep.hasLabels()) {
            columns.add("ari_to_labels");
        }
        if (costColumns()) {
            columns.add("restarts");
            columns.add("swaps");
        }
        return columns;
    }

    /**
     * The text of {@code runs.csv}: one line per run, initializer-major then in seed order.
     *
     * @return a header of {@link #runsColumns()}, then the runs
     */
    public String runsCsv() {
        StringBuilder out = new StringBuilder(String.join(",", runsColumns())).append('\n');
        for (int i = 0; i < sweep.runs().size(); i++) {
            RunRecord run = sweep.runs().get(i);
            RunFigures figures = sweep.figures().get(i);
            out.append(Csv.field(run.init())).append(',').append(run.seed()).append(',').append(run.inertia())
                    .append(',').append(run.initialInertia()).append(',').append(run.iterations()).append(',')
                    .append(run.stopReason().label()).append(',').append(run.seconds()).append(',')
                    .append(run.distanceComputations()).append(',').append(figures.basin()).append(',')
                    .append(figures.gapToBestPct()).append(',').append(figures.ciToBest());
            if (sweep.hasTruth()) {
                out.append(',').append(figures.ciToTruth());
            }
            if (sweep.hasLabels()) {
                out.append(',').append(run.ariToLabels());
            }
            if (costColumns()) {
                out.append(',').append(run.restarts()).append(',').append(run.swaps());
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * The text of {@code basins.csv}: one line per basin, best first, with the runs, share and an example
     * seed per initializer, and the partition's fingerprint.
     *
     * @return a header, then the basins
     */
    public String basinsCsv() {
        List<String> inits = initNames();
        StringBuilder out = new StringBuilder("basin,inertia,gap_to_best_pct,ci_to_best,runs,share");
        for (String init : inits) {
            out.append(',').append(Csv.field("runs_" + init)).append(',').append(Csv.field("share_" + init))
                    .append(',').append(Csv.field("example_seed_" + init));
        }
        if (sweep.hasAriToBest()) {
            out.append(",ari_to_best");
        }
        out.append(",fingerprint\n");
        int perInit = sweep.config().seeds().length;
        for (Basin basin : sweep.basins()) {
            out.append(basin.number()).append(',').append(basin.inertia()).append(',').append(basin.gapToBestPct())
                    .append(',').append(basin.ciToBest()).append(',').append(basin.runs()).append(',')
                    .append(basin.share());
            for (String init : inits) {
                Long seed = basin.exampleSeed().get(init);
                out.append(',').append(basin.runsByInit().get(init)).append(',').append(basin.shareOf(init, perInit))
                        .append(',').append(seed == null ? "" : seed.toString());
            }
            if (sweep.hasAriToBest()) {
                out.append(',').append(basin.ariToBest());
            }
            out.append(',').append(basin.fingerprint().hex()).append('\n');
        }
        return out.toString();
    }

    /**
     * The text of {@code restarts.csv}: each initializer's restart curve, one line per number of restarts.
     *
     * @return a header ({@code init,restarts,expected_best_inertia,p_best_basin}), then the curves
     */
    public String restartsCsv() {
        StringBuilder out = new StringBuilder("init,restarts,expected_best_inertia,p_best_basin\n");
        for (InitSummary summary : sweep.summaries()) {
            RestartCurve curve = summary.restartCurve();
            for (int r = 1; r <= curve.maxRestarts(); r++) {
                out.append(Csv.field(summary.init())).append(',').append(r).append(',')
                        .append(curve.expectedBestInertia()[r - 1]).append(',').append(curve.probabilityBest()[r - 1])
                        .append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The text of {@code traces.csv}: the inertia of every iteration of the traced runs.
     *
     * @return a header ({@code init,seed,iteration,inertia}), then one line per iteration
     */
    public String tracesCsv() {
        StringBuilder out = new StringBuilder("init,seed,iteration,inertia\n");
        for (RunRecord run : sweep.runs()) {
            if (run.traceInertia() == null) {
                continue;
            }
            for (int i = 0; i < run.traceInertia().length; i++) {
                out.append(Csv.field(run.init())).append(',').append(run.seed()).append(',').append(i + 1).append(',')
                        .append(run.traceInertia()[i]).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The document of {@code summary.json}: the sweep's shape, its best run, each initializer's figures,
     * the first {@link #SUMMARY_BASINS} basins and the provenance.
     *
     * @return the document's keys in output order, ready for {@link Json#write}
     */
    public Map<String, Object> summary() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("k", sweep.config().engine().k());
        json.put("n_rows", nRows);
        json.put("n_features", features.size());
        json.put("features", features);
        json.put("inits", initNames());
        json.put("seeds", sweep.config().seeds());
        json.put("n_runs", sweep.runs().size());
        json.put("seconds", sweep.seconds());
        if (costColumns()) {
            json.put("budget", sweep.config().budget() > 0 ? (Object) sweep.config().budget() : null);
            json.put("swap_schedule", sweep.config().hasRandomSwap() && sweep.config().budget() == 0
                    ? sweep.config().engine().swaps().describe() : null);
        }
        RunRecord best = sweep.runs().get(sweep.bestRun());
        Map<String, Object> bestJson = new LinkedHashMap<>();
        bestJson.put("inertia", best.inertia());
        bestJson.put("init", best.init());
        bestJson.put("seed", best.seed());
        json.put("best", bestJson);
        List<Object> inits = new ArrayList<>();
        for (InitSummary s : sweep.summaries()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("init", s.init());
            entry.put("runs", s.runs());
            entry.put("best_inertia", s.bestInertia());
            entry.put("median_inertia", s.medianInertia());
            entry.put("worst_inertia", s.worstInertia());
            entry.put("share_best_basin", s.shareBest());
            entry.put("share_ci0_to_best", s.shareRightStructure());
            entry.put("basins", s.basins());
            entry.put("mean_iterations", s.meanIterations());
            entry.put("max_iterations", s.maxIterations());
            Map<String, Object> stops = new LinkedHashMap<>();
            for (Map.Entry<StopReason, Integer> stop : s.stopReasons().entrySet()) {
                stops.put(stop.getKey().label(), stop.getValue());
            }
            entry.put("stop_reasons", stops);
            entry.put("initial_final_spearman", s.initialFinalSpearman());
            int restarts = s.restartCurve().restartsFor(RestartCurve.CONFIDENCE);
            entry.put("restarts_for_95pct", restarts > 0 ? (Object) restarts : null);
            entry.put("restarts_for_95pct_text", s.restartCurve().describeRestartsFor(RestartCurve.CONFIDENCE));
            entry.put("mean_distance_computations", s.meanDistanceComputations());
            entry.put("mean_seconds", s.meanSeconds());
            if (sweep.hasTruth()) {
                entry.put("success_rate_truth", s.successRateTruth());
            }
            if (sweep.hasLabels()) {
                entry.put("mean_ari_to_labels", s.meanAriToLabels());
            }
            if (costColumns()) {
                List<RunRecord> runs = sweep.runs().stream().filter(r -> r.init().equals(s.init())).toList();
                entry.put("mean_restarts", runs.stream().mapToInt(RunRecord::restarts).average().orElse(0));
                entry.put("mean_swaps", runs.stream().mapToInt(RunRecord::swaps).average().orElse(0));
            }
            inits.add(entry);
        }
        json.put("initializers", inits);
        json.put("n_basins", sweep.basins().size());
        List<Object> basins = new ArrayList<>();
        for (Basin basin : sweep.basins().subList(0, Math.min(SUMMARY_BASINS, sweep.basins().size()))) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("basin", basin.number());
            entry.put("inertia", basin.inertia());
            entry.put("gap_to_best_pct", basin.gapToBestPct());
            entry.put("ci_to_best", basin.ciToBest());
            entry.put("runs", basin.runs());
            entry.put("share", basin.share());
            entry.put("runs_by_init", new LinkedHashMap<String, Object>(basin.runsByInit()));
            entry.put("example_seed", new LinkedHashMap<String, Object>(basin.exampleSeed()));
            if (sweep.hasAriToBest()) {
                entry.put("ari_to_best", basin.ariToBest());
            }
            basins.add(entry);
        }
        json.put("basins", basins);
        json.put("provenance", provenance.toJson());
        return json;
    }

    /** Whether the sweep compares costs: random swap rows or a budget add restarts and swaps to the outputs. */
    private boolean costColumns() {
        return sweep.config().hasRandomSwap() || sweep.config().budget() > 0;
    }

    private List<String> initNames() {
        return sweep.config().rowNames();
    }
}
