package dev.basin.data;

import dev.basin.InvalidInputException;
import dev.basin.random.Seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Synthetic data whose truth is known, for benchmarks, tests and teaching. Every generator is a pure
 * function of its arguments: the same arguments give bit-identical data on any machine, because all
 * randomness comes from one {@link Seeds#generator(long)} built from the seed (no global generator).
 *
 * <pre>{@code
 * Generated g = Generators.blobs(5000, 15, 2, 5.0, 1);   // 15 overlapping blobs in the plane
 * Dataset data = g.data();                                // x0, x1; labels in column "cluster"
 * double[] truth = g.trueCenters();                       // 15 × 2, row-major
 * }</pre>
 */
public final class Generators {
    /** Side of the box {@code [0, BOX]^d} in which {@link #blobs} draws its centers. */
    public static final double BOX = 100.0;

    /** Column of the reference labels that hold each row's true cluster. */
    public static final String LABEL_COLUMN = "cluster";

    // Rejection only stalls when the box is nearly packed, which the separation below never comes close to
    // (see minSeparation); the limits turn a bug into an error instead of an endless loop.
    private static final int ATTEMPTS_PER_CENTER = 10_000;
    private static final int PLACEMENT_ROUNDS = 100;

    private Generators() {
    }

    /**
     * k isotropic Gaussian blobs of equal size ("blobs" as in scikit-learn's {@code make_blobs}, with
     * centers kept apart).
     *
     * <ul>
     *   <li><b>Centers.</b> Drawn one after another uniformly in the box {@code [0, 100]^dims}; a draw closer
     *       than {@link #minSeparation(int, int) minSeparation(k, dims)} (Euclidean distance) to a center
     *       already kept is rejected and drawn again. So every two true centers are at least that far apart,
     *       and otherwise placed at random.</li>
     *   <li><b>Sizes.</b> n split as evenly as possible: the first {@code n mod k} clusters get
     *       ⌈n/k⌉ rows, the others ⌊n/k⌋.</li>
     *   <li><b>Noise.</b> A row of cluster c is center c plus independent Gaussian noise of mean 0 and
     *       standard deviation {@code spread} in every coordinate ({@link RandomGenerator#nextGaussian()}),
     *       in the units of the box. Rows are not clipped to the box. A row's distance from its center is
     *       about {@code spread × √dims} on average; {@code spread = 0} puts every row on its center.</li>
     *   <li><b>Order.</b> Which cluster each row belongs to is shuffled (Fisher–Yates), so the clusters are
     *       interleaved in a fixed order that depends only on the seed.</li>
     * </ul>
     *
     * <p>How hard the data is depends on {@code spread} against the distance between centers. For k = 15
     * in two dimensions the centers are at least 12.9 apart and typically 14 to 26 (median 18) from their
     * nearest neighbour. Then {@code spread} 3 gives blobs with gaps between most of them, about like
     * P. Fränti's S1 set; 5 gives neighbouring blobs that overlap at their edges, about like S2 (K-means
     * needs about as many iterations); 6 to 7 comes near S3 and S4. On all of these K-means' answer
     * depends on its seed.
     *
     * @param n      rows, at least k
     * @param k      clusters, at least 1
     * @param dims   features, at least 1; named {@code x0 .. x(dims-1)}
     * @param spread per-coordinate standard deviation of the noise, finite and not negative
     * @param seed   seed of the one generator everything is drawn from
     * @return the data (true cluster of each row as text in column {@value #LABEL_COLUMN}), the true
     *         centers and the true labels
     * @throws InvalidInputException when an argument is out of range
     */
    public static Generated blobs(int n, int k, int dims, double spread, long seed) {
        checkBlobs(n, k, dims, spread);
        RandomGenerator random = Seeds.generator(seed);
        double[] centers = placeCenters(k, dims, minSeparation(k, dims), random);
        int[] labels = shuffledLabels(n, k, random);
        double[] values = new double[n * dims];
        String[] labelText = new String[n];
        for (int i = 0; i < n; i++) {
            int c = labels[i];
            for (int j = 0; j < dims; j++) {
                values[i * dims + j] = centers[c * dims + j] + spread * random.nextGaussian();
            }
            labelText[i] = Integer.toString(c);
        }
        Dataset data = Dataset.builder(values, featureNames(dims)).labels(LABEL_COLUMN, labelText).build();
        return new Generated(data, centers, labels);
    }

    /**
     * The least distance between two true centers of {@link #blobs}: half the spacing of a regular grid of k
     * points filling the box, {@code 100 / (2 · k^(1/dims))}. For k = 15: 3.33 in one dimension, 12.9 in
     * two, 20.3 in three. Random placement at this distance leaves most of the box free (the k balls of
     * diameter {@code minSeparation} cover at most about half of it in one dimension and far less in more),
     * so rejection always finds room quickly.
     *
     * @param k    clusters, at least 1
     * @param dims dimensions, at least 1
     * @return the separation, in the units of the box
     * @throws InvalidInputException when k or dims is less than 1
     */
    public static double minSeparation(int k, int dims) {
        if (k < 1 || dims < 1) {
            throw new InvalidInputException("k and dims must be at least 1, got k " + k + ", dims " + dims);
        }
        return BOX / (2 * Math.pow(k, 1.0 / dims));
    }

    private static void checkBlobs(int n, int k, int dims, double spread) {
        if (k < 1) {
            throw new InvalidInputException("k must be at least 1, got " + k);
        }
        if (dims < 1) {
            throw new InvalidInputException("dims must be at least 1, got " + dims);
        }
        if (n < k) {
            throw new InvalidInputException("n must be at least k (" + k + ") so every cluster has a row, got " + n);
        }
        if ((long) n * dims > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException(n + " rows × " + dims + " dims do not fit in one array; use fewer");
        }
        if (!(spread >= 0) || Double.isInfinite(spread)) {
            throw new InvalidInputException("spread must be finite and at least 0, got " + spread);
        }
    }

    /**
     * Centers by rejection; a center that finds no room restarts the whole placement (never seen in practice).
     * Shared with {@link OverlapBlobs}, which places its centers the same way.
     */
    static double[] placeCenters(int k, int dims, double separation, RandomGenerator random) {
        double minSquared = separation * separation;
        for (int round = 0; round < PLACEMENT_ROUNDS; round++) {
            double[] centers = new double[k * dims];
            int placed = 0;
            int attempts = 0;
            while (placed < k && attempts < ATTEMPTS_PER_CENTER) {
                attempts++;
                for (int j = 0; j < dims; j++) {
                    centers[placed * dims + j] = BOX * random.nextDouble();
                }
                if (farFromPlaced(centers, placed, dims, minSquared)) {
                    placed++;
                    attempts = 0;
                }
            }
            if (placed == k) {
                return centers;
            }
        }
        throw new IllegalStateException("could not place " + k + " centers " + separation + " apart in "
                + dims + " dimensions");
    }

    private static boolean farFromPlaced(double[] centers, int candidate, int dims, double minSquared) {
        int at = candidate * dims;
        for (int c = 0; c < candidate; c++) {
            double squared = 0;
            for (int j = 0; j < dims; j++) {
                double diff = centers[at + j] - centers[c * dims + j];
                squared += diff * diff;
            }
            if (squared < minSquared) {
                return false;
            }
        }
        return true;
    }

    /** Cluster c repeated for its share of n (first n mod k clusters one more), then shuffled. */
    private static int[] shuffledLabels(int n, int k, RandomGenerator random) {
        int[] labels = new int[n];
        int row = 0;
        for (int c = 0; c < k; c++) {
            int size = n / k + (c < n % k ? 1 : 0);
            for (int i = 0; i < size; i++) {
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

    static List<String> featureNames(int dims) {
        List<String> names = new ArrayList<>(dims);
        for (int j = 0; j < dims; j++) {
            names.add("x" + j);
        }
        return names;
    }
}
