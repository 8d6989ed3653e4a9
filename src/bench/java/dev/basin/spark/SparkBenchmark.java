package dev.basin.spark;

import dev.basin.analysis.RunExecutor;
import dev.basin.analysis.Sweep;
import dev.basin.analysis.SweepConfig;
import dev.basin.analysis.SweepResult;
import dev.basin.data.Dataset;
import dev.basin.data.MissingPolicy;
import dev.basin.data.Scaling;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.init.KMeansPlusPlus;
import dev.basin.kmeans.init.RandomRows;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Basin on Spark against Basin alone and against plain Spark ML, on the shared benchmark sets (made by
 * {@code gen_data.py --out DIR}):
 * <ol>
 *   <li>{@code --engine spark --master local[2]} against {@code --engine local} (2 threads): a
 *       {@code --seeds} × 2-initializer sweep (k-means++, random) of B1, with and without starting the
 *       session;</li>
 *   <li>{@code --engine mllib} on B3 against plain Spark ML {@code KMeans} with the same parameters
 *       ({@code --mllib-seeds} seeds, k-means||, k = 8, max_iter 300, tol 1e-4): Basin's time includes its
 *       reading and checks of the table and the fingerprint pass of every fit; plain Spark ML's, reading the
 *       same CSV file with a schema and assembling the features vector.</li>
 * </ol>
 * Run with {@code mvn -q -Pbench -DskipTests verify -Dbench.main=dev.basin.spark.SparkBenchmark
 * -Dbench.args="--data /tmp/kbench"}.
 */
public final class SparkBenchmark {
    private SparkBenchmark() {
    }

    /**
     * Runs both comparisons and prints their figures.
     *
     * @param args {@code --data DIR} (B1.f64 and B3.csv), {@code --seeds N} (2000), {@code --mllib-seeds N} (10),
     *             {@code --skip-sweep}, {@code --skip-mllib}
     * @throws IOException if the data cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path data = Path.of("/tmp/kbench");
        int seeds = 2000;
        int mllibSeeds = 10;
        boolean sweep = true;
        boolean mllib = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--seeds" -> seeds = Integer.parseInt(args[++i]);
                case "--mllib-seeds" -> mllibSeeds = Integer.parseInt(args[++i]);
                case "--skip-sweep" -> sweep = false;
                case "--skip-mllib" -> mllib = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.printf(Locale.US, "load average before: %s%n", loadAverage());
        if (sweep) {
            sweepComparison(readF64(data.resolve("B1.f64"), 2), seeds);
        }
        if (mllib) {
            mllibComparison(data.resolve("B3.csv"), mllibSeeds);
        }
        System.out.printf(Locale.US, "load average after: %s%n", loadAverage());
    }

    private static void sweepComparison(Dataset b1, int seeds) {
        SweepConfig config = SweepConfig.of(KMeansConfig.defaults(15).withThreads(2),
                List.of(KMeansPlusPlus.greedy(), new RandomRows()), SweepConfig.seedRange(0, seeds));
        SweepConfig warmup = SweepConfig.of(KMeansConfig.defaults(15).withThreads(2),
                List.of(KMeansPlusPlus.greedy(), new RandomRows()), SweepConfig.seedRange(100_000, 20));
        Sweep.run(b1, warmup, Sweep.Progress.NONE);
        long start = System.nanoTime();
        SweepResult local = Sweep.run(b1, config, null, RunExecutor.LOCAL, Sweep.Progress.NONE);
        double localSeconds = seconds(start);

        start = System.nanoTime();
        SparkSession spark = SparkSessions.start("local[2]", "SparkBenchmark");
        double sessionSeconds = seconds(start);
        try {
            Sweep.run(b1, warmup, null, new SparkRunExecutor(spark), Sweep.Progress.NONE);
            start = System.nanoTime();
            SweepResult onSpark = Sweep.run(b1, config, null, new SparkRunExecutor(spark), Sweep.Progress.NONE);
            double sparkSeconds = seconds(start);
            boolean same = local.basins().size() == onSpark.basins().size()
                    && local.runs().get(local.bestRun()).inertia() == onSpark.runs().get(onSpark.bestRun()).inertia();
            System.out.printf(Locale.US, "B1 sweep, %d seeds × 2 initializers = %d runs (k = 15)%n", seeds, 2 * seeds);
            System.out.printf(Locale.US, "  --engine local (2 threads)         %8.1f s%n", localSeconds);
            System.out.printf(Locale.US, "  --engine spark --master local[2]   %8.1f s   (+%.1f%%)%n", sparkSeconds,
                    100 * (sparkSeconds / localSeconds - 1));
            System.out.printf(Locale.US, "  session start                      %8.1f s   (with it: +%.1f%%)%n", sessionSeconds,
                    100 * ((sparkSeconds + sessionSeconds) / localSeconds - 1));
            System.out.printf(Locale.US, "  same basins and best inertia: %s (%d basins)%n", same, local.basins().size());
        } finally {
            spark.stop();
        }
    }

    private static void mllibComparison(Path b3, int seeds) throws IOException {
        Path headed = Files.createTempFile("B3-", ".csv");
        try {
            try (OutputStream out = Files.newOutputStream(headed)) {
                out.write("x0,x1,x2,x3,x4,x5,x6,x7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                Files.copy(b3, out);
            }
            long[] seedList = new long[seeds];
            for (int i = 0; i < seeds; i++) {
                seedList[i] = i;
            }
            try (SparkEngine engine = SparkEngine.start("local[2]", "SparkBenchmark")) {
                SparkSession spark = engine.session();
                long start = System.nanoTime();
                MllibSweep.Request request = new MllibSweep.Request(new TableOptions(headed.toString(), null, null,
                        null, ',', Scaling.NONE, MissingPolicy.ERROR), 8, List.of("k-means||"), seedList, 300, 1e-4, 1, 0, 10);
                MllibSweep.Finished basin = MllibSweep.run(engine, request, Sweep.Progress.NONE);
                double basinSeconds = seconds(start);

                start = System.nanoTime();
                org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType();
                List<String> columns = new ArrayList<>();
                for (int j = 0; j < 8; j++) {
                    schema = schema.add("x" + j, org.apache.spark.sql.types.DataTypes.DoubleType);
                    columns.add("x" + j);
                }
                org.apache.spark.sql.Dataset<Row> frame = new VectorAssembler().setInputCols(columns.toArray(String[]::new))
                        .setOutputCol("features").transform(spark.read().option("header", "true").schema(schema)
                                .csv(headed.toString())).select("features")
                        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
                frame.count();
                double cost = 0;
                for (long seed : seedList) {
                    cost += new KMeans().setK(8).setSeed(seed).setMaxIter(300).setTol(1e-4).setInitMode("k-means||")
                            .fit(frame).summary().trainingCost();
                }
                frame.unpersist();
                double plainSeconds = seconds(start);
                double basinCost = basin.result().runs().stream().mapToDouble(r -> r.inertia()).sum();
                System.out.printf(Locale.US, "B3 (1,000,000 × 8, k = 8), %d seeds of Spark ML KMeans (k-means||) on local[2]%n", seeds);
                System.out.printf(Locale.US, "  basin sweep --engine mllib         %8.1f s   (%.2f×)%n", basinSeconds,
                        basinSeconds / plainSeconds);
                System.out.printf(Locale.US, "  plain Spark ML KMeans              %8.1f s%n", plainSeconds);
                System.out.printf(Locale.US, "  same total cost: %s (%.6g vs %.6g), %d basins%n",
                        Math.abs(basinCost - cost) <= 1e-9 * cost, basinCost, cost, basin.result().basins().size());
            }
        } finally {
            Files.deleteIfExists(headed);
        }
    }

    private static Dataset readF64(Path file, int dims) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        double[] values = new double[bytes.remaining() / 8];
        bytes.asDoubleBuffer().get(values);
        List<String> features = new ArrayList<>();
        for (int j = 0; j < dims; j++) {
            features.add("x" + j);
        }
        return Dataset.of(values, features);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
