package dev.basin.kmeans.init;

import dev.basin.data.Dataset;
import dev.basin.kmeans.Reference;
import dev.basin.kmeans.variant.SquaredDistance;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * {@code k-means++}: the first center is a row drawn by weight; each next center is drawn with probability
 * proportional to weight × squared distance to the nearest chosen center (D² sampling). With
 * {@code localTrials > 1} this is the greedy variant scikit-learn uses: draw that many candidates and keep
 * the one that lowers the potential (the inertia of the chosen centers) most. {@code localTrials = 1} is
 * Arthur and Vassilvitskii's original.
 *
 * @param localTrials candidates per step; {@code 0} means scikit-learn's default, 2 + ⌊ln k⌋
 */
public record KMeansPlusPlus(int localTrials) implements Initializer {
    /**
     * Checks the number of trials.
     *
     * @param localTrials candidates per step, not negative; {@code 0} means scikit-learn's default, 2 + ⌊ln k⌋
     * @throws dev.basin.InvalidInputException if {@code localTrials} is negative
     */
    public KMeansPlusPlus {
        if (localTrials < 0) {
            throw new dev.basin.InvalidInputException("local trials must be at least 1 (or 0 for the default 2 + ln k), got "
                    + localTrials);
        }
    }

    /**
     * The greedy variant with scikit-learn's default number of trials.
     *
     * @return k-means++ with {@code localTrials} 0, that is 2 + ⌊ln k⌋ trials per step
     */
    public static KMeansPlusPlus greedy() {
        return new KMeansPlusPlus(0);
    }

    /**
     * Trials per step actually used for {@code k} clusters.
     *
     * @param k clusters, at least 1
     * @return {@code localTrials}, or 2 + ⌊ln k⌋ when it is 0
     */
    public int trialsFor(int k) {
        return localTrials > 0 ? localTrials : 2 + (int) Math.log(k);
    }

    @Override
    public String name() {
        return "k-means++";
    }

    @Override
    public Optional<Reference> reference() {
        return Optional.of(new Reference("D. Arthur and S. Vassilvitskii", 2007,
                "k-means++: the advantages of careful seeding",
                "Proceedings of the 18th ACM-SIAM Symposium on Discrete Algorithms (SODA), 1027-1035"));
    }

    @Override
    public int autoRestarts() {
        return 1;
    }

    @Override
    public InitialCenters choose(Dataset data, int k, RandomGenerator random) {
        int rows = data.rows();
        int dims = data.dims();
        double[] x = data.values();
        int trials = trialsFor(k);
        CenterSet centers = new CenterSet(k, dims);
        long distances = 0;

        int first = new RowSampler(data).draw(random);
        centers.add(x, first * dims);
        double[] closest = new double[rows];
        double potential = 0;
        for (int i = 0; i < rows; i++) {
            closest[i] = SquaredDistance.between(x, i * dims, x, first * dims, dims);
            potential += data.weight(i) * closest[i];
        }
        distances += rows;

        double[] cumulative = new double[rows];
        double[] candidateClosest = new double[rows];
        double[] bestClosest = new double[rows];
        while (centers.count() < k) {
            double running = 0;
            for (int i = 0; i < rows; i++) {
                running += data.weight(i) * closest[i];
                cumulative[i] = running;
            }
            if (!(running > 0)) {
                throw new IllegalStateException("k-means++ ran out of distinct points; the data check should have caught this");
            }
            int bestRow = -1;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                int candidate = Cumulative.firstAbove(cumulative, random.nextDouble() * running);
                double candidatePotential = 0;
                for (int i = 0; i < rows; i++) {
                    double d = Math.min(closest[i], SquaredDistance.between(x, i * dims, x, candidate * dims, dims));
                    candidateClosest[i] = d;
                    candidatePotential += data.weight(i) * d;
                }
                distances += rows;
                if (candidatePotential < bestPotential) {
                    bestPotential = candidatePotential;
                    bestRow = candidate;
                    double[] swap = bestClosest;
                    bestClosest = candidateClosest;
                    candidateClosest = swap;
                }
            }
            centers.add(x, bestRow * dims);
            double[] swap = closest;
            closest = bestClosest;
            bestClosest = swap;
            potential = bestPotential;
        }
        return new InitialCenters(centers.toArray(), distances);
    }
}
