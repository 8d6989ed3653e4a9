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
        for (int i = 0; i < rows; i++) {
            closest[i] = SquaredDistance.between(x, i * dims, x, first * dims, dims);
        }
        distances += rows;

        double[] cumulative = new double[rows];
        int[] candidates = new int[trials];
        double[] candidatePotentials = new double[trials];
        while (centers.count() < k) {
            double running = 0;
            for (int i = 0; i < rows; i++) {
                running += data.weight(i) * closest[i];
                cumulative[i] = running;
            }
            if (!(running > 0)) {
                throw new IllegalStateException("k-means++ ran out of distinct points; the data check should have caught this");
            }
            for (int t = 0; t < trials; t++) {
                candidates[t] = Cumulative.firstAbove(cumulative, random.nextDouble() * running);
            }
            // One pass over the rows scores every candidate: each row is read once, not once per trial.
            // Each candidate's potential is still summed in row order, so the choice is the same.
            java.util.Arrays.fill(candidatePotentials, 0);
            for (int i = 0; trials > 1 && i < rows; i++) {
                double w = data.weight(i);
                double current = closest[i];
                int offset = i * dims;
                for (int t = 0; t < trials; t++) {
                    double d = SquaredDistance.between(x, offset, x, candidates[t] * dims, dims);
                    candidatePotentials[t] += w * Math.min(current, d);
                }
            }
            distances += trials > 1 ? (long) rows * trials : 0;
            int best = 0;
            for (int t = 1; t < trials; t++) {
                if (candidatePotentials[t] < candidatePotentials[best]) {
                    best = t;
                }
            }
            int bestRow = candidates[best];
            centers.add(x, bestRow * dims);
            for (int i = 0; i < rows; i++) {
                closest[i] = Math.min(closest[i], SquaredDistance.between(x, i * dims, x, bestRow * dims, dims));
            }
            distances += rows;
        }
        return new InitialCenters(centers.toArray(), distances);
    }
}
