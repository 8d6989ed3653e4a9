package dev.basin.kmeans.init;

import dev.basin.data.Dataset;
import dev.basin.kmeans.Reference;

import java.util.Arrays;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Centers given by the user (for example read from a CSV file), in the same units as the data being
 * clustered. Deterministic: every seed gives the same run, so {@code n_init=auto} means one run.
 *
 * @param centers row-major k × d
 * @param source  where they came from, for outputs (a file name)
 */
public record ExplicitCenters(double[] centers, String source) implements Initializer {
    /**
     * Keeps a copy of {@code centers}, so later changes to the caller's array have no effect.
     *
     * @param centers row-major k × d, in the units of the data being clustered
     * @param source  where they came from, for outputs (a file name)
     */
    public ExplicitCenters {
        centers = centers.clone();
    }

    @Override
    public String name() {
        return source;
    }

    @Override
    public Optional<Reference> reference() {
        return Optional.empty();
    }

    @Override
    public int autoRestarts() {
        return 1;
    }

    @Override
    public InitialCenters choose(Dataset data, int k, RandomGenerator random) {
        if (centers.length != k * data.dims()) {
            throw new dev.basin.InvalidInputException("the initial centers from " + source + " are "
                    + centers.length / Math.max(1, data.dims()) + " × " + data.dims() + " values but k is " + k);
        }
        return new InitialCenters(centers.clone(), 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExplicitCenters(double[] otherCenters, String otherSource)
                && Arrays.equals(centers, otherCenters) && source.equals(otherSource);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(centers) + source.hashCode();
    }

    @Override
    public String toString() {
        return "ExplicitCenters[" + source + "]";
    }
}
