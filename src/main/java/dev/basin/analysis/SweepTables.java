package dev.basin.analysis;

import dev.basin.InvalidInputException;
import dev.basin.data.CsvLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep as its output files describe it: the rows of {@code runs.csv}, {@code basins.csv},
 * {@code restarts.csv} and {@code traces.csv}. Charts and reports are drawn from this view, whether the
 * sweep has just run ({@link #of}) or was written earlier ({@link #read}), so both give the same report.
 *
 * @param inits    initializer names, in the sweep's order
 * @param runs     every run, initializer-major then in seed order
 * @param basins   best first
 * @param restarts the restart curve of every initializer
 * @param traces   per-iteration inertia of the traced runs
 */
public record SweepTables(List<String> inits, List<RunRow> runs, List<BasinRow> basins, List<RestartRow> restarts,
                          List<TraceRow> traces) {

    /**
     * One line of {@code runs.csv}.
     *
     * @param init                 initializer name
     * @param seed                 the run seed ({@code basin fit --random-state <seed> --n-init 1} repeats it)
     * @param inertia              final inertia
     * @param initialInertia       inertia of the initial centers
     * @param iterations           iterations run (column {@code n_iter})
     * @param stopReason           which rule stopped it: "strict", "tolerance" or "max_iter"
     * @param distanceComputations distances evaluated by initialization and iterations
     * @param basin                number of the basin it ended in (1 = best)
     * @param gapToBestPct         (its inertia − best inertia) / best inertia, in percent
     * @param ciToBest             Centroid Index of its centers against the best run's
     * @param ciToTruth            Centroid Index against the ground-truth centers, −1 when the sweep had none
     * @param ariToLabels          adjusted Rand index against the reference labels, NaN when the sweep had none
     * @param restarts             restarts the row ran for this seed (more than 1 only under a budget)
     * @param swaps                random swaps tried (0 without random swap)
     */
    public record RunRow(String init, long seed, double inertia, double initialInertia, int iterations,
                         String stopReason, long distanceComputations, int basin, double gapToBestPct, int ciToBest,
                         int ciToTruth, double ariToLabels, int restarts, int swaps) {
        /**
         * A row of one run without random swap.
         *
         * @param init                 initializer name
         * @param seed                 the run seed
         * @param inertia              final inertia
         * @param initialInertia       inertia of the initial centers
         * @param iterations           iterations run
         * @param stopReason           which rule stopped it
         * @param distanceComputations distances evaluated
         * @param basin                basin number (1 = best)
         * @param gapToBestPct         gap to the best inertia, in percent
         * @param ciToBest             Centroid Index against the best run
         * @param ciToTruth            Centroid Index against the ground truth, −1 without
         * @param ariToLabels          adjusted Rand index against the reference labels, NaN without
         */
        public RunRow(String init, long seed, double inertia, double initialInertia, int iterations,
                      String stopReason, long distanceComputations, int basin, double gapToBestPct, int ciToBest,
                      int ciToTruth, double ariToLabels) {
            this(init, seed, inertia, initialInertia, iterations, stopReason, distanceComputations, basin,
                    gapToBestPct, ciToBest, ciToTruth, ariToLabels, 1, 0);
        }

        /**
         * A row of a sweep without ground truth or reference labels.
         *
         * @param init                 initializer name
         * @param seed                 the run seed
         * @param inertia              final inertia
         * @param initialInertia       inertia of the initial centers
         * @param iterations           iterations run
         * @param stopReason           which rule stopped it
         * @param distanceComputations distances evaluated
         * @param basin                basin number (1 = best)
         * @param gapToBestPct         gap to the best inertia, in percent
         * @param ciToBest             Centroid Index against the best run
         */
        public RunRow(String init, long seed, double inertia, double initialInertia, int iterations,
                      String stopReason, long distanceComputations, int basin, double gapToBestPct, int ciToBest) {
            this(init, seed, inertia, initialInertia, iterations, stopReason, distanceComputations, basin,
                    gapToBestPct, ciToBest, -1, Double.NaN, 1, 0);
        }
    }

    /**
     * Whether the runs carry the Centroid Index to ground-truth centers.
     *
     * @return true when the sweep was given {@code --truth}
     */
    public boolean hasTruth() {
        return !runs.isEmpty() && runs.getFirst().ciToTruth() >= 0;
    }

    /**
     * Whether the runs carry the adjusted Rand index against reference labels.
     *
     * @return true when the sweep was given {@code --label-column}
     */
    public boolean hasLabels() {
        return !runs.isEmpty() && !Double.isNaN(runs.getFirst().ariToLabels());
    }

    /**
     * One line of {@code basins.csv}.
     *
     * @param basin        the basin's number, 1 for the lowest inertia
     * @param inertia      the lowest inertia among its runs
     * @param gapToBestPct (inertia − best inertia) / best inertia, in percent
     * @param ciToBest     Centroid Index of its centers against the best basin's
     * @param runs         runs that ended here, all initializers together
     * @param share        runs / all runs, from 0 to 1
     * @param runsByInit   runs per initializer, in the sweep's initializer order
     * @param exampleSeed  per initializer, the first seed (in seed order) that ended here; absent if none
     */
    public record BasinRow(int basin, double inertia, double gapToBestPct, int ciToBest, int runs, double share,
                           Map<String, Integer> runsByInit, Map<String, Long> exampleSeed) {
    }

    /**
     * One line of {@code restarts.csv}: after {@code restarts} restarts of {@code init}.
     *
     * @param init                initializer name
     * @param restarts            r, from 1 to the curve's length
     * @param expectedBestInertia expected best inertia after r restarts
     * @param probabilityBest     probability of reaching the best basin within r restarts (column
     *                            {@code p_best_basin})
     */
    public record RestartRow(String init, int restarts, double expectedBestInertia, double probabilityBest) {
    }

    /**
     * One line of {@code traces.csv}.
     *
     * @param init      initializer name
     * @param seed      the traced run's seed
     * @param iteration the iteration, 1-based
     * @param inertia   inertia of the labels assigned in that iteration
     */
    public record TraceRow(String init, long seed, int iteration, double inertia) {
    }

    /**
     * The lowest inertia of the sweep (basin 1's).
     *
     * @return the best inertia, in squared units of the clustered data
     */
    public double bestInertia() {
        return basins.getFirst().inertia();
    }

    /**
     * What each row spent, for a comparison at equal cost: the mean distances, restarts and swaps per seed.
     *
     * @param init      the row's name
     * @param distances mean distance computations per seed
     * @param restarts  mean restarts per seed
     * @param swaps     mean random swaps tried per seed
     */
    public record Cost(String init, double distances, double restarts, double swaps) {
        /**
         * The cost in words.
         *
         * @return for example "k-means++: 1,234,567 distances (best of 9.8 restarts)"
         */
        public String describe() {
            String what = swaps > 0 ? String.format(java.util.Locale.US, "%,.0f swaps tried", swaps)
                    : restarts > 1 ? String.format(java.util.Locale.US, "best of %.1f restarts", restarts) : "one run";
            return String.format(java.util.Locale.US, "%s: %,.0f distances (%s)", init, distances, what);
        }
    }

    /**
     * Whether the sweep compares costs: some row ran random swap or more than one restart per seed (a budget).
     *
     * @return true when {@link #costs()} says more than "one run" for some row
     */
    public boolean comparesCosts() {
        return runs.stream().anyMatch(r -> r.restarts() > 1 || r.swaps() > 0)
                || inits.stream().anyMatch(i -> i.endsWith(Contender.RANDOM_SWAP_SUFFIX));
    }

    /**
     * Each row's mean cost per seed, in row order.
     *
     * @return one cost per row
     */
    public List<Cost> costs() {
        return inits.stream().map(init -> {
            List<RunRow> rows = runsOf(init);
            return new Cost(init, rows.stream().mapToLong(RunRow::distanceComputations).average().orElse(0),
                    rows.stream().mapToInt(RunRow::restarts).average().orElse(0),
                    rows.stream().mapToInt(RunRow::swaps).average().orElse(0));
        }).toList();
    }

    /**
     * Runs of one initializer, in seed order.
     *
     * @param init the initializer's name
     * @return its runs; empty for a name the sweep does not have
     */
    public List<RunRow> runsOf(String init) {
        return runs.stream().filter(r -> r.init().equals(init)).toList();
    }

    /**
     * The tables of a sweep that has just run.
     *
     * @param sweep the finished sweep
     * @return the rows its output files would hold
     */
    public static SweepTables of(SweepResult sweep) {
        List<String> inits = sweep.config().rowNames();
        List<RunRow> runs = new ArrayList<>();
        List<TraceRow> traces = new ArrayList<>();
        for (int i = 0; i < sweep.runs().size(); i++) {
            RunRecord run = sweep.runs().get(i);
            RunFigures figures = sweep.figures().get(i);
            runs.add(new RunRow(run.init(), run.seed(), run.inertia(), run.initialInertia(), run.iterations(),
                    run.stopReason().label(), run.distanceComputations(), figures.basin(), figures.gapToBestPct(),
                    figures.ciToBest(), figures.ciToTruth(), run.ariToLabels(), run.restarts(), run.swaps()));
            if (run.traceInertia() != null) {
                for (int t = 0; t < run.traceInertia().length; t++) {
                    traces.add(new TraceRow(run.init(), run.seed(), t + 1, run.traceInertia()[t]));
                }
            }
        }
        List<BasinRow> basins = sweep.basins().stream().map(b -> new BasinRow(b.number(), b.inertia(),
                b.gapToBestPct(), b.ciToBest(), b.runs(), b.share(), b.runsByInit(), b.exampleSeed())).toList();
        List<RestartRow> restarts = new ArrayList<>();
        for (InitSummary summary : sweep.summaries()) {
            RestartCurve curve = summary.restartCurve();
            for (int r = 1; r <= curve.maxRestarts(); r++) {
                restarts.add(new RestartRow(summary.init(), r, curve.expectedBestInertia()[r - 1],
                        curve.probabilityBest()[r - 1]));
            }
        }
        return new SweepTables(inits, List.copyOf(runs), basins, List.copyOf(restarts), List.copyOf(traces));
    }

    /**
     * Reads the tables of a sweep output directory ({@code basin sweep --out DIR}).
     *
     * @param dir the directory holding {@code runs.csv}, {@code basins.csv}, {@code restarts.csv} and
     *            {@code traces.csv}
     * @return the tables, as {@link #of} gave them when the sweep ran
     * @throws InvalidInputException if a file is missing, empty or cut short, or the directory holds no runs
     */
    public static SweepTables read(Path dir) {
        List<Map<String, String>> runRows = csv(dir.resolve("runs.csv"));
        List<String> inits = new ArrayList<>();
        List<RunRow> runs = new ArrayList<>();
        for (Map<String, String> row : runRows) {
            String init = row.get("init");
            if (!inits.contains(init)) {
                inits.add(init);
            }
            runs.add(new RunRow(init, Long.parseLong(row.get("seed")), Double.parseDouble(row.get("inertia")),
                    Double.parseDouble(row.get("initial_inertia")), Integer.parseInt(row.get("n_iter")),
                    row.get("stop_reason"), Long.parseLong(row.get("distance_computations")),
                    Integer.parseInt(row.get("basin")), Double.parseDouble(row.get("gap_to_best_pct")),
                    Integer.parseInt(row.get("ci_to_best")),
                    row.containsKey("ci_to_truth") ? Integer.parseInt(row.get("ci_to_truth")) : -1,
                    row.containsKey("ari_to_labels") ? Double.parseDouble(row.get("ari_to_labels")) : Double.NaN,
                    row.containsKey("restarts") ? Integer.parseInt(row.get("restarts")) : 1,
                    row.containsKey("swaps") ? Integer.parseInt(row.get("swaps")) : 0));
        }
        List<BasinRow> basins = new ArrayList<>();
        for (Map<String, String> row : csv(dir.resolve("basins.csv"))) {
            Map<String, Integer> byInit = new LinkedHashMap<>();
            Map<String, Long> example = new LinkedHashMap<>();
            for (String init : inits) {
                byInit.put(init, Integer.parseInt(row.get("runs_" + init)));
                String seed = row.get("example_seed_" + init);
                if (seed != null && !seed.isEmpty()) {
                    example.put(init, Long.parseLong(seed));
                }
            }
            basins.add(new BasinRow(Integer.parseInt(row.get("basin")), Double.parseDouble(row.get("inertia")),
                    Double.parseDouble(row.get("gap_to_best_pct")), Integer.parseInt(row.get("ci_to_best")),
                    Integer.parseInt(row.get("runs")), Double.parseDouble(row.get("share")), byInit, example));
        }
        List<RestartRow> restarts = csv(dir.resolve("restarts.csv")).stream().map(row -> new RestartRow(row.get("init"),
                Integer.parseInt(row.get("restarts")), Double.parseDouble(row.get("expected_best_inertia")),
                Double.parseDouble(row.get("p_best_basin")))).toList();
        List<TraceRow> traces = csv(dir.resolve("traces.csv")).stream().map(row -> new TraceRow(row.get("init"),
                Long.parseLong(row.get("seed")), Integer.parseInt(row.get("iteration")),
                Double.parseDouble(row.get("inertia")))).toList();
        if (runs.isEmpty() || basins.isEmpty()) {
            throw new InvalidInputException(dir + " holds no runs; is it the output of basin sweep --out?");
        }
        return new SweepTables(List.copyOf(inits), List.copyOf(runs), List.copyOf(basins), restarts, traces);
    }

    /** Rows of one of Basin's own CSV files as maps from column name to field. */
    private static List<Map<String, String>> csv(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + " is missing; give a directory written by basin sweep --out");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException(file + " is empty; give a directory written by basin sweep --out");
        }
        List<String> header = CsvLine.fields(lines.getFirst());
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            List<String> fields = CsvLine.fields(lines.get(i));
            if (fields.size() != header.size()) {
                throw new InvalidInputException(file + ", line " + (i + 1) + ": " + fields.size() + " fields, expected "
                        + header.size() + "; the file was changed or truncated");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int j = 0; j < header.size(); j++) {
                row.put(header.get(j), fields.get(j));
            }
            rows.add(row);
        }
        return rows;
    }

    @Override
    public String toString() {
        return "SweepTables" + Arrays.asList(inits.size() + " inits", runs.size() + " runs", basins.size() + " basins");
    }
}
