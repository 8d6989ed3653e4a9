package dev.basin.kmeans.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernel on the Vector API: lanes run over centers, so each lane's dot product is the same fused
 * multiply-add chain over j as the scalar kernel's (the same bits), while a 4-row × 8-center tile keeps
 * eight accumulators in registers and loads each center coordinate once for four rows.
 *
 * <p>A tile's scores go to a small per-thread array and each row's lowest is found there in center order
 * (strictly lower wins), which is exactly the scalar kernel's tie rule. Each tile is its own small method
 * so that the JIT compiles every vector operation to registers.
 */
final class VectorDistanceKernel implements DistanceKernel {
    static final VectorDistanceKernel INSTANCE = new VectorDistanceKernel();

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;
    private static final int LANES = SPECIES.length();

    private VectorDistanceKernel() {
    }

    /** @return whether the CPU runs 256-bit double vectors natively (otherwise the API would be slow) */
    static boolean usable() {
        return DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= 256 && PreparedCenters.BLOCK == 2 * LANES;
    }

    @Override
    public String name() {
        return "vector";
    }

    /** Rows centered at a time into a per-thread buffer, so the tiles broadcast straight from memory. */
    private static final int ROW_BLOCK = 128;

    /** Per-thread space: the scores of a tile of rows, and a block of centered rows; grown, never shrunk. */
    private static final ThreadLocal<double[][]> SCRATCH = ThreadLocal.withInitial(() -> new double[][]{new double[0], new double[0]});

    private static double[] tileScores(int size) {
        double[][] scratch = SCRATCH.get();
        if (scratch[0].length < size) {
            scratch[0] = new double[size];
        }
        return scratch[0];
    }

    /** Rows {@code start … end − 1} minus the means, row-major, in a per-thread buffer. */
    private static double[] centeredBlock(double[] x, int start, int end, double[] means) {
        int dims = means.length;
        double[][] scratch = SCRATCH.get();
        if (scratch[1].length < ROW_BLOCK * dims) {
            scratch[1] = new double[ROW_BLOCK * dims];
        }
        double[] block = scratch[1];
        for (int i = start; i < end; i++) {
            int from = i * dims;
            int to = (i - start) * dims;
            for (int j = 0; j < dims; j++) {
                block[to + j] = x[from + j] - means[j];
            }
        }
        return block;
    }

    @Override
    public int nearest(double[] x, int start, int end, PreparedCenters centers, int[] labels) {
        int dims = centers.dims();
        int k = centers.k();
        int paddedK = centers.paddedK();
        double[] ct = centers.transposed();
        double[] norms = centers.squaredNorms();
        double[] tile = tileScores(4 * paddedK);
        if (paddedK == 2 * LANES) {
            return nearestOneBlock(x, start, end, centers, labels, tile);
        }
        int changes = 0;
        for (int blockStart = start; blockStart < end; blockStart += ROW_BLOCK) {
            int blockEnd = Math.min(end, blockStart + ROW_BLOCK);
            int blockRows = blockEnd - blockStart;
            double[] rows = centeredBlock(x, blockStart, blockEnd, centers.means());
            int r = 0;
            for (; r + 4 <= blockRows; r += 4) {
                for (int c0 = 0; c0 < paddedK; c0 += 2 * LANES) {
                    scoreTile(rows, r * dims, dims, ct, norms, paddedK, c0, tile, 0);
                }
                for (int q = 0; q < 4; q++) {
                    changes += settle(labels, blockStart + r + q, tile, q * paddedK, k);
                }
            }
            for (; r < blockRows; r++) {
                for (int c0 = 0; c0 < paddedK; c0 += 2 * LANES) {
                    scoreRow(rows, r * dims, dims, ct, norms, paddedK, c0, tile, 0);
                }
                changes += settle(labels, blockStart + r, tile, 0, k);
            }
        }
        return changes;
    }

    /**
     * {@link #nearest} for at most eight centers: each row is used by one block only, so it is shifted by
     * the means as it is loaded instead of being copied first.
     */
    private static int nearestOneBlock(double[] x, int start, int end, PreparedCenters centers, int[] labels,
                                       double[] tile) {
        int dims = centers.dims();
        int k = centers.k();
        double[] means = centers.means();
        double[] ct = centers.transposed();
        double[] norms = centers.squaredNorms();
        int changes = 0;
        int i = start;
        for (; i + 4 <= end; i += 4) {
            scoreTileShifted(x, i * dims, dims, means, ct, norms, tile);
            for (int q = 0; q < 4; q++) {
                changes += settle(labels, i + q, tile, q * 2 * LANES, k);
            }
        }
        for (; i < end; i++) {
            int offset = i * dims;
            DoubleVector a0 = DoubleVector.zero(SPECIES), a1 = a0;
            for (int j = 0; j < dims; j++) {
                DoubleVector x0 = DoubleVector.broadcast(SPECIES, x[offset + j] - means[j]);
                a0 = x0.fma(DoubleVector.fromArray(SPECIES, ct, j * 2 * LANES), a0);
                a1 = x0.fma(DoubleVector.fromArray(SPECIES, ct, j * 2 * LANES + LANES), a1);
            }
            a0.mul(-2.0).add(DoubleVector.fromArray(SPECIES, norms, 0)).intoArray(tile, 0);
            a1.mul(-2.0).add(DoubleVector.fromArray(SPECIES, norms, LANES)).intoArray(tile, LANES);
            changes += settle(labels, i, tile, 0, k);
        }
        return changes;
    }

    /** Four rows against the one block of centers, shifting each value by its mean as it is loaded. */
    private static void scoreTileShifted(double[] x, int offset, int dims, double[] means, double[] ct, double[] norms,
                                         double[] tile) {
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
        a00.mul(-2.0).add(n0).intoArray(tile, 0);
        a01.mul(-2.0).add(n1).intoArray(tile, LANES);
        a10.mul(-2.0).add(n0).intoArray(tile, 2 * LANES);
        a11.mul(-2.0).add(n1).intoArray(tile, 3 * LANES);
        a20.mul(-2.0).add(n0).intoArray(tile, 4 * LANES);
        a21.mul(-2.0).add(n1).intoArray(tile, 5 * LANES);
        a30.mul(-2.0).add(n0).intoArray(tile, 6 * LANES);
        a31.mul(-2.0).add(n1).intoArray(tile, 7 * LANES);
    }

    @Override
    public void scoreRows(double[] x, int start, int end, PreparedCenters centers, double[] out, double[] rowNorms) {
        int dims = centers.dims();
        int paddedK = centers.paddedK();
        double[] ct = centers.transposed();
        double[] norms = centers.squaredNorms();
        for (int blockStart = start; blockStart < end; blockStart += ROW_BLOCK) {
            int blockEnd = Math.min(end, blockStart + ROW_BLOCK);
            int blockRows = blockEnd - blockStart;
            double[] rows = centeredBlock(x, blockStart, blockEnd, centers.means());
            for (int r = 0; r < blockRows; r++) {
                double norm = 0;
                for (int j = 0; j < dims; j++) {
                    double v = rows[r * dims + j];
                    norm = Math.fma(v, v, norm);
                }
                rowNorms[blockStart - start + r] = norm;
            }
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
     * Scores four consecutive centered rows (starting at value {@code offset} of {@code rows}) against the
     * eight centers of the block at {@code c0}, into {@code tile[base + r·paddedK + c0 …]}: eight
     * accumulators in registers, each center coordinate loaded once for the four rows.
     */
    private static void scoreTile(double[] rows, int offset, int dims, double[] ct, double[] norms,
                                  int paddedK, int c0, double[] tile, int base) {
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
        a00.mul(-2.0).add(n0).intoArray(tile, base + c0);
        a01.mul(-2.0).add(n1).intoArray(tile, base + c0 + LANES);
        a10.mul(-2.0).add(n0).intoArray(tile, base + paddedK + c0);
        a11.mul(-2.0).add(n1).intoArray(tile, base + paddedK + c0 + LANES);
        a20.mul(-2.0).add(n0).intoArray(tile, base + 2 * paddedK + c0);
        a21.mul(-2.0).add(n1).intoArray(tile, base + 2 * paddedK + c0 + LANES);
        a30.mul(-2.0).add(n0).intoArray(tile, base + 3 * paddedK + c0);
        a31.mul(-2.0).add(n1).intoArray(tile, base + 3 * paddedK + c0 + LANES);
    }

    /** One centered row (at value {@code offset}) against the block at {@code c0}, into {@code tile[base + c0 …]}. */
    private static void scoreRow(double[] rows, int offset, int dims, double[] ct, double[] norms,
                                 int paddedK, int c0, double[] tile, int base) {
        DoubleVector a0 = DoubleVector.zero(SPECIES), a1 = a0;
        for (int j = 0; j < dims; j++) {
            int p = j * paddedK + c0;
            DoubleVector x0 = DoubleVector.broadcast(SPECIES, rows[offset + j]);
            a0 = x0.fma(DoubleVector.fromArray(SPECIES, ct, p), a0);
            a1 = x0.fma(DoubleVector.fromArray(SPECIES, ct, p + LANES), a1);
        }
        a0.mul(-2.0).add(DoubleVector.fromArray(SPECIES, norms, c0)).intoArray(tile, base + c0);
        a1.mul(-2.0).add(DoubleVector.fromArray(SPECIES, norms, c0 + LANES)).intoArray(tile, base + c0 + LANES);
    }

    /** Stores the row's lowest-scoring center (ties to the lower index); returns 1 if its label changed. */
    private static int settle(int[] labels, int row, double[] tile, int offset, int k) {
        int label = 0;
        double lowest = tile[offset];
        for (int c = 1; c < k; c++) {
            // written as selects, not a branch: which center wins is unpredictable from row to row
            double s = tile[offset + c];
            boolean lower = s < lowest;
            label = lower ? c : label;
            lowest = lower ? s : lowest;
        }
        if (labels[row] != label) {
            labels[row] = label;
            return 1;
        }
        return 0;
    }

    @Override
    public void scores(double[] row, PreparedCenters centers, double[] out) {
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
            DoubleVector s0 = a0.mul(-2.0).add(DoubleVector.fromArray(SPECIES, norms, c0));
            DoubleVector s1 = a1.mul(-2.0).add(DoubleVector.fromArray(SPECIES, norms, c0 + LANES));
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
}
