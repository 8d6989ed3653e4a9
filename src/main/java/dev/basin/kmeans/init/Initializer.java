package dev.basin.kmeans.init;

import dev.basin.data.Dataset;
import dev.basin.kmeans.Reference;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Chooses a run's initial centers. Implementations are stateless and deterministic given the generator,
 * so a run is a pure function of its seed; they are serializable, so a sweep's configuration can travel to
 * the executors of a cluster. Every implementation returns k distinct centers for valid input
 * (finite values and at least k distinct positively weighted rows), honouring row weights.
 */
public interface Initializer extends java.io.Serializable {
    /**
     * The name used on the command line and in outputs, e.g. {@code k-means++}.
     *
     * @return the initializer's name (for explicit centers, where they came from)
     */
    String name();

    /**
     * The publication the method follows, if it has one.
     *
     * @return the reference, or empty for a method without one (such as centers given by the user)
     */
    Optional<Reference> reference();

    /**
     * How many restarts {@code n_init=auto} means for this initializer: 1 when one run is already good or
     * when the initializer is deterministic, 10 otherwise (scikit-learn's rule).
     *
     * @return restarts for {@code n_init=auto}, 1 or 10
     */
    int autoRestarts();

    /**
     * Chooses k initial centers, row-major k × d.
     *
     * @param data   the rows to cluster, already checked (finite, at least k distinct positively weighted rows)
     * @param k      clusters
     * @param random the run's generator, the only source of randomness
     * @return k distinct centers in the units of the data, and the distances evaluated to choose them
     */
    InitialCenters choose(Dataset data, int k, RandomGenerator random);
}
