package dev.basin.kmeans.init;

import dev.basin.data.Dataset;

import java.util.random.RandomGenerator;

/** Draws a row index with probability proportional to its weight (uniformly when the data is unweighted). */
public final class RowSampler {
    private final double[] cumulative; // null when unweighted
    private final int rows;

    /**
     * A sampler over the rows of {@code data}.
     *
     * @param data the rows, with their weights
     */
    public RowSampler(Dataset data) {
        this.rows = data.rows();
        if (data.isWeighted()) {
            cumulative = new double[rows];
            double total = 0;
            for (int i = 0; i < rows; i++) {
                total += data.weight(i);
                cumulative[i] = total;
            }
        } else {
            cumulative = null;
        }
    }

    /**
     * Draws one row.
     *
     * @param random the generator to draw with
     * @return a row index, 0 to n − 1, with probability proportional to its weight
     */
    public int draw(RandomGenerator random) {
        if (cumulative == null) {
            return random.nextInt(rows);
        }
        return Cumulative.firstAbove(cumulative, random.nextDouble() * cumulative[rows - 1]);
    }
}
