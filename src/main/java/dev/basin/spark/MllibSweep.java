package dev.basin.spark;

import dev.basin.InvalidInputException;
import dev.basin.analysis.PartitionFingerprint;
import dev.basin.analysis.PartitionMetrics;
import dev.basin.analysis.RunRecord;
import dev.basin.analysis.Sweep;
import dev.basin.analysis.SweepConfig;
import dev.basin.analysis.SweepResult;
import dev.basin.kmeans.StopReason;
import dev.basin.kmeans.init.Initializer;
import dev.basin.kmeans.init.KMeansParallel;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.clustering.KMeansSummary;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A seed sweep of Spark ML's {@code KMeans} ({@code --engine mllib}), for data larger than one machine: the
 * table is read and cached once, then fitted once per (initializer, seed), several seeds at once with
 * {@code concurrentRuns}. Of each fit Basin keeps what a local sweep keeps: MLlib's training cost (the
 * weighted sum of squared distances to the nearest center, Basin's inertia), its iterations, its centers and
 * the fingerprint of its partition, computed in one distributed pass with the same
 * {@link PartitionFingerprint.Builder} as a local sweep, so basins, shares and the restart curve come out
 * as for a local sweep.
 *
 * <p>What MLlib does not report is left out: the initial inertia (NaN), per-iteration traces, and distance
 * counts (−1). MLlib stops when every center moved less than {@code tol} (a distance in the units
 * clustered), or at {@code maxIter}; the stop reason says which.
 */
public final class MllibSweep {
    private MllibSweep() {
    }

    /**
     * The sweep to run.
     *
     * @param table          where the data is and how to read it
     * @param k              clusters
     * @param inits          Basin's names of MLlib's initializers ({@link MllibInitializers#NAMES})
     * @param seeds          run seeds
     * @param maxIter        iteration limit per fit
     * @param tol            MLlib's tolerance: a fit stops when every center moved less than this
     * @param concurrentRuns fits running at the same time
     * @param traceRuns      kept for the sweep's configuration (MLlib reports no traces)
     * @param maxRestarts    length of the restart curve
     */
    public record Request(TableOptions table, int k, List<String> inits, long[] seeds, int maxIter, double tol,
                          int concurrentRuns, int traceRuns, int maxRestarts) {
    }

    /**
     * A finished sweep and what was read.
     *
     * @param result   the sweep, analyzed as a local one
     * @param features the feature columns clustered
     * @param rows     rows clustered
     * @param shift    per feature, what scaling subtracted
     * @param scale    per feature, what scaling divided by
     * @param notices  remarks about the data (columns left out, rows dropped)
     */
    public record Finished(SweepResult result, List<String> features, long rows, double[] shift, double[] scale,
                           List<String> notices) {
    }

    /**
     * Reads the table and runs the sweep.
     *
     * @param spark    the session
     * @param request  the sweep
     * @param progress told after every fit
     * @return the sweep and what was read
     * @throws InvalidInputException for bad input, in the words of the local loader
     */
    public static Finished run(SparkEngine spark, Request request, Sweep.Progress progress) {
        SparkSession session = spark.session();
        List<Initializer> inits = request.inits().stream().map(MllibInitializers::byName).toList();
        SweepConfig config = new SweepConfig(dev.basin.kmeans.KMeansConfig.defaults(request.k())
                .withInit(inits.getFirst()).withNInit(1).withMaxIter(request.maxIter()).withTol(request.tol())
                .withRandomState(0L), inits, request.seeds(), request.traceRuns(), 0, request.maxRestarts());
        SparkTableReader.Table table = SparkTableReader.read(session, request.table());
        try {
            if (table.count() < request.k()) {
                throw new InvalidInputException(request.table().path() + " has " + table.count()
                        + (table.count() == 1 ? " row" : " rows") + "; k = " + request.k()
                        + " needs at least " + request.k() + " distinct rows");
            }
            Map<String, Integer> labelCodes = table.labelled() ? labelCodes(table.rows()) : null;
            int total = config.runCount();
            RunRecord[] records = new RunRecord[total];
            AtomicInteger done = new AtomicInteger();
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(request.concurrentRuns());
            try {
                List<Future<?>> fits = new ArrayList<>();
                for (int i = 0; i < total; i++) {
                    int index = i;
                    fits.add(pool.submit(() -> {
                        records[index] = fit(table, config, request, index, labelCodes);
                        progress.runFinished(done.incrementAndGet(), total);
                    }));
                }
                for (Future<?> fit : fits) {
                    fit.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while fitting", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw SparkFailures.unwrap(failure);
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            SweepResult result = SweepResult.analyze(config, table.features().size(), table.labelled(),
                    List.of(records), null, null, seconds);
            return new Finished(result, table.features(), table.count(), table.shift(), table.scale(), table.notices());
        } finally {
            table.rows().unpersist();
        }
    }

    /** One fit of Spark ML's KMeans and what the sweep keeps of it. */
    static RunRecord fit(SparkTableReader.Table table, SweepConfig config, Request request, int index,
                         Map<String, Integer> labelCodes) {
        int seeds = config.seeds().length;
        Initializer init = config.inits().get(index / seeds);
        long seed = config.seeds()[index % seeds];
        int k = request.k();
        long start = System.nanoTime();
        KMeans kmeans = new KMeans().setK(k).setSeed(seed).setMaxIter(request.maxIter()).setTol(request.tol())
                .setInitMode(init instanceof KMeansParallel ? "k-means||" : "random")
                .setFeaturesCol(SparkTableReader.FEATURES).setPredictionCol("prediction");
        if (table.weighted()) {
            kmeans.setWeightCol(SparkTableReader.WEIGHT);
        }
        KMeansModel model = kmeans.fit(table.rows());
        KMeansSummary summary = model.summary();
        Vector[] centers = model.clusterCenters();
        if (centers.length < k) {
            throw new InvalidInputException("MLlib found " + centers.length + " distinct centers for k = " + k
                    + " (" + init.name() + ", seed " + seed + "): the data has fewer than k distinct rows; choose a smaller k");
        }
        int dims = table.features().size();
        double[] rowMajor = new double[k * dims];
        for (int c = 0; c < k; c++) {
            System.arraycopy(centers[c].toArray(), 0, rowMajor, c * dims, dims);
        }
        Dataset<Row> predictions = summary.predictions();
        PartitionFingerprint fingerprint = fingerprint(predictions, k);
        double ari = labelCodes == null ? Double.NaN : adjustedRandIndex(predictions, labelCodes, k);
        double seconds = (System.nanoTime() - start) / 1e9;
        int iterations = summary.numIter();
        StopReason stop = iterations < request.maxIter() ? StopReason.TOLERANCE : StopReason.MAX_ITER;
        return new RunRecord(init.name(), seed, summary.trainingCost(), Double.NaN, iterations, stop, seconds, -1,
                fingerprint, rowMajor, null, ari);
    }

    /**
     * The fingerprint of the partition in {@code predictions} ({@value SparkTableReader#ID} and
     * {@code prediction} columns), in one distributed pass: each Spark partition summarizes its rows, the
     * summaries are merged, and the result equals {@link PartitionFingerprint#of} on the same labels.
     */
    static PartitionFingerprint fingerprint(Dataset<Row> predictions, int k) {
        return predictions.select(SparkTableReader.ID, "prediction").javaRDD().mapPartitions(rows -> {
            PartitionFingerprint.Builder builder = new PartitionFingerprint.Builder(k);
            while (rows.hasNext()) {
                Row row = rows.next();
                builder.add(row.getLong(0), row.getInt(1));
            }
            return List.of(builder).iterator();
        }).reduce(PartitionFingerprint.Builder::merge).build();
    }

    /** Each distinct label, numbered in order of first row, as the local ARI numbers them. */
    private static Map<String, Integer> labelCodes(Dataset<Row> rows) {
        List<Row> firsts = rows.groupBy(SparkTableReader.LABEL).min(SparkTableReader.ID)
                .orderBy("min(" + SparkTableReader.ID + ")").collectAsList();
        Map<String, Integer> codes = new HashMap<>();
        for (Row row : firsts) {
            codes.put(row.getString(0), codes.size());
        }
        return codes;
    }

    /** ARI of the partition against the labels, from their contingency table counted by Spark. */
    private static double adjustedRandIndex(Dataset<Row> predictions, Map<String, Integer> labelCodes, int k) {
        List<Row> counts = predictions.groupBy(SparkTableReader.LABEL, "prediction").count().collectAsList();
        long[] table = new long[labelCodes.size() * k];
        for (Row row : counts) {
            table[labelCodes.get(row.getString(0)) * k + row.getInt(1)] += row.getLong(2);
        }
        return PartitionMetrics.adjustedRandIndex(table, labelCodes.size(), k);
    }
}
