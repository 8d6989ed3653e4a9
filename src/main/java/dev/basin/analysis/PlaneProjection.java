package dev.basin.analysis;

import dev.basin.data.Dataset;

import java.util.Locale;

/**
 * Puts rows on a plane so clusterings can be drawn: the two features themselves when there are two, the
 * first two principal components (of the unweighted covariance) when there are more, and the one feature
 * against zero when there is one.
 *
 * <p>The principal axes come from a cyclic Jacobi eigendecomposition of the d × d covariance matrix:
 * exact, deterministic, in plain Java (no native linear algebra library needed). Each axis's sign is fixed
 * so that its largest component is positive, so the same data always gives the same picture.
 *
 * @param mean   subtracted before projecting (zeros when the features are drawn as they are)
 * @param axes   row-major 2 × d projection
 * @param xLabel horizontal axis label
 * @param yLabel vertical axis label
 */
public record PlaneProjection(double[] mean, double[] axes, String xLabel, String yLabel) {

    /**
     * The projection for a dataset, as described in the class documentation.
     *
     * @param data the rows to draw, in the units they were clustered in
     * @return the projection; with more than two features its axis labels read like
     *         "PC1 (62% of variance)"
     */
    public static PlaneProjection of(Dataset data) {
        int d = data.dims();
        if (d == 1) {
            return new PlaneProjection(new double[1], new double[]{1, 0}, data.features().getFirst(), "(one feature)");
        }
        if (d == 2) {
            return new PlaneProjection(new double[2], new double[]{1, 0, 0, 1}, data.features().get(0),
                    data.features().get(1));
        }
        int n = data.rows();
        double[] x = data.values();
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[][] covariance = new double[d][d];
        double[] centered = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centered[j] = x[i * d + j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                for (int b = a; b < d; b++) {
                    covariance[a][b] += centered[a] * centered[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                covariance[a][b] /= Math.max(1, n - 1);
                covariance[b][a] = covariance[a][b];
            }
        }
        double total = 0;
        for (int j = 0; j < d; j++) {
            total += covariance[j][j];
        }
        double[][] vectors = new double[d][d];
        double[] values = jacobi(covariance, vectors);
        int first = argmax(values, -1);
        int second = argmax(values, first);
        double[] axes = new double[2 * d];
        for (int j = 0; j < d; j++) {
            axes[j] = vectors[j][first];
            axes[d + j] = vectors[j][second];
        }
        fixSign(axes, 0, d);
        fixSign(axes, d, d);
        return new PlaneProjection(mean, axes, label(1, values[first], total), label(2, values[second], total));
    }

    /**
     * Row-major n × 2 coordinates of row-major {@code points} with the data's d features.
     *
     * @param points n points (rows or centers), row-major n × d, in the units of the projected data
     * @return n (x, y) pairs, row-major n × 2
     */
    public double[] project(double[] points) {
        int d = mean.length;
        int n = points.length / d;
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double v = points[i * d + j] - mean[j];
                out[2 * i] += v * axes[j];
                out[2 * i + 1] += v * axes[d + j];
            }
        }
        return out;
    }

    private static String label(int component, double variance, double total) {
        return String.format(Locale.US, "PC%d (%.0f%% of variance)", component, total > 0 ? 100 * variance / total : 0);
    }

    private static int argmax(double[] values, int skip) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (i != skip && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return best;
    }

    private static void fixSign(double[] axes, int offset, int d) {
        int largest = offset;
        for (int j = offset; j < offset + d; j++) {
            if (Math.abs(axes[j]) > Math.abs(axes[largest])) {
                largest = j;
            }
        }
        if (axes[largest] < 0) {
            for (int j = offset; j < offset + d; j++) {
                axes[j] = -axes[j];
            }
        }
    }

    /**
     * Eigenvalues of the symmetric matrix {@code a} (destroyed) by cyclic Jacobi rotations; the eigenvectors
     * go into the columns of {@code vectors}.
     */
    static double[] jacobi(double[][] a, double[][] vectors) {
        int d = a.length;
        for (int i = 0; i < d; i++) {
            vectors[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double diagonal = 0;
            for (int p = 0; p < d; p++) {
                diagonal += a[p][p] * a[p][p];
                for (int q = p + 1; q < d; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off <= 1e-30 * Math.max(diagonal, Double.MIN_NORMAL)) {
                break;
            }
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < d; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < d; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < d; k++) {
                        double vkp = vectors[k][p];
                        double vkq = vectors[k][q];
                        vectors[k][p] = c * vkp - s * vkq;
                        vectors[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] values = new double[d];
        for (int i = 0; i < d; i++) {
            values[i] = a[i][i];
        }
        return values;
    }
}
