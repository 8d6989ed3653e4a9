package dev.basin.report;

import dev.basin.BasinVersion;
import dev.basin.landscape.Descent;
import dev.basin.landscape.LandscapeConfig;
import dev.basin.landscape.LandscapeResult;
import dev.basin.landscape.Minima;
import dev.basin.landscape.RunStatus;
import dev.basin.random.Seeds;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of {@code basin landscape}: {@code starts.csv}, {@code minima.csv}, {@code paths.csv} and
 * {@code summary.json}. Their columns and keys are a contract documented in the README; change them only
 * by adding. Numbers are written in Java's shortest round-trip form.
 *
 * @param result     the landscape
 * @param provenance where it came from: see {@link #provenance}
 */
public record LandscapeOutputs(LandscapeResult result, Map<String, Object> provenance) {

    /**
     * The provenance of a landscape, stamped now: Basin's version, the function, every parameter, the
     * random state of random starts, the generator algorithm, the Java version, the time and the command line.
     *
     * @param result      the landscape
     * @param commandLine {@code basin}, {@code landscape}, then the arguments
     * @return the object written under {@code provenance}
     */
    public static Map<String, Object> provenance(LandscapeResult result, List<String> commandLine) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("basin_version", BasinVersion.get());
        json.put("function", result.config().function());
        json.put("parameters", parameters(result.config()));
        json.put("random_state", result.config().starts().randomState());
        json.put("rng_algorithm", result.config().starts().isRandom() ? Seeds.ALGORITHM : null);
        json.put("java_version", Runtime.version().toString());
        json.put("time", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        json.put("command_line", List.copyOf(commandLine));
        return json;
    }

    /** Every option that shapes the result, by its command-line name. */
    static Map<String, Object> parameters(LandscapeConfig config) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("function", config.function());
        parameters.put("from", config.from());
        parameters.put("to", config.to());
        parameters.put(config.starts().isRandom() ? "random_starts" : "starts", config.starts().count());
        parameters.put("optimizer", config.optimizer().name());
        parameters.putAll(config.optimizer().parameters());
        parameters.put("epochs", config.epochs());
        parameters.put("tol", config.tolerance());
        parameters.put("merge_tol", config.mergeTolerance());
        return parameters;
    }

    /** Columns of {@code starts.csv}. */
    public static final List<String> STARTS_COLUMNS = List.of("start", "end", "f_end", "df_end", "d2f_end", "epochs",
            "status", "minimum");

    /** Columns of {@code minima.csv}. */
    public static final List<String> MINIMA_COLUMNS = List.of("minimum", "x", "f", "d2f", "starts", "share",
            "first_start", "last_start", "best");

    /** Columns of {@code paths.csv}. */
    public static final List<String> PATHS_COLUMNS = List.of("start", "epoch", "x", "f");

    /**
     * {@code starts.csv}: one line per start, ascending: where it ended, f, f' and f'' there, the epochs
     * run, the status and the minimum reached (empty when none).
     */
    public String startsCsv() {
        StringBuilder out = new StringBuilder(String.join(",", STARTS_COLUMNS)).append('\n');
        for (int i = 0; i < result.runs().size(); i++) {
            Descent.Run run = result.runs().get(i);
            out.append(run.start()).append(',').append(run.end()).append(',').append(run.atEnd().value()).append(',')
                    .append(run.atEnd().d1()).append(',').append(run.atEnd().d2()).append(',').append(run.epochs())
                    .append(',').append(run.status().label()).append(',')
                    .append(result.minimumOf()[i] == 0 ? "" : Integer.toString(result.minimumOf()[i])).append('\n');
        }
        return out.toString();
    }

    /** {@code minima.csv}: one line per distinct minimum, best first. */
    public String minimaCsv() {
        StringBuilder out = new StringBuilder(String.join(",", MINIMA_COLUMNS)).append('\n');
        for (Minima.Minimum m : result.minima()) {
            out.append(m.number()).append(',').append(m.x()).append(',').append(m.f()).append(',').append(m.curvature())
                    .append(',').append(m.starts()).append(',').append(m.share()).append(',').append(m.firstStart())
                    .append(',').append(m.lastStart()).append(',').append(m.best()).append('\n');
        }
        return out.toString();
    }

    /** {@code paths.csv}: every point of every run, start by start, epoch 0 being the start itself. */
    public String pathsCsv() {
        StringBuilder out = new StringBuilder(String.join(",", PATHS_COLUMNS)).append('\n');
        for (Descent.Run run : result.runs()) {
            for (int t = 0; t < run.path().length; t++) {
                out.append(run.start()).append(',').append(t).append(',').append(run.path()[t]).append(',')
                        .append(run.values()[t]).append('\n');
            }
        }
        return out.toString();
    }

    /** {@code summary.json}: the parameters, the counts by status, the minima and the best, with provenance. */
    public Map<String, Object> summary() {
        LandscapeConfig config = result.config();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("function", config.function());
        json.put("parsed", result.expression().toString());
        json.put("from", config.from());
        json.put("to", config.to());
        json.put("start_grid", config.starts().isRandom() ? "random" : "even");
        json.put("starts", config.starts().count());
        json.put("random_state", config.starts().randomState());
        json.put("optimizer", config.optimizer().name());
        json.put("optimizer_parameters", config.optimizer().parameters());
        json.put("epochs", config.epochs());
        json.put("tol", config.tolerance());
        json.put("merge_tol", config.mergeTolerance());
        Map<String, Object> counts = new LinkedHashMap<>();
        result.statusCounts().forEach((status, n) -> counts.put(status.label(), n));
        json.put("status_counts", counts);
        List<Object> minima = new ArrayList<>();
        for (Minima.Minimum m : result.minima()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("minimum", m.number());
            row.put("x", m.x());
            row.put("f", m.f());
            row.put("d2f", m.curvature());
            row.put("starts", m.starts());
            row.put("share", m.share());
            row.put("first_start", m.firstStart());
            row.put("last_start", m.lastStart());
            row.put("best", m.best());
            minima.add(row);
        }
        json.put("minima", minima);
        Minima.Minimum best = result.best();
        json.put("best_x", best == null ? null : best.x());
        json.put("best_f", best == null ? null : best.f());
        json.put("share_reaching_best", result.minima().stream().filter(Minima.Minimum::best)
                .mapToDouble(Minima.Minimum::share).sum());
        json.put("share_reaching_a_minimum", result.statusCounts().get(RunStatus.MINIMUM) / (double) result.runs().size());
        json.put("provenance", provenance);
        return json;
    }
}
