package dev.basin.kmeans.init;

/**
 * Initial centers chosen by an {@link Initializer}.
 *
 * @param centers              row-major k × d
 * @param distanceComputations point-to-center distances the initializer evaluated
 */
public record InitialCenters(double[] centers, long distanceComputations) {
}
