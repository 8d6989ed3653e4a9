package dev.basin.kmeans.kernel;

import dev.basin.data.Dataset;

/**
 * A dataset's rows minus its feature means, packed by groups of {@link #GROUP} rows, in the layout the
 * vector kernel's row-in-lanes tiles read: value j of row r at {@code (r / 8)·d·8 + j·8 + r % 8}, so eight
 * rows' j-th values are contiguous. Rows past the last, up to a whole group, are zero.
 *
 * <p>The kernel packs rows block by block as it scores them; when the same rows are scored again and
 * again (every Lloyd iteration of every restart, every step of k-means++) packing them once instead saves
 * that copy, which costs as much as the scoring itself when there are few centers per row. One packing
 * is made per dataset, on first use, and shared read-only by every run and thread (see
 * {@link #of(Dataset)}); it takes as much memory as the data, so it is not made beyond
 * {@link #MAX_VALUES}.
 */
public final class PackedRows {
    /** Rows per group: two vectors of four doubles, the height of the vector kernel's tiles. */
    public static final int GROUP = 8;
    /**
     * Most values (n × d) packed ahead: 64 MB. Larger data is packed block by block as it is scored, as
     * before, rather than held twice.
     */
    static final long MAX_VALUES = 1L << 23;
    /** Most features for which {@link #pack} copies feature by feature (measured faster up to 16). */
    private static final int FEATURE_MAJOR_MAX_DIMS = 16;

    private final double[] values;

    private PackedRows(double[] values) {
        this.values = values;
    }

    /**
     * The packed rows of {@code data}, made on first use and then shared by every caller, or null when the
     * data has more than {@link #MAX_VALUES} values.
     *
     * @param data the rows, shifted by {@link Dataset#featureMeans()}
     * @return the shared packing, or null
     */
    public static PackedRows of(Dataset data) {
        if (!worthHolding(data.rows(), data.dims())) {
            return null;
        }
        return data.derived(PackedRows.class, PackedRows::pack);
    }

    /** @return whether n × d values are few enough ({@link #MAX_VALUES}) to be held packed beside the data */
    static boolean worthHolding(int rows, int dims) {
        return (long) rows * dims <= MAX_VALUES;
    }

    private static PackedRows pack(Dataset data) {
        int rows = data.rows();
        int dims = data.dims();
        double[] values = new double[(rows + GROUP - 1) / GROUP * GROUP * dims];
        pack(data.values(), dims, 0, rows, data.featureMeans(), values);
        return new PackedRows(values);
    }

    /** @return the packed values; do not modify */
    double[] values() {
        return values;
    }

    /**
     * Packs the {@code count} consecutive rows from {@code first} of {@code x}, minus {@code means}, into
     * {@code block} from its start, padding the last group with zeros. The one packing routine: the same
     * bits whether a block is packed as it is scored or the whole data ahead.
     *
     * @param x     row-major data
     * @param dims  features, d
     * @param first the first row to pack
     * @param count how many rows to pack
     * @param means the values subtracted, one per feature
     * @param block receives ⌈count / 8⌉ × 8 × d values
     */
    static void pack(double[] x, int dims, int first, int count, double[] means, double[] block) {
        int full = dims <= FEATURE_MAJOR_MAX_DIMS ? count / GROUP * GROUP : 0;
        // whole groups feature by feature: contiguous stores, and each row's few values stay in one cache line
        for (int group = 0; group < full; group += GROUP) {
            int base = group * dims;
            int from = (first + group) * dims;
            for (int j = 0; j < dims; j++) {
                double mean = means[j];
                int to = base + j * GROUP;
                for (int lane = 0; lane < GROUP; lane++) {
                    block[to + lane] = x[from + lane * dims + j] - mean;
                }
            }
        }
        // the rest (or all rows, for long rows, which copy faster row by row) lane by lane
        int padded = (count + GROUP - 1) / GROUP * GROUP;
        for (int r = full; r < padded; r++) {
            int at = r / GROUP * dims * GROUP + r % GROUP;
            if (r >= count) {
                for (int j = 0; j < dims; j++) {
                    block[at + j * GROUP] = 0;
                }
                continue;
            }
            int from = (first + r) * dims;
            for (int j = 0; j < dims; j++) {
                block[at + j * GROUP] = x[from + j] - means[j];
            }
        }
    }
}
