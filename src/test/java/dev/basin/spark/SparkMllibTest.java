package dev.basin.spark;

import dev.basin.analysis.PartitionFingerprint;
import dev.basin.analysis.PartitionMetrics;
import dev.basin.analysis.RunRecord;
import dev.basin.analysis.SweepConfig;
import dev.basin.cli.BasinCommand;
import dev.basin.data.CsvLoader;
import dev.basin.data.CsvOptions;
import dev.basin.data.Dataset;
import dev.basin.data.MissingPolicy;
import dev.basin.data.Scaling;
import dev.basin.kmeans.KMeans;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.init.KMeansParallel;
import dev.basin.kmeans.init.RandomRows;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --engine mllib} on {@code local[2]}: Spark ML's cost is Basin's inertia of the same centers, the
 * distributed fingerprint is the local one, and bad input gets the local loader's clear errors.
 */
class SparkMllibTest {
    private static SparkEngine spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkEngine.start("local[2]", "SparkMllibTest");
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }

    /** Iris with a weight column (1 to 3 by row) written next to the test. */
    private static Path weightedIris() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("datasets/iris.csv"));
        List<String> weighted = new ArrayList<>(List.of(lines.getFirst() + ",w"));
        for (int i = 1; i < lines.size(); i++) {
            weighted.add(lines.get(i) + "," + (1 + (i % 3)));
        }
        Path file = dir.resolve("iris-weighted.csv");
        Files.write(file, weighted);
        return file;
    }

    @Test
    void trainingCostIsBasinsInertiaOfTheSameCentersAndFingerprintsAgree() throws IOException {
        Path file = weightedIris();
        for (Scaling scaling : List.of(Scaling.STANDARD)) {
            TableOptions table = new TableOptions(file.toString(), null, "species", "w", null, scaling, MissingPolicy.ERROR);
            SparkTableReader.Table read = SparkTableReader.read(spark.session(), table);
            try {
                Dataset local = scaling.apply(CsvLoader.load(file, CsvOptions.defaults().withLabelColumn("species")
                        .withWeightColumn("w")).dataset()).data();
                assertEquals(local.rows(), read.count());
                MllibSweep.Request request = new MllibSweep.Request(table, 3, List.of("k-means||", "random"),
                        new long[]{1}, 20, 1e-4, 1, 0, 10);
                SweepConfig config = new SweepConfig(KMeansConfig.defaults(3).withNInit(1).withRandomState(0L),
                        List.of(KMeansParallel.sparkDefaults(), new RandomRows()), new long[]{1}, 0, 0, 10);
                for (int run = 0; run < config.runCount(); run++) {
                    RunRecord record = MllibSweep.fit(read, config, request, run, labelCodes(local));
                    int[] labels = new int[local.rows()];
                    double inertia = 0;
                    for (int i = 0; i < local.rows(); i++) {
                        double[] row = local.row(i);
                        labels[i] = KMeans.predict(record.centers(), local.dims(), row);
                        double squared = 0;
                        for (int j = 0; j < row.length; j++) {
                            double diff = row[j] - record.centers()[labels[i] * local.dims() + j];
                            squared += diff * diff;
                        }
                        inertia += local.weight(i) * squared;
                    }
                    String where = scaling + " run " + run;
                    assertEquals(inertia, record.inertia(), 1e-9 * inertia, where);
                    assertEquals(PartitionFingerprint.of(labels, 3), record.fingerprint(), where);
                    assertEquals(PartitionMetrics.adjustedRandIndex(local.labels().orElseThrow(), labels),
                            record.ariToLabels(), 1e-12, where);
                }
            } finally {
                read.rows().unpersist();
            }
        }
    }

    private static java.util.Map<String, Integer> labelCodes(Dataset local) {
        java.util.Map<String, Integer> codes = new java.util.HashMap<>();
        for (String label : local.labels().orElseThrow()) {
            codes.putIfAbsent(label, codes.size());
        }
        return codes;
    }

    @Test
    void theDistributedFingerprintIsTheLocalOneInAnyRowOrder() {
        Random random = new Random(42);
        for (int trial = 0; trial < 3; trial++) {
            int n = 200 + random.nextInt(800);
            int k = 2 + random.nextInt(6);
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextInt(k);
            }
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(RowFactory.create((long) i, labels[i]));
            }
            Collections.shuffle(rows, random);
            StructType schema = new StructType().add(SparkTableReader.ID, DataTypes.LongType)
                    .add("prediction", DataTypes.IntegerType);
            var frame = spark.session().createDataFrame(rows, schema).repartition(1 + random.nextInt(7));
            assertEquals(PartitionFingerprint.of(labels, k), MllibSweep.fingerprint(frame, k), "trial " + trial);
        }
    }

    @Test
    void aSweepWritesTheFilesReportReads() throws IOException {
        Path out = dir.resolve("mllib-sweep");
        Cli sweep = cli("sweep", "datasets/iris.csv", "-k", "3", "--seeds", "4", "--label-column", "species",
                "--engine", "mllib", "--master", "local[2]", "--concurrent-runs", "2", "--out", out.toString(), "-q");
        assertEquals(0, sweep.code(), sweep.err());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(9, runs.size(), "header and 2 initializers × 4 seeds");
        assertTrue(runs.get(1).startsWith("k-means||,0,"), runs.get(1));
        assertTrue(runs.get(5).startsWith("random,0,"), runs.get(5));
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"engine\": \"mllib\""), summary);
        Path report = dir.resolve("mllib-report");
        Cli reported = cli("report", "--from", out.toString(), "--out", report.toString(), "-q");
        assertEquals(0, reported.code(), reported.err());
        assertTrue(Files.readString(report.resolve("index.html")).contains("k-means||"));
    }

    @Test
    void badInputGetsTheLocalLoadersClearErrors() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "a,b,c,w,name\n1,2,1,1,x\n3,abc,2,1,y\n5,6,,1,z\n7,8,4,-2,w\n");
        assertError("no such file: " + dir.resolve("missing.csv"), "sweep", dir.resolve("missing.csv").toString());
        assertError(csv + ": column 'zz' (from --columns) does not exist; the columns are: a, b, c, w, name",
                "sweep", csv.toString(), "--columns", "a,zz");
        assertError(csv + ", row 2, column 'b': value 'abc' is not a number; choose numeric columns with --columns",
                "sweep", csv.toString(), "--columns", "a,b");
        assertError(csv + ", row 3, column 'c': the value is missing; fill it in, or use --missing drop to drop such rows",
                "sweep", csv.toString(), "--columns", "a,c");
        assertError(csv + ", row 4, column 'w': weight '-2' is negative; weights must be numbers, 0 or more",
                "sweep", csv.toString(), "--columns", "a", "--weight-column", "w");
        assertError("--engine mllib has the initializers random and k-means|| (alias kmeans-parallel); 'k-means++' is"
                + " Basin's only: use --engine local or spark for it", "sweep", csv.toString(), "--init", "k-means++");
    }

    @Test
    void rowsAreNumberedInFileOrderAcrossSparkPartitions() throws IOException {
        // row i holds a = i; row 1500 misses b, row 2700 has text in c
        StringBuilder text = new StringBuilder("a,b,c\n");
        for (int i = 0; i < 3000; i++) {
            text.append(i).append(',').append(i == 1500 ? "" : Integer.toString(2 * i)).append(',')
                    .append(i == 2700 ? "x" : "1").append('\n');
        }
        Path csv = dir.resolve("many-partitions.csv");
        Files.writeString(csv, text);
        var conf = spark.session().conf();
        conf.set("spark.sql.files.maxPartitionBytes", "4096");
        try {
            List<String> ab = List.of("a", "b");
            SparkTableReader.Table dropped = SparkTableReader.read(spark.session(),
                    new TableOptions(csv.toString(), ab, null, null, ',', Scaling.NONE, MissingPolicy.DROP));
            try {
                assertTrue(dropped.rows().javaRDD().getNumPartitions() > 1, "the file is read in several partitions");
                assertEquals(2999, dropped.count());
                for (Row row : dropped.rows().select(SparkTableReader.ID, SparkTableReader.FEATURES).collectAsList()) {
                    long id = row.getLong(0);
                    double a = ((org.apache.spark.ml.linalg.Vector) row.get(1)).apply(0);
                    assertEquals(a < 1500 ? id : id + 1, (long) a, "rows numbered in file order, after dropping row 1501");
                }
            } finally {
                dropped.rows().unpersist();
            }
            SparkTableReader.Table kept = SparkTableReader.read(spark.session(),
                    new TableOptions(csv.toString(), List.of("a"), null, null, ',', Scaling.NONE, MissingPolicy.ERROR));
            try {
                for (Row row : kept.rows().select(SparkTableReader.ID, SparkTableReader.FEATURES).collectAsList()) {
                    assertEquals(row.getLong(0), (long) ((org.apache.spark.ml.linalg.Vector) row.get(1)).apply(0));
                }
            } finally {
                kept.rows().unpersist();
            }
            assertEquals(csv + ", row 1501, column 'b': the value is missing; fill it in, or use --missing drop to"
                    + " drop such rows", readError(csv, ab));
            assertEquals(csv + ", row 2701, column 'c': value 'x' is not a number; choose numeric columns with --columns",
                    readError(csv, List.of("a", "c")));
        } finally {
            conf.unset("spark.sql.files.maxPartitionBytes");
        }
    }

    private static String readError(Path csv, List<String> columns) {
        try {
            SparkTableReader.read(spark.session(), new TableOptions(csv.toString(), columns, null, null, ',',
                    Scaling.NONE, MissingPolicy.ERROR)).rows().unpersist();
            return "no error";
        } catch (dev.basin.InvalidInputException e) {
            return e.getMessage();
        }
    }

    private static void assertError(String expected, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-k", "2", "--seeds", "2", "--engine", "mllib", "--master", "local[2]"));
        Cli result = cli(all.toArray(String[]::new));
        assertEquals(2, result.code(), result.err());
        assertEquals("basin sweep: " + expected, result.err().strip());
    }

    record Cli(int code, String out, String err) {
    }

    private static Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BasinCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }
}
