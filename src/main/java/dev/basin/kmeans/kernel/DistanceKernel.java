package dev.basin.kmeans.kernel;

import dev.basin.data.Dataset;

/**
 * Nearest-center search by score (see {@link PreparedCenters}): the brute-force step of Lloyd's algorithm
 * and the exact distance evaluations inside the bounded variants and k-means++.
 *
 * <p>Implementations differ in speed only: {@link VectorDistanceKernel} (the Vector API, when the JVM
 * runs with {@code --add-modules jdk.incubator.vector}) and {@link ScalarDistanceKernel} give the same bits
 * for every score, so results never depend on which one ran.
 */
public sealed interface DistanceKernel permits ScalarDistanceKernel, VectorDistanceKernel {
    /**
     * Labels rows {@code start … end − 1} of {@code x} with their nearest center: the lowest score, ties to
     * the lower index.
     *
     * @param x       row-major data, d values per row, in data units (the kernel shifts them by the means)
     * @param packed  the same rows as {@link PackedRows#of} packed them, shifted by the centers' means, or
     *                null; a kernel may read them instead of packing {@code x} itself (same bits either way)
     * @param screening the same rows as {@link ScreeningRows#of} packed them, or null; a kernel may screen
     *                centers with them first (same labels either way)
     * @param start   first row
     * @param end     one past the last row
     * @param centers the iteration's centers
     * @param labels  each row's label, overwritten for the rows of the range
     * @return how many of those labels changed
     */
    int nearest(double[] x, PackedRows packed, ScreeningRows screening, int start, int end, PreparedCenters centers,
                int[] labels);

    /**
     * For each listed row, the nearest center (ties to the lower index), its score, and the second-lowest
     * score (+∞ when k = 1): what a bounded variant needs when its bounds could not settle a row. Gives the
     * same bits as {@link #scores} followed by a scan in center order.
     *
     * @param x        row-major data in data units
     * @param rows     row indices; entries {@code 0 … count − 1} are used
     * @param count    how many rows are listed
     * @param centers  the iteration's centers
     * @param nearest  receives each listed row's nearest center, at its position in the list
     * @param lowest   receives that center's score, at the row's position
     * @param second   receives the second-lowest score, at the row's position
     */
    void nearestTwo(double[] x, int[] rows, int count, PreparedCenters centers, int[] nearest, double[] lowest,
                    double[] second);

    /**
     * The update step's sums for rows {@code start … end − 1}: adds each row into its cluster's weighted
     * coordinate sums ({@code sums[label·d + j] += w·x_j}, a product then a sum, each rounded, so every kernel
     * gives the same bits) and weight ({@code weights[label] += w}), and its weighted squared distance to
     * its center ({@link SquaredDistance#between}), to {@code inertia}, row by row in order.
     *
     * @param x          row-major data in data units
     * @param rowWeights the rows' weights, or null when every row weighs 1
     * @param labels     each row's cluster
     * @param start      first row
     * @param end        one past the last row
     * @param centers    the centers the rows were labelled against, row-major k × d, data units
     * @param dims       features, d
     * @param sums       per-cluster weighted coordinate sums, k × d, added to
     * @param weights    per-cluster weights, added to
     * @param inertia    the inertia summed so far
     * @return {@code inertia} plus these rows' weighted squared distances
     */
    double accumulate(double[] x, double[] rowWeights, int[] labels, int start, int end, double[] centers, int dims,
                      double[] sums, double[] weights, double inertia);

    /**
     * The scores of rows {@code start … end − 1} against every center, row by row with a stride of
     * {@link PreparedCenters#paddedK()}: row i's score against center c goes to
     * {@code out[(i − start)·paddedK + c]} (the padding slots get +∞).
     *
     * @param x       row-major data in data units
     * @param start   first row
     * @param end     one past the last row
     * @param centers the centers (or any set of candidate points) to score against
     * @param out     at least (end − start) × paddedK values
     */
    void scoreRows(double[] x, int start, int end, PreparedCenters centers, double[] out);

    /**
     * The scores of rows {@code start … end − 1} against the k real centers, center by center: row i's score
     * against center c goes to {@code out[c·(end − start) + i − start]}. The same bits as {@link #scoreRows};
     * this layout lets the vector kernel keep rows in its lanes (no scattered stores) and lets a caller run
     * over one center's scores contiguously, which is what k-means++ trials do.
     *
     * @param x       row-major data in data units
     * @param packed  the same rows packed, or null, as for {@link #nearest}
     * @param start   first row
     * @param end     one past the last row
     * @param centers the centers (or any set of candidate points) to score against
     * @param out     at least k × (end − start) values
     */
    void scoreRowsByCenter(double[] x, PackedRows packed, int start, int end, PreparedCenters centers, double[] out);

    /**
     * The scores of one row against every center.
     *
     * @param row     the row minus the means (see {@link Scores#centerRow}), d values
     * @param centers the iteration's centers
     * @param out     receives k scores, indexed by center
     */
    void scores(double[] row, PreparedCenters centers, double[] out);

    /**
     * The rows of {@code data} packed the way this kernel's row-in-lanes tiles read them, made once and
     * shared by every run on the data: worth asking for by callers that score the same rows against more
     * than one block of centers many times over.
     *
     * @param data the rows
     * @return the shared packing ({@link PackedRows#of}), or null when this kernel reads rows in place or
     *     the data is too large to hold twice
     */
    PackedRows packedRows(Dataset data);

    /**
     * The rows of {@code data} in single precision, the way this kernel's screening pass reads them, made
     * once and shared by every run on the data: worth asking for by callers of {@link #nearest} with more
     * than one block of centers.
     *
     * @param data the rows
     * @return the shared rows ({@link ScreeningRows#of}), or null when this kernel does not screen, the data
     *     is too large to hold twice, or its scale is outside what single precision can screen
     */
    ScreeningRows screeningRows(Dataset data);

    /** @return a short name for benchmarks and logs: "vector" or "scalar" */
    String name();

    /**
     * The fastest kernel this JVM can run: the vector kernel when the {@code jdk.incubator.vector} module is
     * loaded and the CPU has 256-bit vectors, the scalar one otherwise. The system property
     * {@code basin.kernel=scalar} forces the scalar kernel.
     *
     * @return a kernel, shared and stateless
     */
    static DistanceKernel fastest() {
        return Holder.FASTEST;
    }

    /** @return the scalar kernel, available on every JVM */
    static DistanceKernel scalar() {
        return ScalarDistanceKernel.INSTANCE;
    }

    /** Chooses once per JVM; the vector class is only loaded when its module is present. */
    final class Holder {
        static final DistanceKernel FASTEST = choose();

        private Holder() {
        }

        private static DistanceKernel choose() {
            if ("scalar".equals(System.getProperty("basin.kernel"))) {
                return ScalarDistanceKernel.INSTANCE;
            }
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                return ScalarDistanceKernel.INSTANCE;
            }
            return VectorDistanceKernel.usable() ? VectorDistanceKernel.INSTANCE : ScalarDistanceKernel.INSTANCE;
        }
    }
}
