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
 *       ({@code --mllib-seeds} seeds, k-means||, k = 8, max_iter 300, tol 1e-4), in the same session,
 *       {@code --mllib-rounds} times with the sides alternating (who goes first changes every round), after
 *       an untimed run of both on a 50,000-row slice; medians are quoted. Basin's time includes its reading
 *       and checks of the table (row numbering, the scan of every value, parsing), caching it, every fit with
 *       its fingerprint pass, and the analysis; plain Spark ML's, reading the same CSV file with its schema
 *       given, assembling the features vector, caching it, and every fit. Both fit the same cached kind of
 *       rows, so their training costs must agree.</li>
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
     *             {@code --mllib-rounds N} (3), {@code --skip-sweep}, {@code --skip-mllib}
     * @throws IOException if the data cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path data = Path.of("/tmp/kbench");
        int seeds = 2000;
        int mllibSeeds = 10;
        int mllibRounds = 3;
        boolean sweep = true;
        boolean mllib = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--seeds" -> seeds = Integer.parseInt(args[++i]);
                case "--mllib-seeds" -> mllibSeeds = Integer.parseInt(args[++i]);
                case "--mllib-rounds" -> mllibRounds = Integer.parseInt(args[++i]);
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
            mllibComparison(data.resolve("B3.csv"), mllibSeeds, mllibRounds);
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

    /** One side's time for one sweep: in all, and in the fits (Basin's include each fit's fingerprint pass). */
    private record Timed(double seconds, double fitSeconds, double cost, int basins) {
        double readSeconds() {
            return seconds - fitSeconds;
        }
    }

    private static void mllibComparison(Path b3, int seeds, int repeats) throws IOException {
        Path headed = Files.createTempFile("B3-", ".csv");
        Path warmup = Files.createTempFile("B3-warmup-", ".csv");
        try {
            writeHeaded(b3, headed, Long.MAX_VALUE);
            writeHeaded(b3, warmup, 50_000);
            long[] seedList = new long[seeds];
            for (int i = 0; i < seeds; i++) {
                seedList[i] = i;
            }
            try (SparkEngine engine = SparkEngine.start("local[2]", "SparkBenchmark")) {
                // untimed: both paths once on a 50,000-row slice, so neither side pays for compiling Spark's code
                basinSide(engine, warmup, new long[]{0});
                plainSide(engine.session(), warmup, new long[]{0});
                List<Timed> basin = new ArrayList<>();
                List<Timed> plain = new ArrayList<>();
                System.out.printf(Locale.US, "B3 (1,000,000 × 8, k = 8), %d seeds of Spark ML KMeans (k-means||, max_iter 300,"
                        + " tol 1e-4) on local[2], %d rounds, sides alternating%n", seeds, repeats);
                for (int round = 0; round < repeats; round++) {
                    boolean basinFirst = round % 2 == 0;
                    if (basinFirst) {
                        basin.add(basinSide(engine, headed, seedList));
                        plain.add(plainSide(engine.session(), headed, seedList));
                    } else {
                        plain.add(plainSide(engine.session(), headed, seedList));
                        basin.add(basinSide(engine, headed, seedList));
                    }
                    Timed b = basin.getLast();
                    Timed p = plain.getLast();
                    System.out.printf(Locale.US, "  round %d (%s first): basin %.1f s (read %.1f, fits %.1f), plain %.1f s"
                                    + " (read %.1f, fits %.1f): %.2f×; same total cost: %s; load %s%n", round + 1,
                            basinFirst ? "basin" : "plain", b.seconds(), b.readSeconds(), b.fitSeconds(), p.seconds(),
                            p.readSeconds(), p.fitSeconds(), b.seconds() / p.seconds(),
                            Math.abs(b.cost() - p.cost()) <= 1e-9 * p.cost(), loadAverage());
                }
                double basinMedian = median(basin.stream().mapToDouble(Timed::seconds).toArray());
                double plainMedian = median(plain.stream().mapToDouble(Timed::seconds).toArray());
                System.out.printf(Locale.US, "  basin sweep --engine mllib   median %8.1f s (read and check %.1f, fits with"
                                + " fingerprint pass %.1f)   %.2f×%n", basinMedian,
                        median(basin.stream().mapToDouble(Timed::readSeconds).toArray()),
                        median(basin.stream().mapToDouble(Timed::fitSeconds).toArray()), basinMedian / plainMedian);
                System.out.printf(Locale.US, "  plain Spark ML KMeans        median %8.1f s (read and cache %.1f, fits %.1f)%n",
                        plainMedian, median(plain.stream().mapToDouble(Timed::readSeconds).toArray()),
                        median(plain.stream().mapToDouble(Timed::fitSeconds).toArray()));
                System.out.printf(Locale.US, "  %d basins; one fingerprint pass alone: median %.2f s of 5%n",
                        basin.getLast().basins(), fingerprintPass(engine, headed));
            }
        } finally {
            Files.deleteIfExists(headed);
            Files.deleteIfExists(warmup);
        }
    }

    /** Basin's {@code --engine mllib} sweep: reading and checking the table, caching it, every fit and its fingerprint pass, the analysis. */
    private static Timed basinSide(SparkEngine engine, Path csv, long[] seeds) {
        long start = System.nanoTime();
        MllibSweep.Request request = new MllibSweep.Request(new TableOptions(csv.toString(), null, null,
                null, ',', Scaling.NONE, MissingPolicy.ERROR), 8, List.of("k-means||"), seeds, 300, 1e-4, 1, 0, 10);
        MllibSweep.Finished finished = MllibSweep.run(engine, request, Sweep.Progress.NONE);
        double seconds = seconds(start);
        return new Timed(seconds, finished.result().runs().stream().mapToDouble(r -> r.seconds()).sum(),
                finished.result().runs().stream().mapToDouble(r -> r.inertia()).sum(), finished.result().basins().size());
    }

    /** Plain Spark ML: the CSV read with its schema given, the features assembled and cached, one fit per seed. */
    private static Timed plainSide(SparkSession spark, Path csv, long[] seeds) {
        long start = System.nanoTime();
        org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType();
        List<String> columns = new ArrayList<>();
        for (int j = 0; j < 8; j++) {
            schema = schema.add("x" + j, org.apache.spark.sql.types.DataTypes.DoubleType);
            columns.add("x" + j);
        }
        org.apache.spark.sql.Dataset<Row> frame = new VectorAssembler().setInputCols(columns.toArray(String[]::new))
                .setOutputCol("features").transform(spark.read().option("header", "true").schema(schema)
                        .csv(csv.toString())).select("features")
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        frame.count();
        double read = seconds(start);
        double cost = 0;
        for (long seed : seeds) {
            cost += new KMeans().setK(8).setSeed(seed).setMaxIter(300).setTol(1e-4).setInitMode("k-means||")
                    .fit(frame).summary().trainingCost();
        }
        frame.unpersist(true);
        double seconds = seconds(start);
        return new Timed(seconds, seconds - read, cost, 0);
    }

    /** The median time of the fingerprint pass alone over the cached table, for one fit's predictions. */
    private static double fingerprintPass(SparkEngine engine, Path csv) {
        SparkTableReader.Table table = SparkTableReader.read(engine.session(), new TableOptions(csv.toString(), null,
                null, null, ',', Scaling.NONE, MissingPolicy.ERROR));
        try {
            org.apache.spark.ml.clustering.KMeansModel model = new KMeans().setK(8).setSeed(0).setMaxIter(300)
                    .setTol(1e-4).setInitMode("k-means||").setFeaturesCol(SparkTableReader.FEATURES).fit(table.rows());
            double[] times = new double[5];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                MllibSweep.fingerprint(model.summary().predictions(), 8);
                times[i] = seconds(start);
            }
            return median(times);
        } finally {
            table.rows().unpersist(true);
        }
    }

    /** Copies the headerless benchmark CSV under a header row, at most {@code rows} rows. */
    private static void writeHeaded(Path from, Path to, long rows) throws IOException {
        try (java.io.BufferedReader in = Files.newBufferedReader(from, java.nio.charset.StandardCharsets.US_ASCII);
             java.io.BufferedWriter out = Files.newBufferedWriter(to, java.nio.charset.StandardCharsets.US_ASCII)) {
            out.write("x0,x1,x2,x3,x4,x5,x6,x7\n");
            String line;
            for (long i = 0; i < rows && (line = in.readLine()) != null; i++) {
                out.write(line);
                out.write('\n');
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
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
