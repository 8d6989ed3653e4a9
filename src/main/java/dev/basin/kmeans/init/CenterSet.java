package dev.basin.kmeans.init;

/** Centers being chosen, row-major, with the "is this point already a center?" test initializers need. */
final class CenterSet {
    private final double[] centers;
    private final int dims;
    private int count;

    CenterSet(int k, int dims) {
        this.centers = new double[k * dims];
        this.dims = dims;
    }

    int count() {
        return count;
    }

    boolean contains(double[] values, int offset) {
        for (int c = 0; c < count; c++) {
            if (sameAs(c, values, offset)) {
                return true;
            }
        }
        return false;
    }

    /** Compared with {@code ==} so that -0.0 and 0.0 count as the same point. */
    private boolean sameAs(int center, double[] values, int offset) {
        for (int j = 0; j < dims; j++) {
            if (centers[center * dims + j] != values[offset + j]) {
                return false;
            }
        }
        return true;
    }

    void add(double[] values, int offset) {
        System.arraycopy(values, offset, centers, count * dims, dims);
        count++;
    }

    double[] toArray() {
        return centers.clone();
    }
}
