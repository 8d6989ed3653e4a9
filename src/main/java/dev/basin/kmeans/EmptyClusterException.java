package dev.basin.kmeans;

import dev.basin.InvalidInputException;

/** A cluster went empty under {@link EmptyClusterPolicy#ERROR}. */
public final class EmptyClusterException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception whose message names the cluster and the iteration, and the options that avoid it.
     *
     * @param cluster   the cluster that went empty (0-based)
     * @param iteration the iteration in which it did (1-based)
     */
    public EmptyClusterException(int cluster, int iteration) {
        super("cluster " + cluster + " became empty at iteration " + iteration
                + " (--empty-cluster error); use --empty-cluster relocate or keep, or a smaller k");
    }
}
