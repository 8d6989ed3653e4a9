package dev.basin.spark;

import dev.basin.InvalidInputException;
import dev.basin.data.CellValues;
import dev.basin.data.MissingPolicy;
import dev.basin.data.Scaling;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Reads a table through Spark into the data MLlib clusters, with the local CSV loader's options and its rules
 * for values (missing, numbers, text) and messages. Rows are numbered 0 to n − 1 in the order Spark reads them
 * (file order for one file), after rows dropped by {@code --missing drop}; messages name rows from 1, counting
 * data rows only (the header is not a row).
 *
 * <p>Passes over the data: one to check every value and count each Spark partition's rows (which numbers the
 * rows), one to parse them into the cache every seed's fit then reads; one or two more with {@code --scale}, and
 * one more to number the rows again when {@code --missing drop} dropped some.
 */
final class SparkTableReader {
    static final String ID = "id";
    static final String FEATURES = "features";
    static final String WEIGHT = "weight";
    static final String LABEL = "label";

    private SparkTableReader() {
    }

    /**
     * The data, cached, with a row number ({@value #ID}), a features vector ({@value #FEATURES}), a weight
     * ({@value #WEIGHT}, 1 without a weight column) and, with a label column, the label ({@value #LABEL}).
     */
    record Table(Dataset<Row> rows, List<String> features, long count, boolean weighted, boolean labelled,
                 double[] shift, double[] scale, List<String> notices, char delimiter) {
    }

    /** One parsed row and its row number in the file (before rows with missing values are dropped). */
    record Parsed(long id, double[] values, double weight, String label) implements Serializable {
    }

    static Table read(SparkSession spark, TableOptions options) {
        String path = options.path();
        char delimiter = options.parquet() ? ',' : delimiter(spark, options);
        Dataset<Row> raw = open(spark, options, delimiter);
        List<String> names = Arrays.asList(raw.columns());
        if (names.isEmpty()) {
            throw new InvalidInputException(path + " is empty; it needs a header row naming the columns");
        }
        String label = named(path, names, options.labelColumn(), "label column");
        String weight = named(path, names, options.weightColumn(), "weight column");
        if (label != null && label.equals(weight)) {
            throw new InvalidInputException(path + ": column " + CellValues.quote(label)
                    + " is given as both the label column and the weight column; a column can play one part only");
        }
        List<String> candidates = new ArrayList<>();
        if (options.columns().isEmpty()) {
            names.stream().filter(n -> !n.equals(label) && !n.equals(weight)).forEach(candidates::add);
        } else {
            for (String name : options.columns()) {
                named(path, names, name, "column");
                if (name.equals(label) || name.equals(weight)) {
                    throw new InvalidInputException(path + ": column " + CellValues.quote(name)
                            + " is given both in --columns and as the " + (name.equals(label) ? "label" : "weight")
                            + " column; a column can play one part only");
                }
                candidates.add(name);
            }
        }
        List<String> scanned = new ArrayList<>(candidates);
        if (weight != null) {
            scanned.add(weight);
        }
        if (label != null) {
            scanned.add(label);
        }
        JavaRDD<Row> used;
        try {
            used = raw.select(scanned.stream().map(n -> new Column(quoteName(n))).toArray(Column[]::new)).javaRDD();
        } catch (Exception e) { // Spark's AnalysisException is checked in Java's eyes, though undeclared
            throw readFailure(path, e);
        }
        Scan found = scan(path, used, scanned.size());
        ColumnScan[] scans = found.columns();
        long[] firstRowOf = found.firstRowOf();

        List<String> notices = new ArrayList<>();
        List<String> features = new ArrayList<>();
        if (options.columns().isEmpty()) {
            List<String> text = new ArrayList<>();
            List<String> empty = new ArrayList<>();
            for (int c = 0; c < candidates.size(); c++) {
                if (scans[c].numeric()) {
                    features.add(candidates.get(c));
                } else if (scans[c].firstText >= 0) {
                    text.add(candidates.get(c));
                } else {
                    empty.add(candidates.get(c));
                }
            }
            if (features.isEmpty()) {
                throw new InvalidInputException(path + ": no numeric column to cluster"
                        + (text.isEmpty() ? "" : "; these hold text: " + CellValues.names(text))
                        + (empty.isEmpty() ? "" : "; these are empty: " + CellValues.names(empty))
                        + "; check the delimiter or give a table with numeric columns");
            }
            if (!text.isEmpty()) {
                notices.add("left out non-numeric columns: " + CellValues.names(text)
                        + " (a column of class names can be compared with the clusters: --label-column)");
            }
            if (!empty.isEmpty()) {
                notices.add("left out columns without values: " + CellValues.names(empty));
            }
        } else {
            for (int c = 0; c < candidates.size(); c++) {
                if (scans[c].firstText >= 0) {
                    throw new InvalidInputException(where(path, scans[c].firstText, candidates.get(c)) + "value "
                            + CellValues.quote(scans[c].text) + " is not a number; choose numeric columns with --columns");
                }
            }
            features.addAll(candidates);
        }
        int[] featureAt = features.stream().mapToInt(scanned::indexOf).toArray();
        for (int f = 0; f < features.size(); f++) {
            ColumnScan scan = scans[featureAt[f]];
            if (scan.firstNotFinite >= 0) {
                throw new InvalidInputException(where(path, scan.firstNotFinite, features.get(f)) + "value "
                        + CellValues.quote(scan.notFinite) + " is not finite; Basin needs finite numbers, so correct or remove it");
            }
        }
        int weightAt = weight == null ? -1 : scanned.indexOf(weight);
        if (weightAt >= 0) {
            ColumnScan scan = scans[weightAt];
            if (scan.firstText >= 0) {
                throw new InvalidInputException(where(path, scan.firstText, weight) + "weight "
                        + CellValues.quote(scan.text) + " is not a number; weights must be numbers, 0 or more");
            }
            if (scan.firstNotFinite >= 0) {
                throw new InvalidInputException(where(path, scan.firstNotFinite, weight) + "weight "
                        + CellValues.quote(scan.notFinite) + " is not finite; Basin needs finite numbers, so correct or remove it");
            }
            if (scan.firstNegative >= 0) {
                throw new InvalidInputException(where(path, scan.firstNegative, weight) + "weight "
                        + CellValues.quote(scan.negative) + " is negative; weights must be numbers, 0 or more");
            }
        }
        int labelAt = label == null ? -1 : scanned.indexOf(label);
        List<Integer> usedColumns = new ArrayList<>();
        for (int at : featureAt) {
            usedColumns.add(at);
        }
        if (weightAt >= 0) {
            usedColumns.add(weightAt);
        }
        if (labelAt >= 0) {
            usedColumns.add(labelAt);
        }
        long firstMissing = -1;
        String missingColumn = null;
        for (int at : usedColumns) {
            long row = scans[at].firstMissing;
            if (row >= 0 && (firstMissing < 0 || row < firstMissing)) {
                firstMissing = row;
                missingColumn = scanned.get(at);
            }
        }
        if (firstMissing >= 0 && options.missing() == MissingPolicy.ERROR) {
            throw new InvalidInputException(where(path, firstMissing, missingColumn)
                    + "the value is missing; fill it in, or use --missing drop to drop such rows");
        }

        // Each Spark partition numbers its rows from the first row number the scan found for it, so parsing
        // needs no pass of its own to number them; rows dropped for a missing value leave gaps, closed below.
        JavaRDD<Parsed> parsed = used.mapPartitionsWithIndex((partition, partitionRows) -> {
            List<Parsed> kept = new ArrayList<>();
            long id = firstRowOf[partition];
            while (partitionRows.hasNext()) {
                Parsed p = parse(partitionRows.next(), id++, featureAt, weightAt, labelAt);
                if (p != null) {
                    kept.add(p);
                }
            }
            return kept.iterator();
        }, true);
        if (firstMissing >= 0) {
            notices.add("dropped rows with a missing value (--missing drop); rows are numbered after dropping");
        }
        int dims = features.size();
        double[][] shiftAndScale = scaling(parsed, dims, options.scaling(), features);
        double[] shift = shiftAndScale[0];
        double[] scale = shiftAndScale[1];
        JavaPairRDD<Parsed, Long> numbered = firstMissing >= 0 ? parsed.zipWithIndex()
                : parsed.mapToPair(p -> new Tuple2<>(p, p.id()));
        JavaRDD<Row> rows = numbered.map(pair -> {
            Parsed p = pair._1();
            double[] scaled = new double[p.values().length];
            for (int j = 0; j < scaled.length; j++) {
                scaled[j] = (p.values()[j] - shift[j]) / scale[j];
            }
            return RowFactory.create(pair._2(), Vectors.dense(scaled), p.weight(), p.label());
        });
        StructType schema = new StructType()
                .add(ID, DataTypes.LongType, false)
                .add(FEATURES, SQLDataTypes.VectorType(), false)
                .add(WEIGHT, DataTypes.DoubleType, false)
                .add(LABEL, DataTypes.StringType, true);
        Dataset<Row> table = spark.createDataFrame(rows, schema).persist(StorageLevel.MEMORY_AND_DISK());
        long count = table.count();
        if (count == 0) {
            table.unpersist();
            throw new InvalidInputException(path + " has no rows to cluster" + (firstMissing >= 0
                    ? " after dropping rows with missing values" : "") + "; give a table with data rows");
        }
        return new Table(table, List.copyOf(features), count, weight != null, label != null, shift, scale,
                List.copyOf(notices), delimiter);
    }

    /** One row parsed, or null when it misses a value it needs (an error was raised before if it may not). */
    private static Parsed parse(Row row, long id, int[] featureAt, int weightAt, int labelAt) {
        double[] values = new double[featureAt.length];
        for (int f = 0; f < featureAt.length; f++) {
            Object value = row.get(featureAt[f]);
            if (ColumnScan.kind(value) != CellValues.Kind.NUMBER) {
                return null;
            }
            values[f] = ColumnScan.number(value);
        }
        double w = 1;
        if (weightAt >= 0) {
            Object value = row.get(weightAt);
            if (ColumnScan.kind(value) != CellValues.Kind.NUMBER) {
                return null;
            }
            w = ColumnScan.number(value);
        }
        String labelText = null;
        if (labelAt >= 0) {
            Object value = row.get(labelAt);
            if (ColumnScan.kind(value) == CellValues.Kind.MISSING) {
                return null;
            }
            labelText = String.valueOf(value).strip();
        }
        return new Parsed(id, values, w, labelText);
    }

    private static Dataset<Row> open(SparkSession spark, TableOptions options, char delimiter) {
        try {
            if (options.parquet()) {
                return spark.read().parquet(options.path());
            }
            return spark.read().option("header", "true").option("inferSchema", "false")
                    .option("sep", String.valueOf(delimiter)).option("mode", "FAILFAST")
                    .option("ignoreLeadingWhiteSpace", "true").option("ignoreTrailingWhiteSpace", "true")
                    .csv(options.path());
        } catch (Exception e) { // Spark's AnalysisException is checked in Java's eyes, though undeclared
            throw readFailure(options.path(), e);
        }
    }

    /** The delimiter given, or the one of ',', ';' and tab that the header line holds most of. */
    private static char delimiter(SparkSession spark, TableOptions options) {
        if (options.delimiter() != null) {
            return options.delimiter();
        }
        List<String> first;
        try {
            first = spark.read().textFile(options.path()).limit(1).collectAsList();
        } catch (Exception e) { // Spark's AnalysisException is checked in Java's eyes, though undeclared
            throw readFailure(options.path(), e);
        }
        if (first.isEmpty()) {
            throw new InvalidInputException(options.path() + " is empty; it needs a header row naming the columns");
        }
        String header = first.getFirst();
        char best = ',';
        long bestCount = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[]{';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * What the scan found: per column, the first row of each kind of trouble (numbered in the whole table), and
     * per Spark partition, the number of its first row.
     */
    record Scan(ColumnScan[] columns, long[] firstRowOf) {
    }

    /** One partition's scan: its rows, and its columns' findings numbered from its first row (0). */
    private record PartitionScan(int partition, long rows, ColumnScan[] columns) implements Serializable {
    }

    /**
     * One pass that checks every value and counts every partition's rows: the partitions' findings are
     * renumbered from the counts on the driver (Spark numbers partitions in file order, and reads each in
     * order), so that rows are numbered in the table without a pass of their own.
     */
    private static Scan scan(String path, JavaRDD<Row> rows, int columns) {
        List<PartitionScan> partitions;
        try {
            partitions = rows.mapPartitionsWithIndex((partition, partitionRows) -> {
                ColumnScan[] scans = new ColumnScan[columns];
                for (int c = 0; c < columns; c++) {
                    scans[c] = new ColumnScan();
                }
                long row = 0;
                while (partitionRows.hasNext()) {
                    Row values = partitionRows.next();
                    for (int c = 0; c < columns; c++) {
                        scans[c].see(row, values.get(c));
                    }
                    row++;
                }
                return List.of(new PartitionScan(partition, row, scans)).iterator();
            }, true).collect();
        } catch (Exception e) { // Spark's AnalysisException is checked in Java's eyes, though undeclared
            throw readFailure(path, e);
        }
        PartitionScan[] byPartition = new PartitionScan[rows.getNumPartitions()];
        for (PartitionScan scan : partitions) {
            byPartition[scan.partition()] = scan;
        }
        ColumnScan[] merged = new ColumnScan[columns];
        for (int c = 0; c < columns; c++) {
            merged[c] = new ColumnScan();
        }
        long[] firstRowOf = new long[byPartition.length];
        long first = 0;
        for (int p = 0; p < byPartition.length; p++) {
            firstRowOf[p] = first;
            for (int c = 0; c < columns; c++) {
                merged[c].merge(byPartition[p].columns()[c].shifted(first));
            }
            first += byPartition[p].rows();
        }
        return new Scan(merged, firstRowOf);
    }

    /** Per feature: {shift, scale} as {@link Scaling#apply} computes them (in a distributed order of sums). */
    private static double[][] scaling(JavaRDD<Parsed> parsed, int dims, Scaling scaling, List<String> features) {
        double[] shift = new double[dims];
        double[] scale = new double[dims];
        Arrays.fill(scale, 1.0);
        if (scaling == Scaling.NONE) {
            return new double[][]{shift, scale};
        }
        // per feature: min, max, sum; then the count
        double[] zero = new double[3 * dims + 1];
        for (int j = 0; j < dims; j++) {
            zero[3 * j] = Double.POSITIVE_INFINITY;
            zero[3 * j + 1] = Double.NEGATIVE_INFINITY;
        }
        double[] stats = parsed.aggregate(zero, (acc, p) -> {
            double[] a = acc.clone();
            for (int j = 0; j < dims; j++) {
                double v = p.values()[j];
                a[3 * j] = Math.min(a[3 * j], v);
                a[3 * j + 1] = Math.max(a[3 * j + 1], v);
                a[3 * j + 2] += v;
            }
            a[3 * dims] += 1;
            return a;
        }, (a, b) -> {
            double[] m = a.clone();
            for (int j = 0; j < dims; j++) {
                m[3 * j] = Math.min(a[3 * j], b[3 * j]);
                m[3 * j + 1] = Math.max(a[3 * j + 1], b[3 * j + 1]);
                m[3 * j + 2] = a[3 * j + 2] + b[3 * j + 2];
            }
            m[3 * dims] = a[3 * dims] + b[3 * dims];
            return m;
        });
        double n = stats[3 * dims];
        double[] mean = new double[dims];
        for (int j = 0; j < dims; j++) {
            mean[j] = stats[3 * j + 2] / n;
        }
        double[] squares = scaling == Scaling.STANDARD ? parsed.aggregate(new double[dims], (acc, p) -> {
            double[] a = acc.clone();
            for (int j = 0; j < dims; j++) {
                double deviation = p.values()[j] - mean[j];
                a[j] += deviation * deviation;
            }
            return a;
        }, (a, b) -> {
            double[] m = a.clone();
            for (int j = 0; j < dims; j++) {
                m[j] += b[j];
            }
            return m;
        }) : new double[dims];
        for (int j = 0; j < dims; j++) {
            double min = stats[3 * j];
            double max = stats[3 * j + 1];
            if (n == 0 || min == max) {
                shift[j] = n == 0 ? 0 : min;
                scale[j] = 1;
            } else if (scaling == Scaling.MINMAX) {
                shift[j] = min;
                scale[j] = max - min;
            } else {
                shift[j] = mean[j];
                scale[j] = Math.sqrt(squares[j] / n);
            }
            if (!Double.isFinite(shift[j]) || !Double.isFinite(scale[j])) {
                throw new InvalidInputException("feature " + CellValues.quote(features.get(j))
                        + " spans too wide a range to scale with " + scaling.name().toLowerCase(Locale.ROOT)
                        + " scaling in double precision; rescale it in the file or choose no scaling");
            }
        }
        return new double[][]{shift, scale};
    }

    private static String named(String path, List<String> names, String name, String part) {
        if (name == null) {
            return null;
        }
        if (!names.contains(name)) {
            String from = part.equals("column") ? " (from --columns)" : "";
            throw new InvalidInputException(path + ": " + part + " " + CellValues.quote(name) + from
                    + " does not exist; the columns are: " + CellValues.names(names));
        }
        return name;
    }

    private static String where(String path, long row, String column) {
        return path + ", row " + (row + 1) + ", column " + CellValues.quote(column) + ": ";
    }

    /** Column names with dots or spaces must be quoted in Spark's column expressions. */
    private static String quoteName(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** A failure of Spark to read the path, as one line: a missing path, a malformed CSV file, or else. */
    static InvalidInputException readFailure(String path, Exception e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid;
        }
        String message = String.valueOf(e.getMessage());
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String text = String.valueOf(cause.getMessage());
            if (text.contains("PATH_NOT_FOUND") || text.contains("Path does not exist")
                    || cause instanceof java.io.FileNotFoundException) {
                return new InvalidInputException("no such file: " + path, e);
            }
            if (text.contains("Malformed") || text.contains("MALFORMED")) {
                return new InvalidInputException(path + " could not be read as CSV: a row has more or fewer fields"
                        + " than the header, or a quote is not closed; check the file and its delimiter", e);
            }
        }
        return new InvalidInputException("cannot read " + path + " with Spark: " + firstLine(message), e);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
