package dev.basin.kmeans.init;

import dev.basin.data.Dataset;
import dev.basin.kmeans.Reference;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * {@code random}: k rows drawn without replacement, each with probability proportional to its weight
 * (Forgy's method, scikit-learn's {@code init='random'}). A draw that repeats a row, or a row whose values
 * equal a center already chosen, is drawn again, so the k centers are always distinct points.
 */
public record RandomRows() implements Initializer {
    /** After this many draws in a row that hit chosen points, switch to sampling from the rows left. */
    private static final int REJECTIONS_BEFORE_EXACT = 64;

    @Override
    public String name() {
        return "random";
    }

    @Override
    public Optional<Reference> reference() {
        return Optional.of(new Reference("E. W. Forgy", 1965,
                "Cluster analysis of multivariate data: efficiency versus interpretability of classifications",
                "Biometrics 21(3), 768-769"));
    }

    @Override
    public int autoRestarts() {
        return 10;
    }

    @Override
    public InitialCenters choose(Dataset data, int k, RandomGenerator random) {
        int dims = data.dims();
        double[] values = data.values();
        CenterSet centers = new CenterSet(k, dims);
        RowSampler sampler = new RowSampler(data);
        int rejected = 0;
        while (centers.count() < k) {
            int row = sampler.draw(random);
            if (centers.contains(values, row * dims)) {
                if (++rejected >= REJECTIONS_BEFORE_EXACT) {
                    drawFromRemaining(data, centers, k, random);
                    break;
                }
                continue;
            }
            rejected = 0;
            centers.add(values, row * dims);
        }
        return new InitialCenters(centers.toArray(), 0);
    }

    /**
     * When few distinct points carry most of the weight, rejection stalls: draw the remaining centers
     * exactly, from the running weight of the rows that are not yet centers.
     */
    private static void drawFromRemaining(Dataset data, CenterSet centers, int k, RandomGenerator random) {
        int dims = data.dims();
        double[] values = data.values();
        double[] cumulative = new double[data.rows()];
        while (centers.count() < k) {
            double total = 0;
            for (int i = 0; i < data.rows(); i++) {
                if (!centers.contains(values, i * dims)) {
                    total += data.weight(i);
                }
                cumulative[i] = total;
            }
            int row = Cumulative.firstAbove(cumulative, random.nextDouble() * total);
            centers.add(values, row * dims);
        }
    }
}
