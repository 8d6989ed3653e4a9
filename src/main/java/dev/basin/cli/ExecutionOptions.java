package dev.basin.cli;

import dev.basin.InvalidInputException;
import picocli.CommandLine.Option;

import java.util.Locale;

/**
 * Where K-means runs: this machine's threads, or Apache Spark. Spark's classes are touched only when a Spark
 * engine is asked for ({@link SparkSupport}), so Basin without Spark on its class path works as before.
 */
final class ExecutionOptions {
    /** The engines {@code --engine} names. */
    enum Engine {
        /** This JVM's threads. */
        LOCAL,
        /** Basin's runs as Spark tasks over broadcast data. */
        SPARK,
        /** Spark ML's K-means on data Spark reads. */
        MLLIB;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "local",
            description = "Where runs execute: local (this machine's threads), spark (Basin's runs as Spark tasks, the data broadcast once)"
                    + " or mllib (Spark ML's KMeans on data Spark reads: CSV or Parquet, local, hdfs:// or s3a://). Default: ${DEFAULT-VALUE}.")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --engine spark or mllib, e.g. local[4] or spark://host:7077 (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--concurrent-runs", paramLabel = "N", defaultValue = "1",
            description = "--engine mllib: seeds fitted at the same time when the cluster has room. Default: ${DEFAULT-VALUE}.")
    int concurrentRuns;

    Engine engine() {
        return switch (engine.trim().toLowerCase(Locale.ROOT)) {
            case "local" -> Engine.LOCAL;
            case "spark" -> Engine.SPARK;
            case "mllib" -> Engine.MLLIB;
            default -> throw new InvalidInputException("--engine must be local, spark or mllib, got '" + engine + "'");
        };
    }

    /** Checks the options together, before any data is read. */
    void check() {
        Engine chosen = engine();
        if (chosen == Engine.LOCAL && master != null) {
            throw new InvalidInputException("--master applies to --engine spark and --engine mllib; add one of them");
        }
        if (concurrentRuns < 1) {
            throw new InvalidInputException("--concurrent-runs must be at least 1, got " + concurrentRuns);
        }
        if (concurrentRuns != 1 && chosen != Engine.MLLIB) {
            throw new InvalidInputException("--concurrent-runs applies to --engine mllib only");
        }
    }
}
