package dev.basin.analysis;

import dev.basin.InvalidInputException;
import dev.basin.kmeans.KMeansConfig;

import java.util.Arrays;
import java.util.Objects;

/**
 * What an elbow study runs: one single-start K-means run per (k, seed), with the engine's settings and
 * initializer, every run exactly {@code basin fit -k K --random-state <seed> --n-init 1}.
 *
 * @param engine           engine settings and initializer; its k, n_init and random state are not used
 * @param ks               the k values, increasing, each at least 1
 * @param seeds            run seeds, distinct, the same for every k
 * @param silhouetteSample rows the silhouette is computed on at most (all rows when there are fewer)
 * @param sampleSeed       seed of the silhouette's sample of rows
 * @param rule             how each curve's elbow is located
 */
public record ElbowConfig(KMeansConfig engine, int[] ks, long[] seeds, int silhouetteSample, long sampleSeed,
                          ElbowRule rule) {
    /** Default rows for the silhouette: its cost grows with their square (2,000 rows: 2 million distances). */
    public static final int DEFAULT_SILHOUETTE_SAMPLE = 2000;
    /** Largest silhouette sample: its pairwise distances must fit in memory (5,000 rows: 100 MB). */
    public static final int MAX_SILHOUETTE_SAMPLE = 5000;

    /** Checks the values and keeps copies of the arrays. */
    public ElbowConfig {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(rule, "rule");
        ks = ks.clone();
        seeds = seeds.clone();
        if (ks.length == 0) {
            throw new InvalidInputException("the k range is empty; give it as A..B, e.g. 2..12");
        }
        for (int i = 0; i < ks.length; i++) {
            if (ks[i] < 1 || (i > 0 && ks[i] <= ks[i - 1])) {
                throw new InvalidInputException("k values must be at least 1 and increasing, got " + Arrays.toString(ks));
            }
        }
        if (seeds.length == 0) {
            throw new InvalidInputException("an elbow study needs at least one seed");
        }
        if (Arrays.stream(seeds).distinct().count() != seeds.length) {
            throw new InvalidInputException("the seeds name a seed twice; name each seed once");
        }
        if (silhouetteSample < 2 || silhouetteSample > MAX_SILHOUETTE_SAMPLE) {
            throw new InvalidInputException("--silhouette-sample must be from 2 to " + MAX_SILHOUETTE_SAMPLE
                    + " rows (its pairwise distances are kept in memory), got " + silhouetteSample);
        }
        rule.check(ks);
    }

    @Override
    public int[] ks() {
        return ks.clone();
    }

    @Override
    public long[] seeds() {
        return seeds.clone();
    }

    /**
     * Reads a k range: {@code A..B} (every k from A to B) or a comma-separated list {@code 2,4,8}.
     *
     * @param text what the user wrote
     * @param option the option's name, for the error message
     * @return the k values, increasing
     * @throws InvalidInputException when the text is neither form or a k is below 1
     */
    public static int[] parseKRange(String text, String option) {
        String t = text.strip();
        try {
            int[] ks;
            if (t.contains("..")) {
                String[] ends = t.split("\\.\\.", -1);
                if (ends.length != 2) {
                    throw new NumberFormatException();
                }
                int from = Integer.parseInt(ends[0].strip());
                int to = Integer.parseInt(ends[1].strip());
                if (from > to) {
                    throw new InvalidInputException(option + " " + t + " runs backwards; give the smaller k first, e.g. 2..12");
                }
                ks = new int[to - from + 1];
                for (int i = 0; i < ks.length; i++) {
                    ks[i] = from + i;
                }
            } else {
                ks = Arrays.stream(t.split(",", -1)).mapToInt(s -> Integer.parseInt(s.strip())).sorted().distinct().toArray();
            }
            if (ks[0] < 1) {
                throw new InvalidInputException(option + " " + t + " includes k = " + ks[0] + "; k must be at least 1");
            }
            return ks;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(option + " must be a range A..B (e.g. 2..12) or a list of k (e.g. 2,4,8), got '" + text + "'");
        }
    }
}
