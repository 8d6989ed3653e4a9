package dev.basin.kmeans.kernel;

import dev.basin.data.Dataset;

/**
 * A dataset's rows minus its feature means in single precision, packed by groups of {@link #GROUP} rows
 * (value j of row r at {@code (r / 16)·d·16 + j·16 + r % 16}): what the vector kernel's screening pass
 * reads. A 256-bit vector holds eight floats against four doubles, so scoring in single precision runs
 * twice the rows per instruction; the screening only ever decides a label when the single-precision
 * scores separate the nearest center from every other by more than their rounding error, and leaves
 * every closer call to the double-precision scores (see {@link VectorDistanceKernel#nearest}). Labels are
 * therefore the same bits as without it.
 *
 * <p>Made once per dataset on first use and shared read-only, like {@link PackedRows}, within the same
 * memory cap; it takes half the memory of the data. Not made for data whose centered values could
 * overflow single precision in a score, or are so small that its rounding bound's absolute term would
 * swamp them.
 */
public final class ScreeningRows {
    /** Rows per group: two vectors of eight floats, the height of the screening tile. */
    static final int GROUP = 16;
    /**
     * Largest centered value screened: squares and sums of d products stay far inside single precision's
     * range (about 2¹²⁸).
     */
    static final double MAX_MAGNITUDE = 0x1p40;
    /** Smallest largest-value screened: below it the bound's absolute term (underflow) dominates. */
    static final double MIN_MAGNITUDE = 0x1p-40;

    private final float[] values;

    private ScreeningRows(float[] values) {
        this.values = values;
    }

    /**
     * The screening rows of {@code data}, made on first use and shared by every caller, or null when the
     * data is too large to hold twice ({@link PackedRows#worthHolding}) or its scale is outside what single
     * precision can screen.
     *
     * @param data the rows, shifted by {@link Dataset#featureMeans()}
     * @return the shared rows, or null
     */
    public static ScreeningRows of(Dataset data) {
        if (!PackedRows.worthHolding(data.rows(), data.dims())) {
            return null;
        }
        return data.derived(Made.class, ScreeningRows::pack).orNull();
    }

    /** The memo holds a box so that "not screenable" is remembered too. */
    private record Made(ScreeningRows rows) {
        ScreeningRows orNull() {
            return rows;
        }
    }

    private static Made pack(Dataset data) {
        int rows = data.rows();
        int dims = data.dims();
        double[] x = data.values();
        double[] means = data.featureMeans();
        double largest = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < dims; j++) {
                largest = Math.max(largest, Math.abs(x[i * dims + j] - means[j]));
            }
        }
        if (!(largest >= MIN_MAGNITUDE && largest <= MAX_MAGNITUDE)) {
            return new Made(null);
        }
        float[] values = new float[(rows + GROUP - 1) / GROUP * GROUP * dims];
        for (int i = 0; i < rows; i++) {
            int at = i / GROUP * dims * GROUP + i % GROUP;
            int from = i * dims;
            for (int j = 0; j < dims; j++) {
                values[at + j * GROUP] = (float) (x[from + j] - means[j]);
            }
        }
        return new Made(new ScreeningRows(values));
    }

    /** @return the packed values; do not modify */
    float[] values() {
        return values;
    }
}
