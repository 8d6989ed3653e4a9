package dev.basin.analysis;

import dev.basin.data.Dataset;
import dev.basin.kmeans.StopReason;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished sweep: every run, the basins they fell into, each run's place among them, and each
 * initializer's summary with its restart curve.
 *
 * @param config      the sweep's configuration
 * @param dims        features of the clustered data
 * @param runs        every run, initializer-major then in seed order
 * @param figures     per run (same order): basin, gap to best, CI to best run and to truth
 * @param basins      best first
 * @param summaries   per initializer, in the sweep's order
 * @param bestRun     index into {@code runs} of the lowest-inertia run (the first, in run order, on ties)
 * @param hasTruth    whether CI to ground-truth centers was computed
 * @param hasLabels   whether ARI to reference labels was computed
 * @param seconds     wall time of the whole sweep
 * @param basinLabels each basin's partition, labels renamed in order of first appearance (basin order),
 *                    or empty when the basins needed more labels than the sweep's label budget
 */
public record SweepResult(SweepConfig config, int dims, List<RunRecord> runs, List<RunFigures> figures,
                          List<Basin> basins, List<InitSummary> summaries, int bestRun, boolean hasTruth,
                          boolean hasLabels, double seconds, List<int[]> basinLabels) {

    /**
     * The summary of the initializer called {@code init}.
     *
     * @param init the initializer's name, for example "k-means++"
     * @return its summary
     * @throws IllegalArgumentException if the sweep has no initializer of that name
     */
    public InitSummary summary(String init) {
        return summaries.stream().filter(s -> s.init().equals(init)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no initializer " + init + " in this sweep"));
    }

    /**
     * Whether ARI to the best basin was computed (the labels of every basin fit the label budget).
     *
     * @return true if every {@link Basin#ariToBest()} is a number rather than NaN
     */
    public boolean hasAriToBest() {
        return !basins.isEmpty() && !Double.isNaN(basins.getFirst().ariToBest());
    }

    static SweepResult analyze(Dataset data, SweepConfig config, List<RunRecord> runs, double[] truth,
                               Map<PartitionFingerprint, int[]> basinLabels, double seconds) {
        return analyze(config, data.dims(), data.labels().isPresent(), runs, truth, basinLabels, seconds);
    }

    /**
     * Analyzes runs made elsewhere (for example by Spark ML on data no machine holds whole): the basins, each
     * run's figures and each initializer's summary, exactly as for a sweep Basin ran itself.
     *
     * @param config      the sweep the runs belong to: its initializers (by name) and seeds, in run order
     * @param dims        features of the clustered data
     * @param hasLabels   whether the runs carry an adjusted Rand index to reference labels
     * @param runs        one per (initializer, seed), initializer-major then in seed order
     * @param truth       ground-truth centers in the units clustered, row-major, or null
     * @param basinLabels each distinct partition's labels, or null when they are not kept
     * @param seconds     wall time of the runs
     * @return the finished sweep
     */
    public static SweepResult analyze(SweepConfig config, int dims, boolean hasLabels, List<RunRecord> runs,
                                      double[] truth, Map<PartitionFingerprint, int[]> basinLabels, double seconds) {
        int bestRun = 0;
        for (int i = 1; i < runs.size(); i++) {
            if (runs.get(i).inertia() < runs.get(bestRun).inertia()) {
                bestRun = i;
            }
        }
        List<Basin> basins = basins(config, runs, runs.get(bestRun), dims, basinLabels);
        Map<PartitionFingerprint, Integer> numbers = new HashMap<>();
        basins.forEach(b -> numbers.put(b.fingerprint(), b.number()));
        double best = runs.get(bestRun).inertia();
        double[] bestCenters = runs.get(bestRun).centers();

        List<RunFigures> figures = new ArrayList<>(runs.size());
        for (RunRecord run : runs) {
            figures.add(new RunFigures(numbers.get(run.fingerprint()), gapPercent(run.inertia(), best),
                    CentroidIndex.between(run.centers(), bestCenters, dims),
                    truth == null ? -1 : CentroidIndex.between(run.centers(), truth, dims)));
        }
        List<InitSummary> summaries = new ArrayList<>();
        int perInit = config.seeds().length;
        for (int i = 0; i < config.contenders().size(); i++) {
            summaries.add(summarize(config, runs.subList(i * perInit, (i + 1) * perInit),
                    figures.subList(i * perInit, (i + 1) * perInit), truth != null));
        }
        List<int[]> canonical = new ArrayList<>();
        if (basinLabels != null) {
            for (Basin basin : basins) {
                canonical.add(canonicalLabels(basinLabels.get(basin.fingerprint()), config.engine().k()));
            }
        }
        return new SweepResult(config, dims, List.copyOf(runs), List.copyOf(figures), basins, List.copyOf(summaries),
                bestRun, truth != null, hasLabels, seconds, List.copyOf(canonical));
    }

    /** Labels renamed in order of first appearance, so equal partitions give equal arrays. */
    static int[] canonicalLabels(int[] labels, int k) {
        int[] rename = new int[k];
        Arrays.fill(rename, -1);
        int next = 0;
        int[] canonical = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (rename[labels[i]] < 0) {
                rename[labels[i]] = next++;
            }
            canonical[i] = rename[labels[i]];
        }
        return canonical;
    }

    static double gapPercent(double inertia, double best) {
        return best == 0 ? (inertia == 0 ? 0 : Double.POSITIVE_INFINITY) : (inertia - best) / best * 100;
    }

    private static List<Basin> basins(SweepConfig config, List<RunRecord> runs, RunRecord bestRun, int dims,
                                      Map<PartitionFingerprint, int[]> basinLabels) {
        Map<PartitionFingerprint, List<RunRecord>> groups = new LinkedHashMap<>();
        for (RunRecord run : runs) {
            groups.computeIfAbsent(run.fingerprint(), f -> new ArrayList<>()).add(run);
        }
        record Group(PartitionFingerprint fingerprint, List<RunRecord> runs, RunRecord lowest) {
        }
        List<Group> ordered = new ArrayList<>();
        groups.forEach((fingerprint, members) -> ordered.add(new Group(fingerprint, members,
                members.stream().min(Comparator.comparingDouble(RunRecord::inertia)).orElseThrow())));
        ordered.sort(Comparator.comparingDouble((Group g) -> g.lowest().inertia())
                .thenComparing(g -> !g.fingerprint().equals(bestRun.fingerprint()))
                .thenComparing(Group::fingerprint));
        double best = bestRun.inertia();
        int[] bestLabels = basinLabels == null ? null : basinLabels.get(bestRun.fingerprint());
        List<Basin> basins = new ArrayList<>();
        for (Group group : ordered) {
            Map<String, Integer> runsByInit = new LinkedHashMap<>();
            Map<String, Long> example = new LinkedHashMap<>();
            for (String row : config.rowNames()) {
                runsByInit.put(row, 0);
            }
            for (RunRecord run : group.runs()) {
                runsByInit.merge(run.init(), 1, Integer::sum);
                example.putIfAbsent(run.init(), run.seed());
            }
            double ari = bestLabels == null ? Double.NaN
                    : PartitionMetrics.adjustedRandIndex(basinLabels.get(group.fingerprint()), bestLabels);
            basins.add(new Basin(basins.size() + 1, group.fingerprint(), group.lowest().inertia(),
                    gapPercent(group.lowest().inertia(), best),
                    CentroidIndex.between(group.lowest().centers(), bestRun.centers(), dims), group.runs().size(),
                    (double) group.runs().size() / runs.size(), runsByInit, example, group.lowest().centers(), ari));
        }
        return List.copyOf(basins);
    }

    private static InitSummary summarize(SweepConfig config, List<RunRecord> runs, List<RunFigures> figures,
                                         boolean hasTruth) {
        int n = runs.size();
        double[] inertias = runs.stream().mapToDouble(RunRecord::inertia).toArray();
        double[] initial = runs.stream().mapToDouble(RunRecord::initialInertia).toArray();
        double[] sorted = inertias.clone();
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        int reachedBest = (int) figures.stream().filter(f -> f.basin() == 1).count();
        int basins = (int) runs.stream().map(RunRecord::fingerprint).distinct().count();
        Map<StopReason, Integer> stops = new EnumMap<>(StopReason.class);
        for (StopReason reason : StopReason.values()) {
            stops.put(reason, 0);
        }
        runs.forEach(r -> stops.merge(r.stopReason(), 1, Integer::sum));
        double truthRate = hasTruth ? figures.stream().filter(f -> f.ciToTruth() == 0).count() / (double) n : Double.NaN;
        double ari = runs.stream().mapToDouble(RunRecord::ariToLabels).average().orElse(Double.NaN);
        double rightStructure = figures.stream().filter(f -> f.ciToBest() == 0).count() / (double) n;
        return new InitSummary(runs.getFirst().init(), n, sorted[0], median, sorted[n - 1], (double) reachedBest / n,
                rightStructure, basins, runs.stream().mapToInt(RunRecord::iterations).average().orElse(0),
                runs.stream().mapToInt(RunRecord::iterations).max().orElse(0), stops,
                Correlation.spearman(initial, inertias),
                runs.stream().mapToLong(RunRecord::distanceComputations).average().orElse(0),
                runs.stream().mapToDouble(RunRecord::seconds).average().orElse(0), truthRate, ari,
                RestartCurve.of(inertias, reachedBest, config.maxRestarts()));
    }
}
