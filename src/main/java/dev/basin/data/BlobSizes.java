package dev.basin.data;

import dev.basin.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;

/**
 * How many rows each generated cluster gets: relative sizes, turned into whole row counts that add up to n.
 *
 * <p>Three ways to say it (the text form is what {@code basin generate blobs --sizes} takes):
 * <ul>
 *   <li>{@code equal}: every cluster the same share (the default);</li>
 *   <li>{@code ratio:R} with R ≥ 1: shares falling geometrically from the first cluster to the last, the first
 *       R times the last: cluster c gets a share proportional to {@code R^(-c/(k-1))}. {@code ratio:10} with
 *       k = 15 gives clusters from 10 times the smallest down to the smallest, in even steps on a log scale;</li>
 *   <li>{@code w0,w1,...,w(k-1)}: one relative size per cluster (positive numbers, any scale), so
 *       {@code 5,1,1} puts 5/7 of the rows in cluster 0.</li>
 * </ul>
 *
 * <p>Counts are the shares of n rounded by the largest-remainder rule (each cluster gets ⌊n·share⌋, then the
 * clusters with the largest remainders one row more, ties to the lower index), so every count is within one
 * row of n·share and the counts add up to exactly n. A cluster whose count would be 0 is an error.
 */
public final class BlobSizes {
    private final String text;
    private final double ratio;
    private final double[] weights;

    private BlobSizes(String text, double ratio, double[] weights) {
        this.text = text;
        this.ratio = ratio;
        this.weights = weights;
    }

    /** Every cluster the same size. */
    public static final BlobSizes EQUAL = new BlobSizes("equal", 1.0, null);

    /**
     * Reads the text form ({@code equal}, {@code ratio:R} or a comma-separated list of relative sizes).
     *
     * @param text what the user wrote
     * @return the sizes
     * @throws InvalidInputException when the text is none of the three forms, or a number is not positive
     */
    public static BlobSizes parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("equal")) {
            return EQUAL;
        }
        if (t.startsWith("ratio:")) {
            double r = number(t.substring("ratio:".length()), text);
            if (!(r >= 1) || Double.isInfinite(r)) {
                throw new InvalidInputException("--sizes ratio:R needs a finite R of at least 1 (the largest cluster"
                        + " R times the smallest), got '" + text + "'");
            }
            return new BlobSizes("ratio:" + t.substring("ratio:".length()).strip(), r, null);
        }
        String[] parts = t.split(",", -1);
        double[] w = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            w[i] = number(parts[i], text);
            if (!(w[i] > 0) || Double.isInfinite(w[i])) {
                throw new InvalidInputException("--sizes: relative size " + (i + 1) + " ('" + parts[i].strip()
                        + "') must be a positive number; give equal, ratio:R or one positive number per cluster");
            }
        }
        return new BlobSizes(t.replace(" ", ""), 1.0, w);
    }

    /**
     * Explicit relative sizes, one per cluster.
     *
     * @param relative positive numbers, any scale
     * @return the sizes
     */
    public static BlobSizes of(double... relative) {
        return parse(String.join(",", Arrays.stream(relative).mapToObj(Double::toString).toList()));
    }

    private static double number(String part, String whole) {
        try {
            return Double.parseDouble(part.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--sizes must be equal, ratio:R (e.g. ratio:10) or one relative size per"
                    + " cluster (e.g. 5,1,1), got '" + whole + "'");
        }
    }

    /**
     * Each cluster's share of the rows.
     *
     * @param k clusters
     * @return k positive shares adding up to 1
     * @throws InvalidInputException when a list of sizes does not have k entries
     */
    public double[] shares(int k) {
        double[] w = new double[k];
        if (weights != null) {
            if (weights.length != k) {
                throw new InvalidInputException("--sizes lists " + weights.length + " relative size"
                        + (weights.length == 1 ? "" : "s") + " but k is " + k + "; give one per cluster");
            }
            System.arraycopy(weights, 0, w, 0, k);
        } else {
            for (int c = 0; c < k; c++) {
                w[c] = k == 1 ? 1.0 : Math.pow(ratio, -c / (double) (k - 1));
            }
        }
        double total = Arrays.stream(w).sum();
        for (int c = 0; c < k; c++) {
            w[c] /= total;
        }
        return w;
    }

    /**
     * Whole row counts by the largest-remainder rule.
     *
     * @param n rows in all
     * @param k clusters
     * @return k counts, each within one of {@code n × share} and at least 1, adding up to n
     * @throws InvalidInputException when some cluster would get no row
     */
    public int[] counts(int n, int k) {
        double[] shares = shares(k);
        int[] counts = new int[k];
        double[] remainder = new double[k];
        long given = 0;
        for (int c = 0; c < k; c++) {
            double exact = n * shares[c];
            counts[c] = (int) Math.floor(exact);
            remainder[c] = exact - counts[c];
            given += counts[c];
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> remainder[a] != remainder[b] ? Double.compare(remainder[b], remainder[a])
                : Integer.compare(a, b));
        for (int i = 0; given < n; i++, given++) {
            counts[order[i % k]]++;
        }
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                throw new InvalidInputException("--sizes " + text + " leaves cluster " + c + " without a row at n = " + n
                        + "; use more rows (--n) or less unequal sizes");
            }
        }
        return counts;
    }

    /**
     * The text form, as {@link #parse} reads it.
     *
     * @return e.g. {@code equal}, {@code ratio:10} or {@code 5,1,1}
     */
    @Override
    public String toString() {
        return text;
    }
}
