package dev.basin.kmeans;

import java.util.Arrays;
import java.util.List;

/**
 * One run: an initialization followed by iterations to convergence. A run is a pure function of
 * (data, configuration, seed): running it again gives bit-identical centers, labels and inertia.
 *
 * @param k                    clusters
 * @param dims                 features
 * @param centers              final centers, row-major k × d, in the units of the data that was clustered
 * @param labels               each row's cluster (its nearest final center)
 * @param inertia              sum of weight × squared distance of each row to its center
 * @param iterations           iterations run
 * @param stopReason           which rule stopped the run
 * @param seed                 the run seed
 * @param rngAlgorithm         the random generator algorithm built from the seed
 * @param initializer          the initializer's name
 * @param algorithm            the variant's name
 * @param initialCenters       the initializer's centers, row-major k × d
 * @param initialInertia       inertia of the initial centers (each row at its nearest initial center)
 * @param trace                one entry per iteration
 * @param distanceComputations point-to-center distances evaluated by initialization and iterations
 * @param seconds              wall time of the run (the only field that is not reproducible)
 */
public record RunResult(int k, int dims, double[] centers, int[] labels, double inertia, int iterations,
                        StopReason stopReason, long seed, String rngAlgorithm, String initializer, String algorithm,
                        double[] initialCenters, double initialInertia, List<IterationTrace> trace,
                        long distanceComputations, double seconds) {

    /**
     * A copy of one center.
     *
     * @param cluster the cluster, 0 to k − 1
     * @return the center's d coordinates, in the units of the data that was clustered
     */
    public double[] center(int cluster) {
        return Arrays.copyOfRange(centers, cluster * dims, (cluster + 1) * dims);
    }

    /**
     * Rows per cluster.
     *
     * @return k counts of rows (not weights), indexed by cluster; a cluster may have none
     */
    public int[] clusterSizes() {
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        return sizes;
    }

    /**
     * Whether two runs produced bit-identical centers, labels, inertia, iterations and stop reason.
     *
     * @param other another run, usually of the same data and seed
     * @return true if the outcomes are identical; seeds, names, traces and timings are not compared
     */
    public boolean sameOutcome(RunResult other) {
        return Arrays.equals(centers, other.centers) && Arrays.equals(labels, other.labels)
                && Double.compare(inertia, other.inertia) == 0 && iterations == other.iterations
                && stopReason == other.stopReason;
    }
}
