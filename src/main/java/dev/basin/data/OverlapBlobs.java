package dev.basin.data;

import dev.basin.InvalidInputException;
import dev.basin.random.Seeds;

import java.util.Arrays;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Gaussian blobs whose difficulty is set by their <em>overlap</em>, with sizes that may be unequal: the
 * generator behind {@code basin generate blobs}. It sits beside {@link Generators#blobs}, which sets the
 * noise directly and stays as it is.
 *
 * <h2>What overlap means</h2>
 * The overlap is the expected share of all rows that lie closer to another cluster's true center than to
 * their own: the share that even a clustering which knew the true centers would put in the wrong cluster.
 * 0 means well separated (every row nearest its own center); 0.05 means one row in twenty sits on another
 * cluster's side; as it grows the blobs merge. It is an average over rows, so with unequal sizes the large
 * clusters weigh more; each blob's own share depends on how crowded its neighbourhood is and is reported
 * in {@link Result#blobOverlap()}.
 *
 * <h2>How the data is drawn</h2>
 * <ol>
 *   <li>Centers: as {@link Generators#blobs}, uniformly in {@code [0, 100]^dims}, at least
 *       {@link Generators#minSeparation} apart.</li>
 *   <li>Noise: one standard deviation σ for every blob and coordinate (isotropic Gaussians). A row of blob c
 *       at c + σz leaves c's Voronoi cell exactly when σ exceeds t(z) = min over the other centers c' with
 *       z·(c' − c) &gt; 0 of |c' − c|² / (2 z·(c' − c)). So the expected overlap is the share of t(z) below σ,
 *       z standard normal, weighted by blob size; it grows with σ. Basin draws
 *       {@link #directionsPerBlob(int) many} z per blob (from a generator of its own, derived from the seed,
 *       so the noise of the rows is independent of it), computes every t(z) exactly, and takes σ as the
 *       size-weighted quantile of the t's at the requested overlap (linearly interpolated). The overlap of the
 *       result is thus exact up to the Monte Carlo error of at least 200,000 directions in all, about 0.001 at
 *       overlap 0.05; the rows drawn then show it up to their own sampling error.</li>
 *   <li>Sizes: {@link BlobSizes#counts} rows per blob, labels shuffled (Fisher–Yates).</li>
 *   <li>Rows: center plus σ × independent standard normal noise per coordinate, not clipped.</li>
 * </ol>
 * An overlap that no σ reaches is an error that says the largest reachable one: as σ grows without bound a
 * row still stays nearest its own center in the directions z that point away from every other center, so the
 * overlap levels off below 1. Instead of the
 * overlap, σ may be given ({@link #withSpread}); the overlap is then computed the same way and reported.
 */
public final class OverlapBlobs {
    /** Total directions drawn to estimate the overlap, spread evenly over the blobs. */
    static final int DIRECTIONS = 200_000;
    /** At least this many directions per blob, so each blob's own overlap is estimated well too. */
    static final int MIN_DIRECTIONS_PER_BLOB = 2_000;

    /**
     * A generated data set with the figures that describe its difficulty.
     *
     * @param generated     the rows, the true centers and labels
     * @param spread        σ, the standard deviation of the noise per coordinate
     * @param overlap       the expected share of rows closer to another true center than to their own
     * @param blobOverlap   per blob, the expected share of its rows closer to another true center
     * @param sizes         rows per blob
     */
    public record Result(Generated generated, double spread, double overlap, double[] blobOverlap, int[] sizes) {
        /**
         * The share of the generated rows that lie closer to another true center than to their own: the
         * overlap as measured in this sample (it differs from {@link #overlap} by sampling error only).
         *
         * @return a share between 0 and 1
         */
        public double measuredOverlap() {
            Dataset data = generated.data();
            int d = data.dims();
            double[] centers = generated.trueCenters();
            int[] labels = generated.trueLabels();
            int k = generated.k();
            int misplaced = 0;
            for (int i = 0; i < data.rows(); i++) {
                double own = squaredDistance(data.values(), i * d, centers, labels[i] * d, d);
                for (int c = 0; c < k; c++) {
                    if (c != labels[i] && squaredDistance(data.values(), i * d, centers, c * d, d) < own) {
                        misplaced++;
                        break;
                    }
                }
            }
            return misplaced / (double) data.rows();
        }
    }

    private final int n;
    private final int k;
    private final int dims;
    private final BlobSizes sizes;
    private final double overlap;
    private final double spread;

    private OverlapBlobs(int n, int k, int dims, BlobSizes sizes, double overlap, double spread) {
        this.n = n;
        this.k = k;
        this.dims = dims;
        this.sizes = sizes;
        this.overlap = overlap;
        this.spread = spread;
    }

    /**
     * Blobs with the given overlap.
     *
     * @param n       rows, at least k
     * @param k       clusters, at least 1
     * @param dims    features, at least 1
     * @param sizes   relative cluster sizes
     * @param overlap expected share of rows closer to another true center than to their own, in [0, 1)
     * @return the recipe; {@link #generate} draws it
     */
    public static OverlapBlobs withOverlap(int n, int k, int dims, BlobSizes sizes, double overlap) {
        if (!(overlap >= 0 && overlap < 1)) {
            throw new InvalidInputException("--overlap must be at least 0 and less than 1 (a share of rows), got " + overlap);
        }
        if (k == 1 && overlap > 0) {
            throw new InvalidInputException("with k = 1 there is no other cluster to overlap; give --overlap 0 or set the noise with --spread");
        }
        return new OverlapBlobs(n, k, dims, sizes, overlap, Double.NaN);
    }

    /**
     * Blobs with the given noise; their overlap is computed and reported.
     *
     * @param n      rows, at least k
     * @param k      clusters, at least 1
     * @param dims   features, at least 1
     * @param sizes  relative cluster sizes
     * @param spread σ, finite and not negative, in the units of the box {@code [0, 100]^dims}
     * @return the recipe; {@link #generate} draws it
     */
    public static OverlapBlobs withSpread(int n, int k, int dims, BlobSizes sizes, double spread) {
        if (!(spread >= 0) || Double.isInfinite(spread)) {
            throw new InvalidInputException("--spread must be finite and at least 0, got " + spread);
        }
        return new OverlapBlobs(n, k, dims, sizes, Double.NaN, spread);
    }

    /**
     * Directions drawn per blob to estimate the overlap.
     *
     * @param k clusters
     * @return {@value #DIRECTIONS} / k, at least {@value #MIN_DIRECTIONS_PER_BLOB}
     */
    static int directionsPerBlob(int k) {
        return Math.max(MIN_DIRECTIONS_PER_BLOB, (DIRECTIONS + k - 1) / k);
    }

    /**
     * Draws the data; a pure function of the recipe and the seed.
     *
     * @param seed the seed of everything drawn
     * @return the data, its truth and its difficulty
     * @throws InvalidInputException when an argument is out of range or the overlap cannot be reached
     */
    public Result generate(long seed) {
        check();
        int[] counts = sizes.counts(n, k);
        RandomGenerator random = Seeds.generator(seed);
        double[] centers = Generators.placeCenters(k, dims, Generators.minSeparation(k, dims), random);
        double[][] thresholds = thresholds(centers, Seeds.generator(Seeds.derive(seed, 1)));
        double[] weights = new double[k];
        for (int c = 0; c < k; c++) {
            weights[c] = counts[c] / (double) n;
        }
        double sigma = Double.isNaN(spread) ? sigmaFor(overlap, thresholds, weights) : spread;
        double[] blobOverlap = new double[k];
        double total = 0;
        for (int c = 0; c < k; c++) {
            blobOverlap[c] = shareBelow(thresholds[c], sigma);
            total += weights[c] * blobOverlap[c];
        }
        int[] labels = shuffled(counts, random);
        double[] values = new double[n * dims];
        String[] labelText = new String[n];
        for (int i = 0; i < n; i++) {
            int c = labels[i];
            for (int j = 0; j < dims; j++) {
                values[i * dims + j] = centers[c * dims + j] + sigma * random.nextGaussian();
            }
            labelText[i] = Integer.toString(c);
        }
        Dataset data = Dataset.builder(values, Generators.featureNames(dims))
                .labels(Generators.LABEL_COLUMN, labelText).build();
        return new Result(new Generated(data, centers, labels), sigma, total, blobOverlap, counts);
    }

    private void check() {
        if (k < 1) {
            throw new InvalidInputException("--k must be at least 1, got " + k);
        }
        if (dims < 1) {
            throw new InvalidInputException("--dim must be at least 1, got " + dims);
        }
        if (n < k) {
            throw new InvalidInputException("--n must be at least k (" + k + ") so every cluster has a row, got " + n);
        }
        if ((long) n * dims > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException(n + " rows × " + dims + " dimensions do not fit in one array; use fewer");
        }
    }

    /**
     * For each blob, sorted: the σ beyond which a row in direction z leaves its cell, for each drawn z
     * (infinite when z points where no other center lies).
     */
    private double[][] thresholds(double[] centers, RandomGenerator random) {
        int m = directionsPerBlob(k);
        double[][] t = new double[k][m];
        double[] z = new double[dims];
        for (int c = 0; c < k; c++) {
            for (int s = 0; s < m; s++) {
                for (int j = 0; j < dims; j++) {
                    z[j] = random.nextGaussian();
                }
                double least = Double.POSITIVE_INFINITY;
                for (int other = 0; other < k; other++) {
                    if (other == c) {
                        continue;
                    }
                    double dot = 0;
                    double gap = 0;
                    for (int j = 0; j < dims; j++) {
                        double diff = centers[other * dims + j] - centers[c * dims + j];
                        dot += z[j] * diff;
                        gap += diff * diff;
                    }
                    if (dot > 0) {
                        least = Math.min(least, gap / (2 * dot));
                    }
                }
                t[c][s] = least;
            }
            Arrays.sort(t[c]);
        }
        return t;
    }

    /** The share of sorted thresholds strictly below sigma. */
    private static double shareBelow(double[] sorted, double sigma) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < sigma) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low / (double) sorted.length;
    }

    /** σ at which the size-weighted share of thresholds below it reaches the overlap, interpolated linearly. */
    private double sigmaFor(double target, double[][] thresholds, double[] weights) {
        if (target == 0) {
            return 0;
        }
        int m = thresholds[0].length;
        int total = k * m;
        double[] t = new double[total];
        double[] w = new double[total];
        Integer[] order = new Integer[total];
        for (int c = 0; c < k; c++) {
            for (int s = 0; s < m; s++) {
                t[c * m + s] = thresholds[c][s];
                w[c * m + s] = weights[c] / m;
                order[c * m + s] = c * m + s;
            }
        }
        Arrays.sort(order, (a, b) -> Double.compare(t[a], t[b]));
        double cumulative = 0;
        double previous = 0;
        for (Integer i : order) {
            if (Double.isInfinite(t[i])) {
                break;
            }
            double next = cumulative + w[i];
            if (next >= target) {
                return previous + (t[i] - previous) * (target - cumulative) / w[i];
            }
            cumulative = next;
            previous = t[i];
        }
        throw new InvalidInputException(String.format(Locale.US,
                "--overlap %s cannot be reached with %d clusters in %d dimensions: even infinite noise leaves"
                        + " every row nearest its own center with the share of directions that point away from all"
                        + " others, so at most %.3f; ask for less", target, k, dims, cumulative));
    }

    private static int[] shuffled(int[] counts, RandomGenerator random) {
        int n = Arrays.stream(counts).sum();
        int[] labels = new int[n];
        int row = 0;
        for (int c = 0; c < counts.length; c++) {
            for (int i = 0; i < counts[c]; i++) {
                labels[row++] = c;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = labels[i];
            labels[i] = labels[j];
            labels[j] = swap;
        }
        return labels;
    }

    private static double squaredDistance(double[] a, int at, double[] b, int bt, int d) {
        double sum = 0;
        for (int j = 0; j < d; j++) {
            double diff = a[at + j] - b[bt + j];
            sum += diff * diff;
        }
        return sum;
    }
}
