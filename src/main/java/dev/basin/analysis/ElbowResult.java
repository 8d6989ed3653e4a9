package dev.basin.analysis;

import dev.basin.kmeans.StopReason;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an elbow study found: every run, the spread of inertia and silhouette across seeds at each k, and
 * where each seed's curve bends.
 *
 * @param config      what ran
 * @param runs        every run, by k then seed (in the order of the configuration)
 * @param byK         one summary per k, in increasing k
 * @param bySeed      one line per seed: where its curve bends, and its k of highest silhouette
 * @param medianElbow the elbow of the median inertia curve (null when it has none)
 * @param bestElbow   the elbow of the lowest inertia per k, the curve n_init = all seeds would draw (null when none)
 * @param silhouetteRows  rows the silhouette was computed on
 * @param rows        rows in the data
 * @param seconds     wall time of the study
 */
public record ElbowResult(ElbowConfig config, List<Run> runs, List<AtK> byK, List<SeedElbow> bySeed,
                          Integer medianElbow, Integer bestElbow, int silhouetteRows, int rows, double seconds) {

    /**
     * One run.
     *
     * @param k          clusters
     * @param seed       run seed
     * @param inertia    final inertia
     * @param iterations iterations run
     * @param stopReason what stopped it
     * @param silhouette mean silhouette of its partition (on the sample; NaN when undefined, e.g. k = 1)
     * @param ari        adjusted Rand index of its partition against the data's reference labels (NaN without labels)
     */
    public record Run(int k, long seed, double inertia, int iterations, StopReason stopReason, double silhouette,
                      double ari) {
    }

    /**
     * The spread across seeds at one k.
     *
     * @param k                 clusters
     * @param inertiaMin        lowest inertia over the seeds
     * @param inertiaMedian     median inertia
     * @param inertiaMax        highest inertia
     * @param silhouetteMin     lowest mean silhouette
     * @param silhouetteMedian  median mean silhouette
     * @param silhouetteMax     highest mean silhouette
     * @param silhouetteOfBest  mean silhouette of the run with the lowest inertia (the first such seed)
     * @param elbowVotes        seeds whose curve bends at this k
     * @param silhouetteVotes   seeds whose highest silhouette is at this k
     * @param ariMedian         median adjusted Rand index against the reference labels (NaN without labels)
     * @param ariOfBest         adjusted Rand index of the run with the lowest inertia (NaN without labels)
     */
    public record AtK(int k, double inertiaMin, double inertiaMedian, double inertiaMax, double silhouetteMin,
                      double silhouetteMedian, double silhouetteMax, double silhouetteOfBest, int elbowVotes,
                      int silhouetteVotes, double ariMedian, double ariOfBest) {
    }

    /**
     * One seed's curve.
     *
     * @param seed           the seed
     * @param elbow          k at the elbow of its inertia curve, or null when it has none
     * @param bestSilhouette k of its highest silhouette, or null when undefined everywhere
     */
    public record SeedElbow(long seed, Integer elbow, Integer bestSilhouette) {
    }

    /**
     * The runs at one k, in seed order.
     *
     * @param k clusters
     * @return its runs
     */
    public List<Run> runsAt(int k) {
        return runs.stream().filter(r -> r.k() == k).toList();
    }

    /**
     * How many seeds' curves bend at each k, only the k where some do, in increasing k.
     *
     * @return k → number of seeds
     */
    public Map<Integer, Integer> elbowVotes() {
        Map<Integer, Integer> votes = new LinkedHashMap<>();
        byK.stream().filter(a -> a.elbowVotes() > 0).forEach(a -> votes.put(a.k(), a.elbowVotes()));
        return votes;
    }

    /**
     * Seeds whose curve has no elbow by the rule.
     *
     * @return their number
     */
    public int seedsWithoutElbow() {
        return (int) bySeed.stream().filter(s -> s.elbow() == null).count();
    }

    /**
     * Whether the runs were compared with reference labels (the data had a label column).
     *
     * @return true when every run has an adjusted Rand index
     */
    public boolean hasLabels() {
        return !runs.isEmpty() && !Double.isNaN(runs.getFirst().ari());
    }

    /**
     * The k values studied.
     *
     * @return k, increasing
     */
    public int[] ks() {
        return byK.stream().mapToInt(AtK::k).toArray();
    }

    @Override
    public String toString() {
        return "ElbowResult[k=" + Arrays.toString(ks()) + ", seeds=" + bySeed.size() + "]";
    }
}
