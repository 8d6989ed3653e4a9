package dev.basin.kmeans;

import dev.basin.InvalidInputException;

/** A cluster went empty under {@link EmptyClusterPolicy#ERROR}. */
public final class EmptyClusterException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public EmptyClusterException(int cluster, int iteration) {
        super("cluster " + cluster + " became empty at iteration " + iteration
                + " (--empty-cluster error); use --empty-cluster relocate or keep, or a smaller k");
    }
}
