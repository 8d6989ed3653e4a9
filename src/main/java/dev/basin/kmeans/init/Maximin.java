package dev.basin.kmeans.init;

import dev.basin.data.Dataset;
import dev.basin.kmeans.Reference;
import dev.basin.kmeans.kernel.SquaredDistance;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * {@code maximin} (farthest-first traversal): the first center is a row drawn by weight; each next center is
 * the row farthest from its nearest chosen center (ties to the lowest row index; rows of weight zero are
 * never chosen). Only the first choice is random, so seeds differ only through it; it is drawn to outliers.
 */
public record Maximin() implements Initializer {
    @Override
    public String name() {
        return "maximin";
    }

    @Override
    public Optional<Reference> reference() {
        return Optional.of(new Reference("T. F. Gonzalez", 1985,
                "Clustering to minimize the maximum intercluster distance",
                "Theoretical Computer Science 38, 293-306"));
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
        CenterSet centers = new CenterSet(k, dims);
        int chosen = new RowSampler(data).draw(random);
        double[] closest = new double[rows];
        java.util.Arrays.fill(closest, Double.POSITIVE_INFINITY);
        long distances = 0;
        while (true) {
            centers.add(x, chosen * dims);
            if (centers.count() == k) {
                break;
            }
            int farthest = -1;
            double farthestDistance = 0;
            for (int i = 0; i < rows; i++) {
                closest[i] = Math.min(closest[i], SquaredDistance.between(x, i * dims, x, chosen * dims, dims));
                if (closest[i] > farthestDistance && data.weight(i) > 0) {
                    farthestDistance = closest[i];
                    farthest = i;
                }
            }
            distances += rows;
            if (farthest < 0) {
                throw new IllegalStateException("maximin ran out of distinct points; the data check should have caught this");
            }
            chosen = farthest;
        }
        return new InitialCenters(centers.toArray(), distances);
    }
}
