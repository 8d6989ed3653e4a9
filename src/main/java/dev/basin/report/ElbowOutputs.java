package dev.basin.report;

import dev.basin.analysis.ElbowResult;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files of an elbow study (a contract: columns and keys are stable, new ones may be added):
 * <ul>
 *   <li>{@code elbow.csv}: one row per k: {@code k,runs,inertia_min,inertia_median,inertia_max,silhouette_min,
 *       silhouette_median,silhouette_max,silhouette_of_best,elbow_seeds,silhouette_seeds}, then
 *       {@code ari_median,ari_of_best} when the data has reference labels;</li>
 *   <li>{@code elbow_runs.csv}: one row per run: {@code k,seed,inertia,n_iter,stop_reason,silhouette}, then
 *       {@code ari_to_labels} with reference labels;</li>
 *   <li>{@code elbow_seeds.csv}: one row per seed: {@code seed,elbow_k,best_silhouette_k} (empty: none);</li>
 *   <li>{@code elbow.json}: the same in aggregate, with the rule, the silhouette sample and provenance.</li>
 * </ul>
 * Undefined silhouettes (k = 1) are written as empty fields in CSV and null in JSON.
 */
public final class ElbowOutputs {
    /** The files, in the order written. */
    public static final List<String> NAMES = List.of("elbow.csv", "elbow_runs.csv", "elbow_seeds.csv", "elbow.json");

    private final ElbowResult result;
    private final List<String> features;
    private final Map<String, Object> provenance;

    /**
     * The outputs of one study.
     *
     * @param result     the study
     * @param features   the feature names clustered
     * @param provenance where it came from
     */
    public ElbowOutputs(ElbowResult result, List<String> features, Provenance provenance) {
        this(result, features, provenance.toJson());
    }

    /**
     * The outputs of a study that is part of a larger result, whose provenance it shares (a report's sweep).
     *
     * @param result     the study
     * @param features   the feature names clustered
     * @param provenance the provenance object to record, as written in JSON
     */
    public ElbowOutputs(ElbowResult result, List<String> features, Map<String, Object> provenance) {
        this.result = result;
        this.features = List.copyOf(features);
        this.provenance = provenance;
    }

    /**
     * Writes every file into {@code dir}.
     *
     * @param dir the output directory being built
     */
    public void writeTo(AtomicDirectory dir) {
        dir.write("elbow.csv", byK());
        dir.write("elbow_runs.csv", runs());
        dir.write("elbow_seeds.csv", seeds());
        dir.write("elbow.json", Json.write(summary()));
    }

    /** {@code elbow.csv}. */
    String byK() {
        StringBuilder csv = new StringBuilder("k,runs,inertia_min,inertia_median,inertia_max,silhouette_min,"
                + "silhouette_median,silhouette_max,silhouette_of_best,elbow_seeds,silhouette_seeds"
                + (result.hasLabels() ? ",ari_median,ari_of_best\n" : "\n"));
        int runs = result.bySeed().size();
        for (ElbowResult.AtK at : result.byK()) {
            csv.append(at.k()).append(',').append(runs).append(',').append(at.inertiaMin()).append(',')
                    .append(at.inertiaMedian()).append(',').append(at.inertiaMax()).append(',')
                    .append(number(at.silhouetteMin())).append(',').append(number(at.silhouetteMedian())).append(',')
                    .append(number(at.silhouetteMax())).append(',').append(number(at.silhouetteOfBest())).append(',')
                    .append(at.elbowVotes()).append(',').append(at.silhouetteVotes());
            if (result.hasLabels()) {
                csv.append(',').append(at.ariMedian()).append(',').append(at.ariOfBest());
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** {@code elbow_runs.csv}. */
    String runs() {
        StringBuilder csv = new StringBuilder("k,seed,inertia,n_iter,stop_reason,silhouette"
                + (result.hasLabels() ? ",ari_to_labels\n" : "\n"));
        for (ElbowResult.Run run : result.runs()) {
            csv.append(run.k()).append(',').append(run.seed()).append(',').append(run.inertia()).append(',')
                    .append(run.iterations()).append(',').append(run.stopReason().label()).append(',')
                    .append(number(run.silhouette()));
            if (result.hasLabels()) {
                csv.append(',').append(run.ari());
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** {@code elbow_seeds.csv}. */
    String seeds() {
        StringBuilder csv = new StringBuilder("seed,elbow_k,best_silhouette_k\n");
        for (ElbowResult.SeedElbow seed : result.bySeed()) {
            csv.append(seed.seed()).append(',').append(seed.elbow() == null ? "" : seed.elbow()).append(',')
                    .append(seed.bestSilhouette() == null ? "" : seed.bestSilhouette()).append('\n');
        }
        return csv.toString();
    }

    /**
     * The {@code elbow.json} document.
     *
     * @return its keys in a fixed order
     */
    public Map<String, Object> summary() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ks", Arrays.stream(result.ks()).boxed().toList());
        json.put("seeds", Arrays.stream(result.config().seeds()).boxed().toList());
        json.put("init", result.config().engine().init().name());
        json.put("n_rows", result.rows());
        json.put("n_features", features.size());
        json.put("features", features);
        json.put("n_runs", result.runs().size());
        json.put("seconds", result.seconds());
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("name", result.config().rule().label());
        rule.put("description", result.config().rule().description());
        json.put("elbow_rule", rule);
        json.put("elbow_of_median_curve", result.medianElbow());
        json.put("elbow_of_lowest_curve", result.bestElbow());
        Map<String, Object> votes = new LinkedHashMap<>();
        result.elbowVotes().forEach((k, v) -> votes.put(Integer.toString(k), v));
        json.put("elbow_seeds_by_k", votes);
        json.put("seeds_without_elbow", result.seedsWithoutElbow());
        Map<String, Object> silhouette = new LinkedHashMap<>();
        silhouette.put("rows", result.silhouetteRows());
        silhouette.put("exact", result.silhouetteRows() == result.rows());
        silhouette.put("sample_seed", result.config().sampleSeed());
        silhouette.put("distance", "euclidean, in the units clustered, rows unweighted");
        json.put("silhouette", silhouette);
        json.put("by_k", result.byK().stream().map(at -> atK(at, result.hasLabels())).toList());
        json.put("provenance", provenance);
        return json;
    }

    private static Map<String, Object> atK(ElbowResult.AtK at, boolean labels) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("k", at.k());
        row.put("inertia_min", at.inertiaMin());
        row.put("inertia_median", at.inertiaMedian());
        row.put("inertia_max", at.inertiaMax());
        row.put("silhouette_min", nullable(at.silhouetteMin()));
        row.put("silhouette_median", nullable(at.silhouetteMedian()));
        row.put("silhouette_max", nullable(at.silhouetteMax()));
        row.put("silhouette_of_best", nullable(at.silhouetteOfBest()));
        row.put("elbow_seeds", at.elbowVotes());
        row.put("silhouette_seeds", at.silhouetteVotes());
        if (labels) {
            row.put("ari_median", at.ariMedian());
            row.put("ari_of_best", at.ariOfBest());
        }
        return row;
    }

    private static Object nullable(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    /**
     * The seeds' elbows in words: "k = 4: 3 seeds (15%), k = 5: 12 (60%)".
     *
     * @param result the study
     * @return the distribution of elbows, or a sentence saying no seed's curve has one
     */
    public static String elbowDistribution(ElbowResult result) {
        int seeds = result.bySeed().size();
        StringBuilder text = new StringBuilder();
        boolean first = true;
        for (Map.Entry<Integer, Integer> vote : result.elbowVotes().entrySet()) {
            text.append(first ? "" : ", ").append("k = ").append(vote.getKey()).append(": ").append(vote.getValue())
                    .append(first ? (vote.getValue() == 1 ? " seed" : " seeds") : "")
                    .append(String.format(Locale.US, " (%s)", Findings.percent(vote.getValue() / (double) seeds)));
            first = false;
        }
        if (result.seedsWithoutElbow() > 0) {
            text.append(first ? "" : ", ").append("no elbow: ").append(result.seedsWithoutElbow());
        }
        return text.toString();
    }
}
