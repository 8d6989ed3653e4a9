package dev.basin.analysis;

import dev.basin.data.Dataset;
import dev.basin.random.Seeds;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The mean silhouette coefficient of a partition (Rousseeuw 1987), as scikit-learn's
 * {@code silhouette_score} computes it, with Euclidean distances in the units clustered and rows
 * unweighted.
 *
 * <p>For row i in cluster A: a(i) is its mean distance to the other rows of A, b(i) the least, over the
 * other clusters B, of its mean distance to the rows of B, and s(i) = (b − a) / max(a, b); s(i) = 0 when A
 * has no other row. The score is the mean of s(i) over the rows, from −1 to 1; higher means rows sit
 * well inside their own cluster and far from the next.
 *
 * <p>The cost is quadratic in the rows, so for large data the score is computed on a random sample of rows,
 * as {@code silhouette_score(X, labels, sample_size=m, random_state=...)} does: the partition's labels of
 * the sampled rows, and distances among them only. An instance holds the sample and its pairwise distances
 * (m(m − 1)/2 numbers, computed once), so scoring many partitions of the same data costs O(m²) each.
 */
public final class Silhouette {
    private final int[] rows;
    private final double[] distances;
    private final int sourceRows;

    private Silhouette(int[] rows, double[] distances, int sourceRows) {
        this.rows = rows;
        this.distances = distances;
        this.sourceRows = sourceRows;
    }

    /**
     * Prepares scoring on every row when there are at most {@code sampleSize}, else on {@code sampleSize}
     * rows drawn without replacement (a partial Fisher–Yates shuffle with a generator from {@code sampleSeed}).
     *
     * @param data       the rows, in the units clustered
     * @param sampleSize rows scored at most, at least 2
     * @param sampleSeed seed of the sample
     * @return the prepared scorer
     */
    public static Silhouette prepare(Dataset data, int sampleSize, long sampleSeed) {
        if (sampleSize < 2) {
            throw new IllegalArgumentException("sample size must be at least 2, got " + sampleSize);
        }
        int n = data.rows();
        int[] chosen;
        if (n <= sampleSize) {
            chosen = new int[n];
            for (int i = 0; i < n; i++) {
                chosen[i] = i;
            }
        } else {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            RandomGenerator random = Seeds.generator(sampleSeed);
            for (int i = 0; i < sampleSize; i++) {
                int j = i + random.nextInt(n - i);
                int swap = all[i];
                all[i] = all[j];
                all[j] = swap;
            }
            chosen = Arrays.copyOf(all, sampleSize);
            Arrays.sort(chosen); // row order, so the sample reads naturally; the score does not depend on it
        }
        return new Silhouette(chosen, pairwise(data, chosen), n);
    }

    /** Upper triangle, row by row: the distance of (i, j), i &lt; j, is at {@link #index}. */
    private static double[] pairwise(Dataset data, int[] chosen) {
        int m = chosen.length;
        int d = data.dims();
        double[] values = data.values();
        double[] out = new double[(int) ((long) m * (m - 1) / 2)];
        int at = 0;
        for (int i = 0; i < m; i++) {
            int a = chosen[i] * d;
            for (int j = i + 1; j < m; j++) {
                int b = chosen[j] * d;
                double sum = 0;
                for (int f = 0; f < d; f++) {
                    double diff = values[a + f] - values[b + f];
                    sum += diff * diff;
                }
                out[at++] = Math.sqrt(sum);
            }
        }
        return out;
    }

    /**
     * Rows scored.
     *
     * @return the sample size (all rows when there were few enough)
     */
    public int sampleSize() {
        return rows.length;
    }

    /**
     * Whether every row is scored (the score is exact, not estimated from a sample).
     *
     * @return true when the sample is the whole data
     */
    public boolean exact() {
        return rows.length == sourceRows;
    }

    /**
     * The rows scored, in increasing order.
     *
     * @return row indices into the data
     */
    public int[] rows() {
        return rows.clone();
    }

    /**
     * The mean silhouette of a partition of the data.
     *
     * @param labels a cluster 0..k−1 for every row of the data (not only the sampled ones)
     * @param k      clusters
     * @return the mean silhouette over the scored rows; NaN when they fall in fewer than 2 clusters (where
     *         the silhouette is undefined and scikit-learn raises an error)
     */
    public double score(int[] labels, int k) {
        int m = rows.length;
        int[] sampleLabels = new int[m];
        int[] sizes = new int[k];
        for (int i = 0; i < m; i++) {
            sampleLabels[i] = labels[rows[i]];
            sizes[sampleLabels[i]]++;
        }
        int present = 0;
        for (int size : sizes) {
            present += size > 0 ? 1 : 0;
        }
        if (present < 2) {
            return Double.NaN;
        }
        // sums[i * k + c]: total distance from sampled row i to the sampled rows of cluster c
        double[] sums = new double[m * k];
        int at = 0;
        for (int i = 0; i < m; i++) {
            int li = sampleLabels[i];
            for (int j = i + 1; j < m; j++) {
                double dist = distances[at++];
                sums[i * k + sampleLabels[j]] += dist;
                sums[j * k + li] += dist;
            }
        }
        double total = 0;
        for (int i = 0; i < m; i++) {
            int own = sampleLabels[i];
            if (sizes[own] < 2) {
                continue; // s(i) = 0
            }
            double a = sums[i * k + own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, sums[i * k + c] / sizes[c]);
                }
            }
            double max = Math.max(a, b);
            total += max == 0 ? 0 : (b - a) / max;
        }
        return total / m;
    }
}
