package dev.basin.spark;

import dev.basin.InvalidInputException;
import dev.basin.kmeans.EmptyClusterException;

/** Turns a failed Spark job back into the error a local run would have raised. */
final class SparkFailures {
    private SparkFailures() {
    }

    /**
     * The Basin error that made a Spark job fail (bad input, an empty cluster under {@code --empty-cluster
     * error}), found among the causes Spark wrapped it in; otherwise {@code failure} itself.
     */
    static RuntimeException unwrap(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException || cause instanceof EmptyClusterException) {
                return (RuntimeException) cause;
            }
        }
        return failure;
    }
}
