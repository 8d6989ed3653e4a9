package dev.basin.kmeans.variant;

import dev.basin.data.Dataset;
import dev.basin.kmeans.EmptyClusterPolicy;
import dev.basin.kmeans.Reference;

/**
 * One exact K-means iteration scheme. Every variant, from the same initial centers, gives the same labels,
 * iteration count and inertia as {@link Lloyd}; they differ only in how many distances they evaluate.
 */
public interface Variant {
    /** The name used on the command line and in outputs. */
    String name();

    Reference reference();

    /** Iterates from {@code initialCenters} (row-major k × d, not modified) until {@code stop} says so. */
    Iterations iterate(Dataset data, double[] initialCenters, int k, StopRule stop, EmptyClusterPolicy emptyClusters,
                       RowChunks chunks);
}
