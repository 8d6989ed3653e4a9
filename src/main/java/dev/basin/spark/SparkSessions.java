package dev.basin.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts the Spark session Basin's engines run on. */
public final class SparkSessions {
    /** The master when none is given and none is configured (spark-submit sets one): every core of this machine. */
    public static final String DEFAULT_MASTER = "local[*]";

    private SparkSessions() {
    }

    /**
     * The session to run on. Under {@code spark-submit}, the master and everything else come from its
     * configuration; {@code master} overrides the master. Started by {@code ./basin} with no master
     * configured, Spark runs inside this JVM on every core ({@value #DEFAULT_MASTER}) without its web UI.
     * For a cluster master, the executors get Basin's own jar (the one this class was loaded from) unless
     * {@code spark.jars} names jars already.
     *
     * @param master a Spark master URL ({@code local[2]}, {@code spark://host:7077}, {@code yarn}, ...), or
     *               null to use the configured one
     * @param appName the application's name, shown by the cluster manager
     * @return the session, started
     */
    public static SparkSession start(String master, String appName) {
        SparkConf configured = new SparkConf();
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        String effective = master != null ? master : configured.get("spark.master", null);
        if (effective == null) {
            effective = DEFAULT_MASTER;
            builder.config("spark.ui.enabled", "false");
        }
        builder.master(effective);
        if (effective.startsWith("local") && !configured.contains("spark.sql.shuffle.partitions")) {
            // Spark's 200 shuffle partitions suit a cluster; in one JVM they cost more than the work
            builder.config("spark.sql.shuffle.partitions",
                    Integer.toString(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
        }
        if (!effective.startsWith("local") && !configured.contains("spark.jars")) {
            basinJar().ifPresent(jar -> builder.config("spark.jars", jar.toString()));
        }
        return builder.getOrCreate();
    }

    /** The jar Basin's classes were loaded from, when they were loaded from a jar (not from a build directory). */
    static java.util.Optional<Path> basinJar() {
        try {
            Path location = Path.of(SparkSessions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? java.util.Optional.of(location) : java.util.Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }
}
