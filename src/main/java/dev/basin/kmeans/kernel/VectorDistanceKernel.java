package dev.basin.kmeans.kernel;

import dev.basin.data.Dataset;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernel on the Vector API. Every lane's dot product is the same fused multiply-add chain over j as the
 * scalar kernel's, so both give the same bits; the two layouts differ only in what the lanes run over.
 *
 * <p>{@link #nearest} (Lloyd's whole pass), for more than eight centers, puts <em>rows</em> in the lanes:
 * rows are centered and packed by groups of eight ({@link #GROUP}; once per dataset, {@link PackedRows}, or
 * block by block), centers come packed by fours ({@link PreparedCenters#panels()}), and an 8-row × 4-center
 * tile keeps eight accumulators in registers while reading both operands contiguously. The
 * running lowest score and its center then stay per lane, kept where a score is strictly lower, in center
 * order — the scalar kernel's tie rule — with no horizontal search per row. When the rows are held in
 * single precision too ({@link ScreeningRows}), Lloyd's pass screens with them first: the same tile on
 * floats covers sixteen rows, twice as many per instruction, and a row's label is taken from it only
 * when its single-precision scores leave no doubt; the rare close call is settled in double precision,
 * so labels are the same bits either way (see {@link #nearestScreened}). For at most eight centers it
 * puts the centers in the lanes instead and searches each row's one block of scores: the rows are then
 * read in place, which costs less than packing them for so few centers.
 *
 * <p>{@link #scoreRows} and {@link #scores}, which must write every score, put <em>centers</em> in the
 * lanes (4-row × 8-center tiles over {@link PreparedCenters#transposed()}), so scores are stored as they
 * are laid out in the output. Each tile is one method whose vectors never leave it: vectors passed to or
 * returned from a method the JIT does not inline become objects, which is many times slower.
 */
final class VectorDistanceKernel implements DistanceKernel {
    static final VectorDistanceKernel INSTANCE = new VectorDistanceKernel();

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;
    private static final int LANES = SPECIES.length();
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_256;
    private static final int FLOAT_LANES = FLOATS.length();
    /** Rows per screening tile: two vectors of eight floats. */
    private static final int SCREEN_GROUP = ScreeningRows.GROUP;
    /** Unit roundoff of single precision, 2⁻²⁴. */
    private static final double FLOAT_ROUNDOFF = 0x1p-24;

    /** Rows per tile of {@link #nearest}: two vectors of rows. */
    private static final int GROUP = 2 * LANES;
    /** Centers per tile of {@link #nearest}, the width of {@link PreparedCenters#panels()}. */
    private static final int PANEL = PreparedCenters.PANEL;
    /** Values in a packed block of rows: 16 KB, half the L1 cache, so a block stays there for all centers. */
    private static final int BLOCK_VALUES = 2048;
    /** Most rows in a packed block, when d is small. */
    private static final int MAX_BLOCK_ROWS = 256;
    /** Rows centered at a time by {@link #scoreRows}. */
    private static final int ROW_BLOCK = 128;

    /** Per-thread space for the screening pass: one group's lowest, second-lowest, centers and row norms. */
    private static final ThreadLocal<float[]> SCREEN_SCRATCH = ThreadLocal.withInitial(() -> new float[4 * SCREEN_GROUP]);
    /** Per-thread space, grown, never shrunk: one array per slot below. */
    private static final ThreadLocal<double[][]> SCRATCH = ThreadLocal.withInitial(() -> new double[6][0]);
    private static final int PACKED_ROWS = 0;
    private static final int BEST_SCORES = 1;
    private static final int BEST_CENTERS = 2;
    private static final int CENTERED_ROWS = 3;
    private static final int SECOND_SCORES = 4;
    private static final int TAIL_SCORES = 5;

    private VectorDistanceKernel() {
    }

    /** @return whether the CPU runs 256-bit double vectors natively (otherwise the API would be slow) */
    static boolean usable() {
        return DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= 256 && PreparedCenters.BLOCK == 2 * LANES
                && ScreeningRows.GROUP == 2 * FLOAT_LANES
                && PreparedCenters.BLOCK % PANEL == 0 && PackedRows.GROUP == GROUP;
    }

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public PackedRows packedRows(Dataset data) {
        return PackedRows.of(data);
    }

    @Override
    public ScreeningRows screeningRows(Dataset data) {
        return ScreeningRows.of(data);
    }

    private static double[] scratch(int slot, int size) {
        double[][] scratch = SCRATCH.get();
        if (scratch[slot].length < size) {
            scratch[slot] = new double[size];
        }
        return scratch[slot];
    }

    /** Rows {@code start … end − 1} minus the means, row-major, in a per-thread buffer. */
    private static double[] centeredBlock(double[] x, int start, int end, double[] means) {
        int dims = means.length;
        double[] block = scratch(CENTERED_ROWS, ROW_BLOCK * dims);
        for (int i = start; i < end; i++) {
            int from = i * dims;
            int to = (i - start) * dims;
            for (int j = 0; j < dims; j++) {
                block[to + j] = x[from + j] - means[j];
            }
        }
        return block;
    }

    /**
     * Rows {@code rows[first] …} ({@code count} of them) minus the means, packed by groups of {@link #GROUP}
     * rows: value j of the r-th row at {@code (r / GROUP)·d·GROUP + j·GROUP + r % GROUP}, so a tile reads its
     * rows' values contiguously; positions from {@code count} up to a multiple of {@link #GROUP} are zero.
     */
    private static void packListedRows(double[] x, int[] rows, int first, int count, double[] means,
                                       double[] block) {
        int dims = means.length;
        int padded = (count + GROUP - 1) / GROUP * GROUP;
        for (int r = 0; r < padded; r++) {
            int at = r / GROUP * dims * GROUP + r % GROUP;
            if (r >= count) {
                for (int j = 0; j < dims; j++) {
                    block[at + j * GROUP] = 0;
                }
                continue;
            }
            int from = rows[first + r] * dims;
            for (int j = 0; j < dims; j++) {
                block[at + j * GROUP] = x[from + j] - means[j];
            }
        }
    }

    /**
     * Where to read the {@code rows} rows from {@code blockStart} packed: the rows packed ahead, when there
     * are and a whole group starts there (they are read from value {@code blockStart·d}), else
     * {@code block}, packed now (read from its start).
     */
    private static double[] packedRows(double[] x, PackedRows packed, int blockStart, int rows, double[] means,
                                       double[] block) {
        if (packed != null && blockStart % GROUP == 0) {
            return packed.values();
        }
        PackedRows.pack(x, means.length, blockStart, rows, means, block);
        return block;
    }

    @Override
    public int nearest(double[] x, PackedRows packed, ScreeningRows screening, int start, int end,
                       PreparedCenters centers, int[] labels) {
        int dims = centers.dims();
        int paddedK = centers.paddedK();
        if (paddedK == 2 * LANES) {
            return nearestInOneBlock(x, start, end, centers, labels);
        }
        // centers are screened by float index (exact below 2²⁴) and must fit single precision like the rows
        if (screening != null && start % SCREEN_GROUP == 0 && centers.maxMagnitude() <= ScreeningRows.MAX_MAGNITUDE
                && paddedK < 1 << 24) {
            return nearestScreened(x, screening, start, end, centers, labels);
        }
        double[] panels = centers.panels();
        double[] norms = centers.squaredNorms();
        int blockRows = Math.clamp(BLOCK_VALUES / dims / GROUP * GROUP, GROUP, MAX_BLOCK_ROWS);
        double[] block = scratch(PACKED_ROWS, blockRows * dims);
        double[] best = scratch(BEST_SCORES, blockRows);
        double[] index = scratch(BEST_CENTERS, blockRows);
        int changes = 0;
        for (int blockStart = start; blockStart < end; blockStart += blockRows) {
            int blockEnd = Math.min(end, blockStart + blockRows);
            int rows = blockEnd - blockStart;
            double[] source = packedRows(x, packed, blockStart, rows, centers.means(), block);
            int shift = source == block ? 0 : blockStart * dims;
            for (int g = 0; g < rows; g += GROUP) {
                nearestInGroup(source, shift + g * dims, g, dims, panels, paddedK, norms, best, index);
            }
            for (int r = 0; r < rows; r++) {
                int label = (int) index[r];
                if (labels[blockStart + r] != label) {
                    labels[blockStart + r] = label;
                    changes++;
                }
            }
        }
        return changes;
    }

    /**
     * {@link #nearest} screened in single precision: sixteen rows at a time against every panel of centers
     * ({@link #screenGroup}), keeping per row the lowest and second-lowest single-precision score and the
     * center of the lowest. Each such score is within E of the exact score, and so is the double-precision
     * kernel's (by far less), so when the second-lowest exceeds the lowest by more than 2E no other center
     * can score as low as that center in double precision either, and it is the label. Any closer call
     * (ties, near-ties, twin centers) is settled by the row's double-precision scores, the same bits as
     * every kernel's. So the labels are exactly those of the double-precision pass; only the work differs.
     *
     * <p>E is the bound of {@link Scores#roundingBound} with single precision's unit roundoff u: the rows
     * and centers rounded to floats (relative error u each) and the dot product's d products and sums
     * move the dot product by at most (d + 2)·u·‖x‖‖c‖, so the score (which doubles it) by at most
     * (d + 2)·u·(‖x‖² + ‖c‖²); the norm rounded adds u·‖c‖² and the last multiply-add u·|score| ≤
     * 2u·(‖x‖² + ‖c‖²): (d + 5)·u·(‖x‖² + ‖c‖²) in all, which E's 2·(d + 8)·u·(‖x‖² + max ‖c‖²) covers
     * twice over, the double-precision score's own error (2⁻²⁹ as large) included; plus an absolute d·2⁻⁹⁰
     * for values that underflow (each at most 2⁻¹⁰⁸ here). ‖x‖² is bounded from the row's
     * single-precision norm, whose relative error is at most (d + 1)·u.
     */
    private static int nearestScreened(double[] x, ScreeningRows screening, int start, int end,
                                       PreparedCenters centers, int[] labels) {
        int dims = centers.dims();
        int paddedK = centers.paddedK();
        float[] rows = screening.values();
        float[] panels = centers.screeningPanels();
        float[] norms = centers.screeningNorms();
        float[] group = SCREEN_SCRATCH.get();
        double perNorm = 2 * (dims + 8) * FLOAT_ROUNDOFF;
        double normGrowth = 1 + 2 * (dims + 1) * FLOAT_ROUNDOFF;
        double floor = perNorm * centers.maxSquaredNorm() + dims * 0x1p-90;
        int changes = 0;
        for (int g = start; g < end; g += SCREEN_GROUP) {
            screenGroup(rows, g * dims, dims, panels, paddedK, norms, group);
            int count = Math.min(SCREEN_GROUP, end - g);
            for (int r = 0; r < count; r++) {
                double lowest = group[r];
                double second = group[SCREEN_GROUP + r];
                double error = perNorm * group[3 * SCREEN_GROUP + r] * normGrowth + floor;
                int label = second - lowest > 2 * error ? (int) group[2 * SCREEN_GROUP + r]
                        : nearestInDouble(x, g + r, centers);
                if (labels[g + r] != label) {
                    labels[g + r] = label;
                    changes++;
                }
            }
        }
        return changes;
    }

    /** Row {@code i}'s nearest center from its double-precision scores, ties to the lower index. */
    private static int nearestInDouble(double[] x, int i, PreparedCenters centers) {
        int k = centers.k();
        double[] row = scratch(CENTERED_ROWS, centers.dims());
        double[] scores = scratch(TAIL_SCORES, centers.paddedK());
        Scores.centerRow(x, i, centers.means(), row);
        INSTANCE.scores(row, centers, scores);
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (scores[c] < scores[best]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The sixteen rows packed from value {@code rowBase} of {@code rows} against every panel of
     * {@link #PANEL} centers in single precision: per panel, 16-row × 4-center FMA chains over j in eight
     * accumulators, then per center and row the lowest score (strictly lower replaces it), the
     * second-lowest and the lowest's center. Leaves in {@code group} the lowest scores (slots 0–15), the
     * second-lowest (16–31), the centers (32–47) and the rows' squared norms (48–63).
     */
    private static void screenGroup(float[] rows, int rowBase, int dims, float[] panels, int paddedK, float[] norms,
                                    float[] group) {
        FloatVector infinity = FloatVector.broadcast(FLOATS, Float.POSITIVE_INFINITY);
        FloatVector n0 = FloatVector.zero(FLOATS);
        FloatVector n1 = n0;
        for (int j = 0; j < dims; j++) {
            int p = rowBase + j * SCREEN_GROUP;
            FloatVector x0 = FloatVector.fromArray(FLOATS, rows, p);
            FloatVector x1 = FloatVector.fromArray(FLOATS, rows, p + FLOAT_LANES);
            n0 = x0.fma(x0, n0);
            n1 = x1.fma(x1, n1);
        }
        n0.intoArray(group, 3 * SCREEN_GROUP);
        n1.intoArray(group, 3 * SCREEN_GROUP + FLOAT_LANES);
        infinity.intoArray(group, 0);
        infinity.intoArray(group, FLOAT_LANES);
        infinity.intoArray(group, SCREEN_GROUP);
        infinity.intoArray(group, SCREEN_GROUP + FLOAT_LANES);
        FloatVector.zero(FLOATS).intoArray(group, 2 * SCREEN_GROUP);
        FloatVector.zero(FLOATS).intoArray(group, 2 * SCREEN_GROUP + FLOAT_LANES);
        for (int c0 = 0; c0 < paddedK; c0 += PANEL) {
            int panelBase = c0 * dims;
            FloatVector a00 = FloatVector.zero(FLOATS), a01 = a00, a02 = a00, a03 = a00;
            FloatVector a10 = a00, a11 = a00, a12 = a00, a13 = a00;
            for (int j = 0; j < dims; j++) {
                int p = rowBase + j * SCREEN_GROUP;
                FloatVector x0 = FloatVector.fromArray(FLOATS, rows, p);
                FloatVector x1 = FloatVector.fromArray(FLOATS, rows, p + FLOAT_LANES);
                int q = panelBase + j * PANEL;
                FloatVector b = FloatVector.broadcast(FLOATS, panels[q]);
                a00 = x0.fma(b, a00);
                a10 = x1.fma(b, a10);
                b = FloatVector.broadcast(FLOATS, panels[q + 1]);
                a01 = x0.fma(b, a01);
                a11 = x1.fma(b, a11);
                b = FloatVector.broadcast(FLOATS, panels[q + 2]);
                a02 = x0.fma(b, a02);
                a12 = x1.fma(b, a12);
                b = FloatVector.broadcast(FLOATS, panels[q + 3]);
                a03 = x0.fma(b, a03);
                a13 = x1.fma(b, a13);
            }
            // the running lowest, second-lowest and center through memory: the loop above needs the registers
            FloatVector minusTwo = FloatVector.broadcast(FLOATS, -2f);
            FloatVector low0 = FloatVector.fromArray(FLOATS, group, 0);
            FloatVector low1 = FloatVector.fromArray(FLOATS, group, FLOAT_LANES);
            FloatVector next0 = FloatVector.fromArray(FLOATS, group, SCREEN_GROUP);
            FloatVector next1 = FloatVector.fromArray(FLOATS, group, SCREEN_GROUP + FLOAT_LANES);
            FloatVector at0 = FloatVector.fromArray(FLOATS, group, 2 * SCREEN_GROUP);
            FloatVector at1 = FloatVector.fromArray(FLOATS, group, 2 * SCREEN_GROUP + FLOAT_LANES);
            FloatVector norm = FloatVector.broadcast(FLOATS, norms[c0]);
            FloatVector center = FloatVector.broadcast(FLOATS, (float) c0);
            FloatVector s0 = a00.fma(minusTwo, norm);
            FloatVector s1 = a10.fma(minusTwo, norm);
            VectorMask<Float> lower0 = s0.lt(low0);
            VectorMask<Float> lower1 = s1.lt(low1);
            next0 = next0.blend(s0, s0.lt(next0)).blend(low0, lower0);
            next1 = next1.blend(s1, s1.lt(next1)).blend(low1, lower1);
            low0 = low0.blend(s0, lower0);
            low1 = low1.blend(s1, lower1);
            at0 = at0.blend(center, lower0);
            at1 = at1.blend(center, lower1);
            norm = FloatVector.broadcast(FLOATS, norms[c0 + 1]);
            center = FloatVector.broadcast(FLOATS, (float) (c0 + 1));
            s0 = a01.fma(minusTwo, norm);
            s1 = a11.fma(minusTwo, norm);
            lower0 = s0.lt(low0);
            lower1 = s1.lt(low1);
            next0 = next0.blend(s0, s0.lt(next0)).blend(low0, lower0);
            next1 = next1.blend(s1, s1.lt(next1)).blend(low1, lower1);
            low0 = low0.blend(s0, lower0);
            low1 = low1.blend(s1, lower1);
            at0 = at0.blend(center, lower0);
            at1 = at1.blend(center, lower1);
            norm = FloatVector.broadcast(FLOATS, norms[c0 + 2]);
            center = FloatVector.broadcast(FLOATS, (float) (c0 + 2));
            s0 = a02.fma(minusTwo, norm);
            s1 = a12.fma(minusTwo, norm);
            lower0 = s0.lt(low0);
            lower1 = s1.lt(low1);
            next0 = next0.blend(s0, s0.lt(next0)).blend(low0, lower0);
            next1 = next1.blend(s1, s1.lt(next1)).blend(low1, lower1);
            low0 = low0.blend(s0, lower0);
            low1 = low1.blend(s1, lower1);
            at0 = at0.blend(center, lower0);
            at1 = at1.blend(center, lower1);
            norm = FloatVector.broadcast(FLOATS, norms[c0 + 3]);
            center = FloatVector.broadcast(FLOATS, (float) (c0 + 3));
            s0 = a03.fma(minusTwo, norm);
            s1 = a13.fma(minusTwo, norm);
            lower0 = s0.lt(low0);
            lower1 = s1.lt(low1);
            next0 = next0.blend(s0, s0.lt(next0)).blend(low0, lower0);
            next1 = next1.blend(s1, s1.lt(next1)).blend(low1, lower1);
            low0 = low0.blend(s0, lower0);
            low1 = low1.blend(s1, lower1);
            at0 = at0.blend(center, lower0);
            at1 = at1.blend(center, lower1);
            low0.intoArray(group, 0);
            low1.intoArray(group, FLOAT_LANES);
            next0.intoArray(group, SCREEN_GROUP);
            next1.intoArray(group, SCREEN_GROUP + FLOAT_LANES);
            at0.intoArray(group, 2 * SCREEN_GROUP);
            at1.intoArray(group, 2 * SCREEN_GROUP + FLOAT_LANES);
        }
    }

    /**
     * {@link #nearest} for at most eight centers, one block of them: centers in the lanes, four rows at a time,
     * each row shifted by the means as it is loaded, so rows are never copied. With so few centers per row,
     * packing the rows for {@link #nearestInGroup} would cost more than scoring them.
     */
    private static int nearestInOneBlock(double[] x, int start, int end, PreparedCenters centers, int[] labels) {
        int dims = centers.dims();
        double[] means = centers.means();
        double[] ct = centers.transposed();
        double[] norms = centers.squaredNorms();
        int changes = 0;
        int i = start;
        for (; i + 4 <= end; i += 4) {
            changes += nearestOfFourRows(x, i, dims, means, ct, norms, labels);
        }
        for (; i < end; i++) {
            changes += nearestOfOneRow(x, i, dims, means, ct, norms, labels);
        }
        return changes;
    }

    /**
     * Rows {@code i … i + 3} against the one block of centers, as {@link #scoreTileShifted} scores them. Each
     * row's label is the first center whose score equals the row's lowest: the center the other kernels'
     * strict in-order scan keeps, since scores are never NaN (the data checks keep squares finite, and
     * padding scores +∞). Returns how many labels changed.
     */
    private static int nearestOfFourRows(double[] x, int i, int dims, double[] means, double[] ct, double[] norms,
                                         int[] labels) {
        DoubleVector minusTwo = DoubleVector.broadcast(SPECIES, -2.0);
        int o0 = i * dims;
        int o1 = o0 + dims;
        int o2 = o1 + dims;
        int o3 = o2 + dims;
        DoubleVector a00 = DoubleVector.zero(SPECIES), a01 = a00, a10 = a00, a11 = a00;
        DoubleVector a20 = a00, a21 = a00, a30 = a00, a31 = a00;
        for (int j = 0; j < dims; j++) {
            int p = j * 2 * LANES;
            DoubleVector v0 = DoubleVector.fromArray(SPECIES, ct, p);
            DoubleVector v1 = DoubleVector.fromArray(SPECIES, ct, p + LANES);
            double m = means[j];
            DoubleVector x0 = DoubleVector.broadcast(SPECIES, x[o0 + j] - m);
            a00 = x0.fma(v0, a00);
            a01 = x0.fma(v1, a01);
            DoubleVector x1 = DoubleVector.broadcast(SPECIES, x[o1 + j] - m);
            a10 = x1.fma(v0, a10);
            a11 = x1.fma(v1, a11);
            DoubleVector x2 = DoubleVector.broadcast(SPECIES, x[o2 + j] - m);
            a20 = x2.fma(v0, a20);
            a21 = x2.fma(v1, a21);
            DoubleVector x3 = DoubleVector.broadcast(SPECIES, x[o3 + j] - m);
            a30 = x3.fma(v0, a30);
            a31 = x3.fma(v1, a31);
        }
        DoubleVector n0 = DoubleVector.fromArray(SPECIES, norms, 0);
        DoubleVector n1 = DoubleVector.fromArray(SPECIES, norms, LANES);
        // per row: the lowest score, in every lane, and the first center equal to it; written out per row,
        // as vectors must not cross a call
        int changes = 0;
        DoubleVector s0, s1, low;
        int label;
        s0 = a00.fma(minusTwo, n0);
        s1 = a01.fma(minusTwo, n1);
        low = DoubleVector.broadcast(SPECIES, s0.blend(s1, s1.lt(s0)).reduceLanes(VectorOperators.MIN));
        label = Long.numberOfTrailingZeros(s0.eq(low).toLong() | s1.eq(low).toLong() << LANES);
        if (labels[i] != label) {
            labels[i] = label;
            changes++;
        }
        s0 = a10.fma(minusTwo, n0);
        s1 = a11.fma(minusTwo, n1);
        low = DoubleVector.broadcast(SPECIES, s0.blend(s1, s1.lt(s0)).reduceLanes(VectorOperators.MIN));
        label = Long.numberOfTrailingZeros(s0.eq(low).toLong() | s1.eq(low).toLong() << LANES);
        if (labels[i + 1] != label) {
            labels[i + 1] = label;
            changes++;
        }
        s0 = a20.fma(minusTwo, n0);
        s1 = a21.fma(minusTwo, n1);
        low = DoubleVector.broadcast(SPECIES, s0.blend(s1, s1.lt(s0)).reduceLanes(VectorOperators.MIN));
        label = Long.numberOfTrailingZeros(s0.eq(low).toLong() | s1.eq(low).toLong() << LANES);
        if (labels[i + 2] != label) {
            labels[i + 2] = label;
            changes++;
        }
        s0 = a30.fma(minusTwo, n0);
        s1 = a31.fma(minusTwo, n1);
        low = DoubleVector.broadcast(SPECIES, s0.blend(s1, s1.lt(s0)).reduceLanes(VectorOperators.MIN));
        label = Long.numberOfTrailingZeros(s0.eq(low).toLong() | s1.eq(low).toLong() << LANES);
        if (labels[i + 3] != label) {
            labels[i + 3] = label;
            changes++;
        }
        return changes;
    }

    /** {@link #nearestOfFourRows} for row {@code i} alone. */
    private static int nearestOfOneRow(double[] x, int i, int dims, double[] means, double[] ct, double[] norms,
                                       int[] labels) {
        DoubleVector minusTwo = DoubleVector.broadcast(SPECIES, -2.0);
        int offset = i * dims;
        DoubleVector a0 = DoubleVector.zero(SPECIES), a1 = a0;
        for (int j = 0; j < dims; j++) {
            DoubleVector x0 = DoubleVector.broadcast(SPECIES, x[offset + j] - means[j]);
            a0 = x0.fma(DoubleVector.fromArray(SPECIES, ct, j * 2 * LANES), a0);
            a1 = x0.fma(DoubleVector.fromArray(SPECIES, ct, j * 2 * LANES + LANES), a1);
        }
        DoubleVector s0 = a0.fma(minusTwo, DoubleVector.fromArray(SPECIES, norms, 0));
        DoubleVector s1 = a1.fma(minusTwo, DoubleVector.fromArray(SPECIES, norms, LANES));
        DoubleVector low = DoubleVector.broadcast(SPECIES, s0.blend(s1, s1.lt(s0)).reduceLanes(VectorOperators.MIN));
        int label = Long.numberOfTrailingZeros(s0.eq(low).toLong() | s1.eq(low).toLong() << LANES);
        if (labels[i] == label) {
            return 0;
        }
        labels[i] = label;
        return 1;
    }

    @Override
    public void nearestTwo(double[] x, int[] rows, int count, PreparedCenters centers, int[] nearest, double[] lowest,
                           double[] second) {
        int dims = centers.dims();
        int paddedK = centers.paddedK();
        double[] panels = centers.panels();
        double[] norms = centers.squaredNorms();
        int blockRows = Math.clamp(BLOCK_VALUES / dims / GROUP * GROUP, GROUP, MAX_BLOCK_ROWS);
        double[] block = scratch(PACKED_ROWS, blockRows * dims);
        double[] best = scratch(BEST_SCORES, blockRows);
        double[] index = scratch(BEST_CENTERS, blockRows);
        double[] next = scratch(SECOND_SCORES, blockRows);
        for (int blockStart = 0; blockStart < count; blockStart += blockRows) {
            int size = Math.min(count - blockStart, blockRows);
            packListedRows(x, rows, blockStart, size, centers.means(), block);
            for (int g = 0; g < size; g += GROUP) {
                DoubleVector infinity = DoubleVector.broadcast(SPECIES, Double.POSITIVE_INFINITY);
                infinity.intoArray(best, g);
                infinity.intoArray(best, g + LANES);
                infinity.intoArray(next, g);
                infinity.intoArray(next, g + LANES);
                DoubleVector.zero(SPECIES).intoArray(index, g);
                DoubleVector.zero(SPECIES).intoArray(index, g + LANES);
                for (int c0 = 0; c0 < paddedK; c0 += PANEL) {
                    nearestTwoTile(block, g, dims, panels, c0, norms, best, next, index);
                }
            }
            for (int r = 0; r < size; r++) {
                nearest[blockStart + r] = (int) index[r];
                lowest[blockStart + r] = best[r];
                second[blockStart + r] = next[r];
            }
        }
    }

    @Override
    public double accumulate(double[] x, double[] rowWeights, int[] labels, int start, int end, double[] centers,
                             int dims, double[] sums, double[] weights, double inertia) {
        if (rowWeights == null) {
            return accumulateUnweighted(x, labels, start, end, centers, dims, sums, weights, inertia);
        }
        int vectorDims = dims / LANES * LANES;
        for (int i = start; i < end; i++) {
            int offset = i * dims;
            int label = labels[i];
            int target = label * dims;
            double w = rowWeights == null ? 1.0 : rowWeights[i];
            weights[label] += w;
            // the sums lane by lane: w·x then +, as the scalar kernel does value by value; the distance's
            // partial sums are SquaredDistance's four, one per lane
            DoubleVector weight = DoubleVector.broadcast(SPECIES, w);
            DoubleVector partial = DoubleVector.zero(SPECIES);
            int j = 0;
            for (; j < vectorDims; j += LANES) {
                DoubleVector v = DoubleVector.fromArray(SPECIES, x, offset + j);
                DoubleVector.fromArray(SPECIES, sums, target + j).add(v.mul(weight)).intoArray(sums, target + j);
                DoubleVector diff = v.sub(DoubleVector.fromArray(SPECIES, centers, target + j));
                partial = diff.fma(diff, partial);
            }
            double first = partial.lane(0);
            for (; j < dims; j++) {
                double v = x[offset + j];
                sums[target + j] += w * v;
                double diff = v - centers[target + j];
                first = Math.fma(diff, diff, first);
            }
            inertia += w * ((first + partial.lane(1)) + (partial.lane(2) + partial.lane(3)));
        }
        return inertia;
    }

    /**
     * {@link #accumulate} when every row weighs 1: the same bits with the products by the weight left out,
     * since 1·v is v exactly.
     */
    private static double accumulateUnweighted(double[] x, int[] labels, int start, int end, double[] centers,
                                               int dims, double[] sums, double[] weights, double inertia) {
        int vectorDims = dims / LANES * LANES;
        for (int i = start; i < end; i++) {
            int offset = i * dims;
            int label = labels[i];
            int target = label * dims;
            weights[label] += 1.0;
            DoubleVector partial = DoubleVector.zero(SPECIES);
            int j = 0;
            for (; j < vectorDims; j += LANES) {
                DoubleVector v = DoubleVector.fromArray(SPECIES, x, offset + j);
                DoubleVector.fromArray(SPECIES, sums, target + j).add(v).intoArray(sums, target + j);
                DoubleVector diff = v.sub(DoubleVector.fromArray(SPECIES, centers, target + j));
                partial = diff.fma(diff, partial);
            }
            double first = partial.lane(0);
            for (; j < dims; j++) {
                double v = x[offset + j];
                sums[target + j] += v;
                double diff = v - centers[target + j];
                first = Math.fma(diff, diff, first);
            }
            inertia += (first + partial.lane(1)) + (partial.lane(2) + partial.lane(3));
        }
        return inertia;
    }

    @Override
    public void scoreRows(double[] x, int start, int end, PreparedCenters centers, double[] out) {
        int dims = centers.dims();
        int paddedK = centers.paddedK();
        double[] ct = centers.transposed();
        double[] norms = centers.squaredNorms();
        if (paddedK == 2 * LANES) {
            scoreRowsOneBlock(x, start, end, centers, out);
            return;
        }
        for (int blockStart = start; blockStart < end; blockStart += ROW_BLOCK) {
            int blockEnd = Math.min(end, blockStart + ROW_BLOCK);
            int blockRows = blockEnd - blockStart;
            double[] rows = centeredBlock(x, blockStart, blockEnd, centers.means());
            int base = (blockStart - start) * paddedK;
            int r = 0;
            for (; r + 4 <= blockRows; r += 4) {
                for (int c0 = 0; c0 < paddedK; c0 += 2 * LANES) {
                    scoreTile(rows, r * dims, dims, ct, norms, paddedK, c0, out, base + r * paddedK);
                }
            }
            for (; r < blockRows; r++) {
                for (int c0 = 0; c0 < paddedK; c0 += 2 * LANES) {
                    scoreRow(rows, r * dims, dims, ct, norms, paddedK, c0, out, base + r * paddedK);
                }
            }
        }
    }

    /**
     * {@link #scoreRows} for at most eight centers (k-means++ trials, for one): each row meets one block of
     * centers only, so it is shifted by the means as it is loaded instead of being copied centered first.
     */
    private static void scoreRowsOneBlock(double[] x, int start, int end, PreparedCenters centers, double[] out) {
        DoubleVector minusTwo = DoubleVector.broadcast(SPECIES, -2.0);
        int dims = centers.dims();
        double[] means = centers.means();
        double[] ct = centers.transposed();
        double[] norms = centers.squaredNorms();
        int i = start;
        for (; i + 4 <= end; i += 4) {
            scoreTileShifted(x, i * dims, dims, means, ct, norms, out, (i - start) * 2 * LANES);
        }
        for (; i < end; i++) {
            int offset = i * dims;
            DoubleVector a0 = DoubleVector.zero(SPECIES), a1 = a0;
            for (int j = 0; j < dims; j++) {
                DoubleVector x0 = DoubleVector.broadcast(SPECIES, x[offset + j] - means[j]);
                a0 = x0.fma(DoubleVector.fromArray(SPECIES, ct, j * 2 * LANES), a0);
                a1 = x0.fma(DoubleVector.fromArray(SPECIES, ct, j * 2 * LANES + LANES), a1);
            }
            int base = (i - start) * 2 * LANES;
            a0.fma(minusTwo, DoubleVector.fromArray(SPECIES, norms, 0)).intoArray(out, base);
            a1.fma(minusTwo, DoubleVector.fromArray(SPECIES, norms, LANES)).intoArray(out, base + LANES);
        }
    }

    @Override
    public void scoreRowsByCenter(double[] x, PackedRows packed, int start, int end, PreparedCenters centers,
                                  double[] out) {
        int dims = centers.dims();
        int k = centers.k();
        double[] panels = centers.panels();
        double[] norms = centers.squaredNorms();
        int count = end - start;
        int blockRows = Math.clamp(BLOCK_VALUES / dims / GROUP * GROUP, GROUP, MAX_BLOCK_ROWS);
        double[] block = scratch(PACKED_ROWS, blockRows * dims);
        for (int blockStart = start; blockStart < end; blockStart += blockRows) {
            int rows = Math.min(end, blockStart + blockRows) - blockStart;
            double[] source = packedRows(x, packed, blockStart, rows, centers.means(), block);
            int shift = source == block ? 0 : blockStart * dims;
            for (int g = 0; g < rows; g += GROUP) {
                int at = blockStart - start + g;
                if (g + GROUP <= rows) {
                    for (int c0 = 0; c0 < k; c0 += PANEL) {
                        scoreTileByCenter(source, shift + g * dims, dims, panels, c0, norms, k, out, count, at);
                    }
                    continue;
                }
                // the last, partial group: whole vectors into a scratch tile, then only its live rows out
                double[] tail = scratch(TAIL_SCORES, k * GROUP);
                for (int c0 = 0; c0 < k; c0 += PANEL) {
                    scoreTileByCenter(source, shift + g * dims, dims, panels, c0, norms, k, tail, GROUP, 0);
                }
                for (int c = 0; c < k; c++) {
                    System.arraycopy(tail, c * GROUP, out, c * count + at, rows - g);
                }
            }
        }
    }

    /**
     * The group of eight packed rows from value {@code rowBase} of {@code block} against the {@link #PANEL}
     * centers from {@code c0}, as {@link #nearestInGroup} computes them; each real center's eight scores are stored at
     * {@code out[c·stride + at …]}.
     */
    private static void scoreTileByCenter(double[] block, int rowBase, int dims, double[] panels, int c0,
                                          double[] norms, int k, double[] out, int stride, int at) {
        DoubleVector minusTwo = DoubleVector.broadcast(SPECIES, -2.0);
        int panelBase = c0 * dims;
        DoubleVector a00 = DoubleVector.zero(SPECIES), a01 = a00, a02 = a00, a03 = a00;
        DoubleVector a10 = a00, a11 = a00, a12 = a00, a13 = a00;
        for (int j = 0; j < dims; j++) {
            int p = rowBase + j * GROUP;
            DoubleVector x0 = DoubleVector.fromArray(SPECIES, block, p);
            DoubleVector x1 = DoubleVector.fromArray(SPECIES, block, p + LANES);
            int q = panelBase + j * PANEL;
            DoubleVector b = DoubleVector.broadcast(SPECIES, panels[q]);
            a00 = x0.fma(b, a00);
            a10 = x1.fma(b, a10);
            b = DoubleVector.broadcast(SPECIES, panels[q + 1]);
            a01 = x0.fma(b, a01);
            a11 = x1.fma(b, a11);
            b = DoubleVector.broadcast(SPECIES, panels[q + 2]);
            a02 = x0.fma(b, a02);
            a12 = x1.fma(b, a12);
            b = DoubleVector.broadcast(SPECIES, panels[q + 3]);
            a03 = x0.fma(b, a03);
            a13 = x1.fma(b, a13);
        }
        int o = c0 * stride + at;
        a00.fma(minusTwo, DoubleVector.broadcast(SPECIES, norms[c0])).intoArray(out, o);
        a10.fma(minusTwo, DoubleVector.broadcast(SPECIES, norms[c0])).intoArray(out, o + LANES);
        if (c0 + 1 < k) {
            o += stride;
            a01.fma(minusTwo, DoubleVector.broadcast(SPECIES, norms[c0 + 1])).intoArray(out, o);
            a11.fma(minusTwo, DoubleVector.broadcast(SPECIES, norms[c0 + 1])).intoArray(out, o + LANES);
        }
        if (c0 + 2 < k) {
            o += stride;
            a02.fma(minusTwo, DoubleVector.broadcast(SPECIES, norms[c0 + 2])).intoArray(out, o);
            a12.fma(minusTwo, DoubleVector.broadcast(SPECIES, norms[c0 + 2])).intoArray(out, o + LANES);
        }
        if (c0 + 3 < k) {
            o += stride;
            a03.fma(minusTwo, DoubleVector.broadcast(SPECIES, norms[c0 + 3])).intoArray(out, o);
            a13.fma(minusTwo, DoubleVector.broadcast(SPECIES, norms[c0 + 3])).intoArray(out, o + LANES);
        }
    }

    /** Four rows against the one block of centers, shifting each value by its mean as it is loaded. */
    private static void scoreTileShifted(double[] x, int offset, int dims, double[] means, double[] ct, double[] norms,
                                         double[] out, int base) {
        DoubleVector minusTwo = DoubleVector.broadcast(SPECIES, -2.0);
        int o1 = offset + dims;
        int o2 = o1 + dims;
        int o3 = o2 + dims;
        DoubleVector a00 = DoubleVector.zero(SPECIES), a01 = a00, a10 = a00, a11 = a00;
        DoubleVector a20 = a00, a21 = a00, a30 = a00, a31 = a00;
        for (int j = 0; j < dims; j++) {
            int p = j * 2 * LANES;
            DoubleVector v0 = DoubleVector.fromArray(SPECIES, ct, p);
            DoubleVector v1 = DoubleVector.fromArray(SPECIES, ct, p + LANES);
            double m = means[j];
            DoubleVector x0 = DoubleVector.broadcast(SPECIES, x[offset + j] - m);
            a00 = x0.fma(v0, a00);
            a01 = x0.fma(v1, a01);
            DoubleVector x1 = DoubleVector.broadcast(SPECIES, x[o1 + j] - m);
            a10 = x1.fma(v0, a10);
            a11 = x1.fma(v1, a11);
            DoubleVector x2 = DoubleVector.broadcast(SPECIES, x[o2 + j] - m);
            a20 = x2.fma(v0, a20);
            a21 = x2.fma(v1, a21);
            DoubleVector x3 = DoubleVector.broadcast(SPECIES, x[o3 + j] - m);
            a30 = x3.fma(v0, a30);
            a31 = x3.fma(v1, a31);
        }
        DoubleVector n0 = DoubleVector.fromArray(SPECIES, norms, 0);
        DoubleVector n1 = DoubleVector.fromArray(SPECIES, norms, LANES);
        a00.fma(minusTwo, n0).intoArray(out, base);
        a01.fma(minusTwo, n1).intoArray(out, base + LANES);
        a10.fma(minusTwo, n0).intoArray(out, base + 2 * LANES);
        a11.fma(minusTwo, n1).intoArray(out, base + 3 * LANES);
        a20.fma(minusTwo, n0).intoArray(out, base + 4 * LANES);
        a21.fma(minusTwo, n1).intoArray(out, base + 5 * LANES);
        a30.fma(minusTwo, n0).intoArray(out, base + 6 * LANES);
        a31.fma(minusTwo, n1).intoArray(out, base + 7 * LANES);
    }

    /**
     * Scores four consecutive centered rows (starting at value {@code offset} of {@code rows}) against the
     * eight centers of the block at {@code c0}, into {@code tile[base + r·paddedK + c0 …]}: eight
     * accumulators in registers, each center coordinate loaded once for the four rows.
     */
    private static void scoreTile(double[] rows, int offset, int dims, double[] ct, double[] norms,
                                  int paddedK, int c0, double[] tile, int base) {
        DoubleVector minusTwo = DoubleVector.broadcast(SPECIES, -2.0);
        int o1 = offset + dims;
        int o2 = o1 + dims;
        int o3 = o2 + dims;
        DoubleVector a00 = DoubleVector.zero(SPECIES), a01 = a00, a10 = a00, a11 = a00;
        DoubleVector a20 = a00, a21 = a00, a30 = a00, a31 = a00;
        for (int j = 0; j < dims; j++) {
            int p = j * paddedK + c0;
            DoubleVector v0 = DoubleVector.fromArray(SPECIES, ct, p);
            DoubleVector v1 = DoubleVector.fromArray(SPECIES, ct, p + LANES);
            DoubleVector x0 = DoubleVector.broadcast(SPECIES, rows[offset + j]);
            a00 = x0.fma(v0, a00);
            a01 = x0.fma(v1, a01);
            DoubleVector x1 = DoubleVector.broadcast(SPECIES, rows[o1 + j]);
            a10 = x1.fma(v0, a10);
            a11 = x1.fma(v1, a11);
            DoubleVector x2 = DoubleVector.broadcast(SPECIES, rows[o2 + j]);
            a20 = x2.fma(v0, a20);
            a21 = x2.fma(v1, a21);
            DoubleVector x3 = DoubleVector.broadcast(SPECIES, rows[o3 + j]);
            a30 = x3.fma(v0, a30);
            a31 = x3.fma(v1, a31);
        }
        DoubleVector n0 = DoubleVector.fromArray(SPECIES, norms, c0);
        DoubleVector n1 = DoubleVector.fromArray(SPECIES, norms, c0 + LANES);
        a00.fma(minusTwo, n0).intoArray(tile, base + c0);
        a01.fma(minusTwo, n1).intoArray(tile, base + c0 + LANES);
        a10.fma(minusTwo, n0).intoArray(tile, base + paddedK + c0);
        a11.fma(minusTwo, n1).intoArray(tile, base + paddedK + c0 + LANES);
        a20.fma(minusTwo, n0).intoArray(tile, base + 2 * paddedK + c0);
        a21.fma(minusTwo, n1).intoArray(tile, base + 2 * paddedK + c0 + LANES);
        a30.fma(minusTwo, n0).intoArray(tile, base + 3 * paddedK + c0);
        a31.fma(minusTwo, n1).intoArray(tile, base + 3 * paddedK + c0 + LANES);
    }

    /** One centered row (at value {@code offset}) against the block at {@code c0}, into {@code tile[base + c0 …]}. */
    private static void scoreRow(double[] rows, int offset, int dims, double[] ct, double[] norms,
                                 int paddedK, int c0, double[] tile, int base) {
        DoubleVector minusTwo = DoubleVector.broadcast(SPECIES, -2.0);
        DoubleVector a0 = DoubleVector.zero(SPECIES), a1 = a0;
        for (int j = 0; j < dims; j++) {
            int p = j * paddedK + c0;
            DoubleVector x0 = DoubleVector.broadcast(SPECIES, rows[offset + j]);
            a0 = x0.fma(DoubleVector.fromArray(SPECIES, ct, p), a0);
            a1 = x0.fma(DoubleVector.fromArray(SPECIES, ct, p + LANES), a1);
        }
        a0.fma(minusTwo, DoubleVector.fromArray(SPECIES, norms, c0)).intoArray(tile, base + c0);
        a1.fma(minusTwo, DoubleVector.fromArray(SPECIES, norms, c0 + LANES)).intoArray(tile, base + c0 + LANES);
    }

    @Override
    public void scores(double[] row, PreparedCenters centers, double[] out) {
        DoubleVector minusTwo = DoubleVector.broadcast(SPECIES, -2.0);
        int dims = centers.dims();
        int k = centers.k();
        int paddedK = centers.paddedK();
        double[] ct = centers.transposed();
        double[] norms = centers.squaredNorms();
        for (int c0 = 0; c0 < paddedK; c0 += 2 * LANES) {
            DoubleVector a0 = DoubleVector.zero(SPECIES), a1 = a0;
            for (int j = 0; j < dims; j++) {
                int p = j * paddedK + c0;
                DoubleVector x0 = DoubleVector.broadcast(SPECIES, row[j]);
                a0 = x0.fma(DoubleVector.fromArray(SPECIES, ct, p), a0);
                a1 = x0.fma(DoubleVector.fromArray(SPECIES, ct, p + LANES), a1);
            }
            DoubleVector s0 = a0.fma(minusTwo, DoubleVector.fromArray(SPECIES, norms, c0));
            DoubleVector s1 = a1.fma(minusTwo, DoubleVector.fromArray(SPECIES, norms, c0 + LANES));
            if (c0 + 2 * LANES <= k) {
                s0.intoArray(out, c0);
                s1.intoArray(out, c0 + LANES);
            } else {
                for (int lane = 0; lane < LANES; lane++) {
                    if (c0 + lane < k) {
                        out[c0 + lane] = s0.lane(lane);
                    }
                    if (c0 + LANES + lane < k) {
                        out[c0 + LANES + lane] = s1.lane(lane);
                    }
                }
            }
        }
    }

    /**
     * The group of eight packed rows from value {@code rowBase} of {@code block} against every panel of
     * {@link #PANEL} centers, their best scores and centers kept at {@code g … g + 7}: per panel, eight dot
     * products per row-vector pair as FMA chains over j, then each center's score replaces the row's best
     * so far where it is strictly lower (so ties keep the lower center, as in every kernel). One
     * call per group, not per panel: the JIT does not inline a method this large, so each call costs.
     */
    private static void nearestInGroup(double[] block, int rowBase, int g, int dims, double[] panels, int paddedK,
                                       double[] norms, double[] best, double[] index) {
        DoubleVector.broadcast(SPECIES, Double.POSITIVE_INFINITY).intoArray(best, g);
        DoubleVector.broadcast(SPECIES, Double.POSITIVE_INFINITY).intoArray(best, g + LANES);
        DoubleVector.zero(SPECIES).intoArray(index, g);
        DoubleVector.zero(SPECIES).intoArray(index, g + LANES);
        for (int c0 = 0; c0 < paddedK; c0 += PANEL) {
            int panelBase = c0 * dims;
            DoubleVector a00 = DoubleVector.zero(SPECIES), a01 = a00, a02 = a00, a03 = a00;
            DoubleVector a10 = a00, a11 = a00, a12 = a00, a13 = a00;
            for (int j = 0; j < dims; j++) {
                int p = rowBase + j * GROUP;
                DoubleVector x0 = DoubleVector.fromArray(SPECIES, block, p);
                DoubleVector x1 = DoubleVector.fromArray(SPECIES, block, p + LANES);
                int q = panelBase + j * PANEL;
                DoubleVector b = DoubleVector.broadcast(SPECIES, panels[q]);
                a00 = x0.fma(b, a00);
                a10 = x1.fma(b, a10);
                b = DoubleVector.broadcast(SPECIES, panels[q + 1]);
                a01 = x0.fma(b, a01);
                a11 = x1.fma(b, a11);
                b = DoubleVector.broadcast(SPECIES, panels[q + 2]);
                a02 = x0.fma(b, a02);
                a12 = x1.fma(b, a12);
                b = DoubleVector.broadcast(SPECIES, panels[q + 3]);
                a03 = x0.fma(b, a03);
                a13 = x1.fma(b, a13);
            }
            // the running best through memory, not registers: the FMA loop above needs all but a few
            DoubleVector minusTwo = DoubleVector.broadcast(SPECIES, -2.0);
            DoubleVector best0 = DoubleVector.fromArray(SPECIES, best, g);
            DoubleVector best1 = DoubleVector.fromArray(SPECIES, best, g + LANES);
            DoubleVector index0 = DoubleVector.fromArray(SPECIES, index, g);
            DoubleVector index1 = DoubleVector.fromArray(SPECIES, index, g + LANES);
            DoubleVector norm = DoubleVector.broadcast(SPECIES, norms[c0]);
            DoubleVector center = DoubleVector.broadcast(SPECIES, (double) c0);
            DoubleVector s0 = a00.fma(minusTwo, norm);
            DoubleVector s1 = a10.fma(minusTwo, norm);
            VectorMask<Double> lower0 = s0.lt(best0);
            VectorMask<Double> lower1 = s1.lt(best1);
            best0 = best0.blend(s0, lower0);
            best1 = best1.blend(s1, lower1);
            index0 = index0.blend(center, lower0);
            index1 = index1.blend(center, lower1);
            norm = DoubleVector.broadcast(SPECIES, norms[c0 + 1]);
            center = DoubleVector.broadcast(SPECIES, (double) (c0 + 1));
            s0 = a01.fma(minusTwo, norm);
            s1 = a11.fma(minusTwo, norm);
            lower0 = s0.lt(best0);
            lower1 = s1.lt(best1);
            best0 = best0.blend(s0, lower0);
            best1 = best1.blend(s1, lower1);
            index0 = index0.blend(center, lower0);
            index1 = index1.blend(center, lower1);
            norm = DoubleVector.broadcast(SPECIES, norms[c0 + 2]);
            center = DoubleVector.broadcast(SPECIES, (double) (c0 + 2));
            s0 = a02.fma(minusTwo, norm);
            s1 = a12.fma(minusTwo, norm);
            lower0 = s0.lt(best0);
            lower1 = s1.lt(best1);
            best0 = best0.blend(s0, lower0);
            best1 = best1.blend(s1, lower1);
            index0 = index0.blend(center, lower0);
            index1 = index1.blend(center, lower1);
            norm = DoubleVector.broadcast(SPECIES, norms[c0 + 3]);
            center = DoubleVector.broadcast(SPECIES, (double) (c0 + 3));
            s0 = a03.fma(minusTwo, norm);
            s1 = a13.fma(minusTwo, norm);
            lower0 = s0.lt(best0);
            lower1 = s1.lt(best1);
            best0 = best0.blend(s0, lower0);
            best1 = best1.blend(s1, lower1);
            index0 = index0.blend(center, lower0);
            index1 = index1.blend(center, lower1);
            best0.intoArray(best, g);
            best1.intoArray(best, g + LANES);
            index0.intoArray(index, g);
            index1.intoArray(index, g + LANES);
        }
    }

    /**
     * {@link #nearestInGroup} for one panel, also keeping each row's second-lowest score: where a score is strictly lower
     * than the best, the best becomes the second; otherwise it replaces the second where strictly lower.
     */
    private static void nearestTwoTile(double[] block, int g, int dims, double[] panels, int c0,
                                       double[] norms, double[] best, double[] second, double[] index) {
        DoubleVector minusTwo = DoubleVector.broadcast(SPECIES, -2.0);
        int rowBase = g * dims;
        int panelBase = c0 * dims;
        DoubleVector a00 = DoubleVector.zero(SPECIES), a01 = a00, a02 = a00, a03 = a00;
        DoubleVector a10 = a00, a11 = a00, a12 = a00, a13 = a00;
        for (int j = 0; j < dims; j++) {
            int p = rowBase + j * GROUP;
            DoubleVector x0 = DoubleVector.fromArray(SPECIES, block, p);
            DoubleVector x1 = DoubleVector.fromArray(SPECIES, block, p + LANES);
            int q = panelBase + j * PANEL;
            DoubleVector b = DoubleVector.broadcast(SPECIES, panels[q]);
            a00 = x0.fma(b, a00);
            a10 = x1.fma(b, a10);
            b = DoubleVector.broadcast(SPECIES, panels[q + 1]);
            a01 = x0.fma(b, a01);
            a11 = x1.fma(b, a11);
            b = DoubleVector.broadcast(SPECIES, panels[q + 2]);
            a02 = x0.fma(b, a02);
            a12 = x1.fma(b, a12);
            b = DoubleVector.broadcast(SPECIES, panels[q + 3]);
            a03 = x0.fma(b, a03);
            a13 = x1.fma(b, a13);
        }
        DoubleVector best0 = DoubleVector.fromArray(SPECIES, best, g);
        DoubleVector best1 = DoubleVector.fromArray(SPECIES, best, g + LANES);
        DoubleVector second0 = DoubleVector.fromArray(SPECIES, second, g);
        DoubleVector second1 = DoubleVector.fromArray(SPECIES, second, g + LANES);
        DoubleVector index0 = DoubleVector.fromArray(SPECIES, index, g);
        DoubleVector index1 = DoubleVector.fromArray(SPECIES, index, g + LANES);
        DoubleVector norm0 = DoubleVector.broadcast(SPECIES, norms[c0]);
        DoubleVector center0 = DoubleVector.broadcast(SPECIES, c0);
        DoubleVector s00 = a00.fma(minusTwo, norm0);
        VectorMask<Double> lower00 = s00.lt(best0);
        second0 = second0.blend(s00, s00.lt(second0)).blend(best0, lower00);
        best0 = best0.blend(s00, lower00);
        index0 = index0.blend(center0, lower00);
        DoubleVector s10 = a10.fma(minusTwo, norm0);
        VectorMask<Double> lower10 = s10.lt(best1);
        second1 = second1.blend(s10, s10.lt(second1)).blend(best1, lower10);
        best1 = best1.blend(s10, lower10);
        index1 = index1.blend(center0, lower10);
        DoubleVector norm1 = DoubleVector.broadcast(SPECIES, norms[c0 + 1]);
        DoubleVector center1 = DoubleVector.broadcast(SPECIES, c0 + 1);
        DoubleVector s01 = a01.fma(minusTwo, norm1);
        VectorMask<Double> lower01 = s01.lt(best0);
        second0 = second0.blend(s01, s01.lt(second0)).blend(best0, lower01);
        best0 = best0.blend(s01, lower01);
        index0 = index0.blend(center1, lower01);
        DoubleVector s11 = a11.fma(minusTwo, norm1);
        VectorMask<Double> lower11 = s11.lt(best1);
        second1 = second1.blend(s11, s11.lt(second1)).blend(best1, lower11);
        best1 = best1.blend(s11, lower11);
        index1 = index1.blend(center1, lower11);
        DoubleVector norm2 = DoubleVector.broadcast(SPECIES, norms[c0 + 2]);
        DoubleVector center2 = DoubleVector.broadcast(SPECIES, c0 + 2);
        DoubleVector s02 = a02.fma(minusTwo, norm2);
        VectorMask<Double> lower02 = s02.lt(best0);
        second0 = second0.blend(s02, s02.lt(second0)).blend(best0, lower02);
        best0 = best0.blend(s02, lower02);
        index0 = index0.blend(center2, lower02);
        DoubleVector s12 = a12.fma(minusTwo, norm2);
        VectorMask<Double> lower12 = s12.lt(best1);
        second1 = second1.blend(s12, s12.lt(second1)).blend(best1, lower12);
        best1 = best1.blend(s12, lower12);
        index1 = index1.blend(center2, lower12);
        DoubleVector norm3 = DoubleVector.broadcast(SPECIES, norms[c0 + 3]);
        DoubleVector center3 = DoubleVector.broadcast(SPECIES, c0 + 3);
        DoubleVector s03 = a03.fma(minusTwo, norm3);
        VectorMask<Double> lower03 = s03.lt(best0);
        second0 = second0.blend(s03, s03.lt(second0)).blend(best0, lower03);
        best0 = best0.blend(s03, lower03);
        index0 = index0.blend(center3, lower03);
        DoubleVector s13 = a13.fma(minusTwo, norm3);
        VectorMask<Double> lower13 = s13.lt(best1);
        second1 = second1.blend(s13, s13.lt(second1)).blend(best1, lower13);
        best1 = best1.blend(s13, lower13);
        index1 = index1.blend(center3, lower13);
        best0.intoArray(best, g);
        best1.intoArray(best, g + LANES);
        second0.intoArray(second, g);
        second1.intoArray(second, g + LANES);
        index0.intoArray(index, g);
        index1.intoArray(index, g + LANES);
    }
}
