package dev.basin.kmeans.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernel on the Vector API: lanes run over centers, so each lane's dot product is the same fused
 * multiply-add chain over j as the scalar kernel's (the same bits), while a 4-row × 8-center tile keeps
 * eight accumulators in registers and loads each center coordinate once for four rows.
 *
 * <p>The best score and its center are tracked per lane (strictly lower wins, and each lane sees its
 * centers in increasing order) and reduced across lanes at the end of the row, lowest index among equal
 * scores, which is exactly the scalar kernel's tie rule.
 */
final class VectorDistanceKernel implements DistanceKernel {
    static final VectorDistanceKernel INSTANCE = new VectorDistanceKernel();

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;
    private static final int LANES = SPECIES.length();
    private static final double[] LANE_INDEX = {0, 1, 2, 3};

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

    @Override
    public int nearest(double[] x, int start, int end, PreparedCenters centers, int[] labels) {
        int dims = centers.dims();
        int paddedK = centers.paddedK();
        double[] means = centers.means();
        double[] ct = centers.transposed();
        double[] norms = centers.squaredNorms();
        DoubleVector laneIndex = DoubleVector.fromArray(SPECIES, LANE_INDEX, 0);
        DoubleVector infinity = DoubleVector.broadcast(SPECIES, Double.POSITIVE_INFINITY);
        int changes = 0;
        int i = start;
        for (; i + 4 <= end; i += 4) {
            int o0 = i * dims;
            int o1 = o0 + dims;
            int o2 = o1 + dims;
            int o3 = o2 + dims;
            DoubleVector best00 = infinity, best01 = infinity, best10 = infinity, best11 = infinity;
            DoubleVector best20 = infinity, best21 = infinity, best30 = infinity, best31 = infinity;
            DoubleVector at00 = infinity, at01 = infinity, at10 = infinity, at11 = infinity;
            DoubleVector at20 = infinity, at21 = infinity, at30 = infinity, at31 = infinity;
            for (int c0 = 0; c0 < paddedK; c0 += 2 * LANES) {
                DoubleVector a00 = DoubleVector.zero(SPECIES), a01 = a00, a10 = a00, a11 = a00;
                DoubleVector a20 = a00, a21 = a00, a30 = a00, a31 = a00;
                for (int j = 0; j < dims; j++) {
                    int p = j * paddedK + c0;
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
                DoubleVector n0 = DoubleVector.fromArray(SPECIES, norms, c0);
                DoubleVector n1 = DoubleVector.fromArray(SPECIES, norms, c0 + LANES);
                DoubleVector i0 = laneIndex.add(c0);
                DoubleVector i1 = laneIndex.add(c0 + LANES);
                DoubleVector s;
                VectorMask<Double> lower;
                s = a00.mul(-2.0).add(n0); lower = s.lt(best00); best00 = best00.blend(s, lower); at00 = at00.blend(i0, lower);
                s = a01.mul(-2.0).add(n1); lower = s.lt(best01); best01 = best01.blend(s, lower); at01 = at01.blend(i1, lower);
                s = a10.mul(-2.0).add(n0); lower = s.lt(best10); best10 = best10.blend(s, lower); at10 = at10.blend(i0, lower);
                s = a11.mul(-2.0).add(n1); lower = s.lt(best11); best11 = best11.blend(s, lower); at11 = at11.blend(i1, lower);
                s = a20.mul(-2.0).add(n0); lower = s.lt(best20); best20 = best20.blend(s, lower); at20 = at20.blend(i0, lower);
                s = a21.mul(-2.0).add(n1); lower = s.lt(best21); best21 = best21.blend(s, lower); at21 = at21.blend(i1, lower);
                s = a30.mul(-2.0).add(n0); lower = s.lt(best30); best30 = best30.blend(s, lower); at30 = at30.blend(i0, lower);
                s = a31.mul(-2.0).add(n1); lower = s.lt(best31); best31 = best31.blend(s, lower); at31 = at31.blend(i1, lower);
            }
            changes += settle(labels, i, best00, best01, at00, at01);
            changes += settle(labels, i + 1, best10, best11, at10, at11);
            changes += settle(labels, i + 2, best20, best21, at20, at21);
            changes += settle(labels, i + 3, best30, best31, at30, at31);
        }
        for (; i < end; i++) {
            int o0 = i * dims;
            DoubleVector best0 = infinity, best1 = infinity, at0 = infinity, at1 = infinity;
            for (int c0 = 0; c0 < paddedK; c0 += 2 * LANES) {
                DoubleVector a0 = DoubleVector.zero(SPECIES), a1 = a0;
                for (int j = 0; j < dims; j++) {
                    int p = j * paddedK + c0;
                    DoubleVector x0 = DoubleVector.broadcast(SPECIES, x[o0 + j] - means[j]);
                    a0 = x0.fma(DoubleVector.fromArray(SPECIES, ct, p), a0);
                    a1 = x0.fma(DoubleVector.fromArray(SPECIES, ct, p + LANES), a1);
                }
                DoubleVector s;
                VectorMask<Double> lower;
                s = a0.mul(-2.0).add(DoubleVector.fromArray(SPECIES, norms, c0));
                lower = s.lt(best0); best0 = best0.blend(s, lower); at0 = at0.blend(laneIndex.add(c0), lower);
                s = a1.mul(-2.0).add(DoubleVector.fromArray(SPECIES, norms, c0 + LANES));
                lower = s.lt(best1); best1 = best1.blend(s, lower); at1 = at1.blend(laneIndex.add(c0 + LANES), lower);
            }
            changes += settle(labels, i, best0, best1, at0, at1);
        }
        return changes;
    }

    /** Reduces a row's per-lane bests to one label (lowest score, then lowest index) and stores it. */
    private static int settle(int[] labels, int row, DoubleVector best0, DoubleVector best1, DoubleVector at0,
                              DoubleVector at1) {
        DoubleVector best = best0.min(best1);
        double lowest = best.reduceLanes(VectorOperators.MIN);
        DoubleVector candidates0 = at0.blend(Double.POSITIVE_INFINITY, best0.compare(VectorOperators.NE, lowest));
        DoubleVector candidates1 = at1.blend(Double.POSITIVE_INFINITY, best1.compare(VectorOperators.NE, lowest));
        int label = (int) candidates0.min(candidates1).reduceLanes(VectorOperators.MIN);
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
