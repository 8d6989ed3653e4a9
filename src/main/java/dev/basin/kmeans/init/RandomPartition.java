package dev.basin.kmeans.init;

import dev.basin.data.Dataset;
import dev.basin.kmeans.Reference;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * {@code random-partition}: every row gets a uniformly random cluster and the initial centers are the
 * clusters' weighted means. The centers start bunched near the data's mean, which makes this method
 * sensitive to the seed in a way worth showing. A cluster that gets no weight, or a mean that equals an
 * earlier one, is replaced by a row drawn by weight that is not yet a center.
 */
public record RandomPartition() implements Initializer {
    @Override
    public String name() {
        return "random-partition";
    }

    @Override
    public Optional<Reference> reference() {
        return Optional.of(new Reference("G. Hamerly and C. Elkan", 2002,
                "Alternatives to the k-means algorithm that find better clusterings",
                "Proceedings of the 11th International Conference on Information and Knowledge Management (CIKM), 600-607"));
    }

    @Override
    public int autoRestarts() {
        return 10;
    }

    @Override
    public InitialCenters choose(Dataset data, int k, RandomGenerator random) {
        int rows = data.rows();
        int dims = data.dims();
        double[] x = data.values();
        double[] sums = new double[k * dims];
        double[] weights = new double[k];
        for (int i = 0; i < rows; i++) {
            int cluster = random.nextInt(k);
            double w = data.weight(i);
            weights[cluster] += w;
            for (int j = 0; j < dims; j++) {
                sums[cluster * dims + j] += w * x[i * dims + j];
            }
        }
        CenterSet centers = new CenterSet(k, dims);
        double[] mean = new double[dims];
        RowSampler sampler = new RowSampler(data);
        for (int c = 0; c < k; c++) {
            if (weights[c] > 0) {
                for (int j = 0; j < dims; j++) {
                    mean[j] = sums[c * dims + j] / weights[c];
                }
                if (!centers.contains(mean, 0)) {
                    centers.add(mean, 0);
                    continue;
                }
            }
            int row;
            do {
                row = sampler.draw(random);
            } while (centers.contains(x, row * dims));
            centers.add(x, row * dims);
        }
        return new InitialCenters(centers.toArray(), 0);
    }
}
