package dev.basin.kmeans.init;

import dev.basin.data.Dataset;

import java.util.random.RandomGenerator;

/** Draws a row index with probability proportional to its weight (uniformly when the data is unweighted). */
final class RowSampler {
    private final double[] cumulative; // null when unweighted
    private final int rows;

    RowSampler(Dataset data) {
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

    int draw(RandomGenerator random) {
        if (cumulative == null) {
            return random.nextInt(rows);
        }
        return Cumulative.firstAbove(cumulative, random.nextDouble() * cumulative[rows - 1]);
    }
}
