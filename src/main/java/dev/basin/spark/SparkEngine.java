package dev.basin.spark;

import dev.basin.analysis.RunExecutor;
import org.apache.spark.sql.SparkSession;

/**
 * A running Spark session as Basin's commands use it; closing it stops the session. Its methods take and give
 * only Basin's types, so the command line can hold one without loading Spark until it is started.
 */
public final class SparkEngine implements AutoCloseable {
    private final SparkSession spark;
    private final boolean owned;

    private SparkEngine(SparkSession spark, boolean owned) {
        this.spark = spark;
        this.owned = owned;
    }

    /**
     * Starts the session (see {@link SparkSessions#start}), or joins the one already running in this JVM,
     * which closing then leaves running.
     *
     * @param master  a Spark master URL, or null for the configured one ({@code local[*]} when none is)
     * @param appName the application's name on the cluster
     * @return the engine, its session started
     */
    public static SparkEngine start(String master, String appName) {
        boolean running = SparkSession.getDefaultSession().isDefined();
        return new SparkEngine(SparkSessions.start(master, appName), !running);
    }

    /**
     * Runs a sweep's runs as tasks on this session's executors.
     *
     * @return an executor for {@link dev.basin.analysis.Sweep#run(dev.basin.data.Dataset,
     *         dev.basin.analysis.SweepConfig, double[], RunExecutor, dev.basin.analysis.Sweep.Progress)}
     */
    public RunExecutor sweepExecutor() {
        return new SparkRunExecutor(spark);
    }

    /**
     * The master the session runs on, for provenance.
     *
     * @return for example {@code local[*]} or {@code spark://127.0.0.1:7077}
     */
    public String master() {
        return spark.sparkContext().master();
    }

    SparkSession session() {
        return spark;
    }

    @Override
    public void close() {
        if (owned) {
            spark.stop();
        }
    }
}
