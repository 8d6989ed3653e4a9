package dev.basin.kmeans.variant;

import dev.basin.data.Dataset;
import dev.basin.kmeans.EmptyClusterPolicy;
import dev.basin.kmeans.Reference;
import dev.basin.kmeans.kernel.DistanceKernel;

/**
 * One exact K-means iteration scheme. Every variant, from the same initial centers, gives the same labels,
 * iteration count and inertia as {@link Lloyd}, bit for bit; they differ only in how many distances they
 * evaluate and how much memory their bounds take. A variant is stateless: {@link #assignment} makes the
 * per-run state, and the shared loop ({@link RunCore}) does the rest.
 */
public interface Variant {
    /**
     * The name used on the command line and in outputs.
     *
     * @return a short lower-case name, for example "lloyd"
     */
    String name();

    /**
     * The publication the variant follows, for the methods section of reports.
     *
     * @return the variant's reference
     */
    Reference reference();

    /**
     * Bytes of per-run state beyond the labels, for choosing a variant that fits in memory.
     *
     * @param rows rows of the data (n)
     * @param dims features (d)
     * @param k    clusters
     * @return bytes the variant's bounds take for one run
     */
    long boundBytes(int rows, int dims, int k);

    /**
     * The per-run state and assignment step for one run.
     *
     * @param data   the rows to cluster
     * @param k      clusters
     * @param kernel the distance kernel to evaluate scores with
     * @return a fresh assignment
     */
    Assignment assignment(Dataset data, int k, DistanceKernel kernel);

    /**
     * Iterates from {@code initialCenters} (row-major k × d, not modified) until {@code stop} says so.
     *
     * @param data           the rows to cluster, already checked
     * @param initialCenters k starting centers, row-major k × d
     * @param k              clusters
     * @param stop           the iteration limit and tolerance
     * @param emptyClusters  what to do with a cluster that loses all its rows
     * @param chunks         how the rows are split and scheduled; never changes the result
     * @return the final centers, labels, inertia, stop reason and per-iteration trace
     * @throws dev.basin.kmeans.EmptyClusterException if a cluster goes empty under
     *                                                {@link EmptyClusterPolicy#ERROR}
     */
    default Iterations iterate(Dataset data, double[] initialCenters, int k, StopRule stop,
                               EmptyClusterPolicy emptyClusters, RowChunks chunks) {
        DistanceKernel kernel = DistanceKernel.fastest();
        Assignment assignment = assignment(data, k, kernel);
        try {
            return RunCore.iterate(assignment, kernel, data, initialCenters, k, stop, emptyClusters, chunks);
        } finally {
            assignment.finished();
        }
    }
}
