package dev.basin.kmeans.init;

import dev.basin.data.Dataset;
import dev.basin.kmeans.Reference;
import dev.basin.kmeans.kernel.SquaredDistance;

import java.util.Arrays;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * {@code k-means||} (scalable k-means++, Bahmani et al. 2012), the initializer of Spark ML's {@code KMeans}:
 * where k-means++ makes k passes over the data choosing one center each, k-means|| makes a few passes
 * ({@code rounds}) choosing many candidates each, then reduces the candidates to k centers on one machine.
 *
 * <ol>
 *   <li>The first candidate is a row drawn by weight; φ is the weighted sum of squared distances of the rows
 *       to their nearest candidate.</li>
 *   <li>Each round keeps every row independently with probability min(1, ℓ × weight × squared distance / φ),
 *       ℓ = {@code oversampling} × k, and adds the kept rows to the candidates. Rounds continue past
 *       {@code rounds} only while there are fewer than k candidates.</li>
 *   <li>Each candidate is weighted by the total weight of the rows nearest to it; the weighted candidates are
 *       clustered into k centers by k-means++ (one trial per step) and at most 30 Lloyd iterations, as Spark
 *       does. The centers are means of candidates, not necessarily rows (should two means coincide, the
 *       k-means++ picks are kept instead, so the k centers are always distinct).</li>
 * </ol>
 *
 * <p>Spark's defaults are 2 rounds and ℓ = 2k. A row at distance 0 from a candidate of an earlier round is
 * never kept, and a row equal to one kept in the same round is skipped, so the candidates are distinct points;
 * rows of weight 0 are never candidates.
 *
 * @param rounds       sampling rounds, at least 1 (Spark's {@code initSteps}; default 2)
 * @param oversampling ℓ / k, the expected candidates per round relative to k, above 0 (default 2)
 */
public record KMeansParallel(int rounds, double oversampling) implements Initializer {
    /** Spark's {@code initSteps}. */
    public static final int DEFAULT_ROUNDS = 2;
    /** Spark's oversampling: ℓ = 2k. */
    public static final double DEFAULT_OVERSAMPLING = 2.0;
    /** Lloyd iterations on the weighted candidates at most (Spark's LocalKMeans). */
    static final int CANDIDATE_ITERATIONS = 30;

    /**
     * Checks the parameters.
     *
     * @param rounds       sampling rounds, at least 1
     * @param oversampling ℓ / k, finite and above 0
     * @throws dev.basin.InvalidInputException if a parameter is out of range
     */
    public KMeansParallel {
        if (rounds < 1) {
            throw new dev.basin.InvalidInputException("k-means|| needs at least 1 round, got " + rounds);
        }
        if (!(oversampling > 0) || Double.isInfinite(oversampling)) {
            throw new dev.basin.InvalidInputException("k-means|| oversampling must be above 0, got " + oversampling);
        }
    }

    /**
     * Spark ML's settings: 2 rounds, ℓ = 2k.
     *
     * @return k-means|| as Spark runs it
     */
    public static KMeansParallel sparkDefaults() {
        return new KMeansParallel(DEFAULT_ROUNDS, DEFAULT_OVERSAMPLING);
    }

    @Override
    public String name() {
        return "k-means||";
    }

    @Override
    public Optional<Reference> reference() {
        return Optional.of(new Reference("B. Bahmani, B. Moseley, A. Vattani, R. Kumar and S. Vassilvitskii", 2012,
                "Scalable k-means++", "Proceedings of the VLDB Endowment 5(7), 622-633"));
    }

    @Override
    public int autoRestarts() {
        return 1;
    }

    @Override
    public InitialCenters choose(Dataset data, int k, RandomGenerator random) {
        int rows = data.rows();
        int dims = data.dims();
        double[] x = data.values();
        double perRound = oversampling * k;
        long distances = 0;

        int[] candidates = new int[Math.max(16, 4 * k + 1)];
        int count = 0;
        candidates[count++] = new RowSampler(data).draw(random);
        double[] closest = new double[rows];
        for (int i = 0; i < rows; i++) {
            closest[i] = SquaredDistance.between(x, i * dims, x, candidates[0] * dims, dims);
        }
        distances += rows;

        for (int round = 0; round < rounds || count < k; round++) {
            double phi = 0;
            for (int i = 0; i < rows; i++) {
                phi += data.weight(i) * closest[i];
            }
            if (!(phi > 0)) {
                break; // every row is a candidate already
            }
            int from = count;
            for (int i = 0; i < rows; i++) {
                double p = perRound * data.weight(i) * closest[i] / phi;
                if (random.nextDouble() < p && !repeats(x, i, candidates, from, count, dims)) {
                    if (count == candidates.length) {
                        candidates = Arrays.copyOf(candidates, 2 * count);
                    }
                    candidates[count++] = i;
                }
            }
            for (int c = from; c < count; c++) {
                int offset = candidates[c] * dims;
                for (int i = 0; i < rows; i++) {
                    closest[i] = Math.min(closest[i], SquaredDistance.between(x, i * dims, x, offset, dims));
                }
                distances += rows;
            }
        }
        if (count < k) {
            throw new IllegalStateException("k-means|| found " + count + " distinct rows for k = " + k
                    + "; the data check should have caught this");
        }

        double[] points = new double[count * dims];
        for (int c = 0; c < count; c++) {
            System.arraycopy(x, candidates[c] * dims, points, c * dims, dims);
        }
        double[] weights = new double[count];
        for (int i = 0; i < rows; i++) {
            weights[nearest(x, i * dims, points, count, dims)] += data.weight(i);
        }
        distances += (long) rows * count;
        Reduced reduced = reduce(points, weights, count, dims, k, random);
        return new InitialCenters(reduced.centers(), distances + reduced.distances());
    }

    private record Reduced(double[] centers, long distances) {
    }

    /** k-means++ on the weighted candidates, then Lloyd iterations on them until no candidate moves. */
    private static Reduced reduce(double[] points, double[] weights, int count, int dims, int k,
                                  RandomGenerator random) {
        long distances = 0;
        double[] centers = new double[k * dims];
        double[] closest = new double[count];
        double[] cumulative = new double[count];
        int first = Cumulative.firstAbove(runningSum(weights, cumulative), random.nextDouble() * cumulative[count - 1]);
        System.arraycopy(points, first * dims, centers, 0, dims);
        for (int c = 0; c < count; c++) {
            closest[c] = SquaredDistance.between(points, c * dims, centers, 0, dims);
        }
        distances += count;
        for (int chosen = 1; chosen < k; chosen++) {
            double running = 0;
            for (int c = 0; c < count; c++) {
                running += weights[c] * closest[c];
                cumulative[c] = running;
            }
            int next = Cumulative.firstAbove(cumulative, random.nextDouble() * running);
            System.arraycopy(points, next * dims, centers, chosen * dims, dims);
            for (int c = 0; c < count; c++) {
                closest[c] = Math.min(closest[c], SquaredDistance.between(points, c * dims, centers, chosen * dims, dims));
            }
            distances += count;
        }

        double[] seeded = centers.clone();
        int[] assignment = new int[count];
        Arrays.fill(assignment, -1);
        for (int iteration = 0; iteration < CANDIDATE_ITERATIONS; iteration++) {
            boolean changed = false;
            for (int c = 0; c < count; c++) {
                int nearest = nearest(points, c * dims, centers, k, dims);
                if (nearest != assignment[c]) {
                    assignment[c] = nearest;
                    changed = true;
                }
            }
            distances += (long) count * k;
            if (!changed) {
                break;
            }
            double[] sums = new double[k * dims];
            double[] totals = new double[k];
            for (int c = 0; c < count; c++) {
                int center = assignment[c];
                totals[center] += weights[c];
                for (int j = 0; j < dims; j++) {
                    sums[center * dims + j] += weights[c] * points[c * dims + j];
                }
            }
            for (int center = 0; center < k; center++) {
                if (totals[center] > 0) { // an empty group keeps its center, as in Spark
                    for (int j = 0; j < dims; j++) {
                        centers[center * dims + j] = sums[center * dims + j] / totals[center];
                    }
                }
            }
        }
        // Means of disjoint groups of distinct points coincide only in symmetric corner cases; the k-means++
        // picks are distinct rows, so they stand in then and the run still starts from k distinct centers.
        return new Reduced(allDistinct(centers, k, dims) ? centers : seeded, distances);
    }

    private static boolean allDistinct(double[] centers, int k, int dims) {
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                if (Arrays.equals(centers, a * dims, (a + 1) * dims, centers, b * dims, (b + 1) * dims)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether row {@code row} has the values of a candidate kept earlier in this round (duplicates in the data). */
    private static boolean repeats(double[] x, int row, int[] candidates, int from, int to, int dims) {
        for (int c = from; c < to; c++) {
            if (SquaredDistance.between(x, row * dims, x, candidates[c] * dims, dims) == 0) {
                return true;
            }
        }
        return false;
    }

    private static double[] runningSum(double[] weights, double[] cumulative) {
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i];
            cumulative[i] = running;
        }
        return cumulative;
    }

    /** The nearest of {@code count} points (ties to the lower index). */
    private static int nearest(double[] values, int offset, double[] points, int count, int dims) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < count; c++) {
            double d = SquaredDistance.between(values, offset, points, c * dims, dims);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }
}
