package dev.basin.report;

import dev.basin.kmeans.FitResult;
import dev.basin.kmeans.RunResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files of a fit: {@code labels.csv}, {@code centers.csv} and {@code summary.json}. Their columns and
 * keys are a contract documented in the README; change them only by adding.
 *
 * @param fit              the fit
 * @param features         feature names, in column order
 * @param originalCenters  the best run's centers in the data's original units (row-major k × d)
 * @param scaled           whether the data was scaled before clustering (then {@code centers.csv} also
 *                         holds the centers in scaled units, the units the inertia is measured in)
 * @param initName         the initializer as the user named it
 * @param adjustedRandIndex ARI against the label column, or null when there is none
 * @param labelColumn      the label column's name, or null
 * @param provenance       where it came from
 */
public record FitOutputs(FitResult fit, List<String> features, double[] originalCenters, boolean scaled,
                         String initName, Double adjustedRandIndex, String labelColumn, Provenance provenance) {

    /**
     * {@code row,cluster}: rows numbered from 0 in the order they were clustered.
     *
     * @return the text of {@code labels.csv}: a header, then one line per row with its cluster (0 to k − 1)
     */
    public String labelsCsv() {
        int[] labels = fit.best().labels();
        StringBuilder out = new StringBuilder(labels.length * 8).append("row,cluster\n");
        for (int i = 0; i < labels.length; i++) {
            out.append(i).append(',').append(labels[i]).append('\n');
        }
        return out.toString();
    }

    /**
     * {@code cluster,<feature>...} in original units, then {@code scaled_<feature>...} when the data was scaled.
     *
     * @return the text of {@code centers.csv}: a header, then one line per cluster, 0 to k − 1
     */
    public String centersCsv() {
        RunResult best = fit.best();
        int dims = features.size();
        StringBuilder out = new StringBuilder("cluster");
        for (String feature : features) {
            out.append(',').append(Csv.field(feature));
        }
        if (scaled) {
            for (String feature : features) {
                out.append(',').append(Csv.field("scaled_" + feature));
            }
        }
        out.append('\n');
        for (int c = 0; c < best.k(); c++) {
            out.append(c);
            for (int j = 0; j < dims; j++) {
                out.append(',').append(originalCenters[c * dims + j]);
            }
            if (scaled) {
                for (int j = 0; j < dims; j++) {
                    out.append(',').append(best.centers()[c * dims + j]);
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * The summary document: the same for {@code summary.json} and {@code --format json}.
     *
     * @return the document's keys in output order, ready for {@link Json#write}
     */
    public Map<String, Object> summary() {
        RunResult best = fit.best();
        int dims = features.size();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("inertia", best.inertia());
        json.put("n_iter", best.iterations());
        json.put("stop_reason", best.stopReason().label());
        json.put("random_state", fit.randomState());
        json.put("best_restart", fit.bestRestart());
        json.put("best_seed", best.seed());
        List<Object> restarts = new ArrayList<>();
        for (FitResult.Restart restart : fit.restarts()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("restart", restart.restart());
            entry.put("seed", restart.seed());
            entry.put("inertia", restart.inertia());
            entry.put("n_iter", restart.iterations());
            entry.put("stop_reason", restart.stopReason().label());
            entry.put("initial_inertia", restart.initialInertia());
            entry.put("distance_computations", restart.distanceComputations());
            restarts.add(entry);
        }
        json.put("restarts", restarts);
        json.put("k", best.k());
        json.put("n_rows", best.labels().length);
        json.put("n_features", dims);
        json.put("features", features);
        List<Object> centers = new ArrayList<>();
        for (int c = 0; c < best.k(); c++) {
            centers.add(java.util.Arrays.copyOfRange(originalCenters, c * dims, (c + 1) * dims));
        }
        json.put("centers", centers);
        if (scaled) {
            List<Object> scaledCenters = new ArrayList<>();
            for (int c = 0; c < best.k(); c++) {
                scaledCenters.add(best.center(c));
            }
            json.put("scaled_centers", scaledCenters);
        }
        json.put("cluster_sizes", best.clusterSizes());
        json.put("init", initName);
        json.put("algorithm", best.algorithm());
        json.put("initial_inertia", best.initialInertia());
        json.put("distance_computations", best.distanceComputations());
        if (adjustedRandIndex != null) {
            json.put("label_column", labelColumn);
            json.put("ari_to_labels", adjustedRandIndex);
        }
        json.put("warnings", fit.warnings());
        json.put("provenance", provenance.toJson());
        return json;
    }

    /**
     * Formats a figure for people: 6 significant digits, US locale.
     *
     * @param value any number; NaN and infinities are written as Java names them
     * @return the value as {@code %.6g} formats it, for example "78.8514" or "1.23457e+06"
     */
    public static String figure(double value) {
        return String.format(Locale.US, "%.6g", value);
    }
}
