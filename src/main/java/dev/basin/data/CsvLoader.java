package dev.basin.data;

import dev.basin.InvalidInputException;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.AddCellToColumnException;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.io.csv.CsvReader;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads CSV files into Basin: a data file into a {@link Dataset}, and a file of initial centers.
 *
 * <h2>The file</h2>
 * UTF-8 text, with or without a byte order mark; the first row is a header naming the columns. Fields are
 * separated by a comma, a semicolon or a tab, detected from the header and the first data lines unless
 * {@link CsvOptions#delimiter()} names one. Fields may be quoted ({@code "Paris, France"}; a quote inside
 * quotes is doubled). Spaces around unquoted values are ignored, and lines holding nothing but spaces are
 * skipped wherever they are. Line numbers in messages count every line of the file, the header being
 * line 1.
 *
 * <h2>Values</h2>
 * Numbers are read the same way in every locale: a decimal point, an optional exponent, an optional sign
 * ({@code 3}, {@code -0.5}, {@code +1.2e-3}); hexadecimal, digit grouping and decimal commas are not
 * numbers. A value is missing when it is empty or reads {@code NA}, {@code N/A}, {@code NaN},
 * {@code null} or {@code ?} (any case). See {@link ValueKind} for the exact rules.
 *
 * <h2>Columns</h2>
 * By default every numeric column is a feature, except the label and weight columns; a column holding
 * any text is left out with a notice, as is a column without a name (usually a row index). With
 * {@link CsvOptions#columns()} the named columns are the features, in that order, and each must be
 * numeric. The label column may hold anything; it is kept as text. The weight column must hold finite
 * numbers, 0 or more, not all 0. Infinite or overflowing values ({@code inf}, {@code 1e999}) in a used
 * column are an error.
 *
 * <h2>Errors</h2>
 * Every mistake in the file or the options is an {@link InvalidInputException} with a one-line message
 * that names the file, the line and column where it applies, and what to do.
 *
 * <h2>How it reads</h2>
 * A file whose used columns hold nothing but plain numbers (no quotes, no missing values, no label column:
 * the usual large data file) is read by a fast path straight into the dataset's single row-major
 * {@code double[]}, in parallel parts, with exactly {@link Double#parseDouble}'s values. Any other file,
 * and any file the fast path is not sure of, takes the general path: the file is scanned once by Basin to
 * check its shape and classify its values (that is what makes line numbers exact), then read by Tablesaw
 * into primitive columns, then copied into the dataset's array. Both give the same dataset; every
 * message comes from the general path. The file's SHA-256 is computed alongside. This is the only class
 * in Basin that uses Tablesaw.
 */
public final class CsvLoader {

    private CsvLoader() {
    }

    /**
     * Reads {@code file} as described in the class documentation.
     *
     * @param file    the CSV file to read
     * @param options delimiter, feature, label and weight columns, and what to do with missing values
     * @return the dataset with the file's SHA-256, the delimiter used, and notices about left-out
     *         columns and dropped rows
     * @throws InvalidInputException for any mistake in the file or the options
     */
    public static LoadedData load(Path file, CsvOptions options) {
        return load(file, options, true);
    }

    /**
     * {@link #load(Path, CsvOptions)}, with the fast path for purely numeric files allowed or not (tests
     * compare the two).
     */
    static LoadedData load(Path file, CsvOptions options, boolean fastPathAllowed) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        CsvFiles.requireReadableFile(file);
        char delimiter = options.delimiter() != null ? options.delimiter() : DelimiterDetector.detect(file);
        // One thread per task: the digest runs beside the reading, which is itself split in parts.
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(
                Thread.ofPlatform().name("basin-csv-", 0).daemon().factory())) {
            Future<String> digest = executor.submit(() -> FileDigest.sha256(file));
            try {
                return load(file, options, fastPathAllowed, delimiter, executor, digest);
            } catch (RuntimeException e) {
                executor.shutdownNow(); // a mistake in the file: do not wait for the digest of the rest
                throw e;
            }
        }
    }

    private static LoadedData load(Path file, CsvOptions options, boolean fastPathAllowed, char delimiter,
                                   ExecutorService executor, Future<String> digest) {
        NumericCsvReader.Result fast = null;
        if (fastPathAllowed) {
            try {
                fast = NumericCsvReader.read(file, delimiter, options, executor);
            } catch (IOException e) {
                throw new InvalidInputException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        if (fast == null) {
            return loadGenerally(file, options, delimiter, result(digest));
        }
        Dataset.Builder builder = Dataset.builderOwning(fast.values(), fast.features());
        if (fast.weights() != null) {
            requireSomePositiveWeight(file.toString(), fast.weights(), options.weightColumn());
            builder.weightsOwning(fast.weights());
        }
        return new LoadedData(builder.build(), file, result(digest), delimiter, List.of(), 0, List.of());
    }

    private static String result(Future<String> digest) {
        try {
            return digest.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidInputException("interrupted while reading the file", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The general path: scan and check every value, then read the used columns with Tablesaw. */
    private static LoadedData loadGenerally(Path file, CsvOptions options, char delimiter, String sha256) {
        CsvProfile profile = CsvProfile.scan(file, delimiter, file.toString(), options.header());
        ColumnRoles roles = ColumnRoles.choose(profile, options);
        BitSet dropped = MissingValues.rowsToDrop(profile, roles, options.missing());

        List<ColumnProfile> numeric = new ArrayList<>(roles.features());
        if (roles.weight() != null) {
            numeric.add(roles.weight());
        }
        List<ColumnProfile> text = roles.label() == null ? List.of() : List.of(roles.label());
        List<Column<?>> columns = readColumns(file, delimiter, options.header(), profile, numeric, text);

        int[] kept = keptRows(profile.rows(), dropped);
        int d = roles.features().size();
        Dataset.Builder builder = Dataset.builderOwning(rowMajor(columns.subList(0, d), kept),
                roles.features().stream().map(ColumnProfile::name).toList());
        if (roles.weight() != null) {
            builder.weightsOwning(weights(profile, (DoubleColumn) columns.get(d), roles.weight(), kept));
        }
        if (roles.label() != null) {
            StringColumn labels = (StringColumn) columns.get(numeric.size());
            String[] keptLabels = new String[kept.length];
            for (int i = 0; i < kept.length; i++) {
                keptLabels[i] = labels.get(kept[i]);
            }
            builder.labels(roles.label().name(), keptLabels);
        }
        Dataset dataset = builder.build();

        List<String> notices = new ArrayList<>(roles.notices());
        String droppedNotice = MissingValues.notice(dropped.cardinality());
        if (droppedNotice != null) {
            notices.add(droppedNotice);
        }
        return new LoadedData(dataset, file, sha256, delimiter, notices, dropped.cardinality(), roles.skippedColumns());
    }

    /**
     * Reads explicit initial centers: a CSV file whose header names the features (in any order; columns
     * are matched by name) and which has exactly {@code k} rows of finite numbers.
     *
     * @param file     the CSV file of centers, one center per row, in the units of the data file
     * @param features the dataset's feature names, in dataset order
     * @param k        the number of centers the file must hold, at least 1
     * @return {@code k × features.size()} values, row-major, columns in the order of {@code features}
     * @throws InvalidInputException if the file is missing, lacks a feature column or has an extra one,
     *                               has other than {@code k} rows, or holds a value that is missing, not a
     *                               number or not finite
     */
    public static double[] readCenters(Path file, List<String> features, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        return readCenters(file, features, k, "centers file ");
    }

    /**
     * Reads reference centers (for example a data set's ground truth) with any number of rows, at least
     * one; otherwise as {@link #readCenters(Path, List, int)}.
     *
     * @param file     the CSV file of centers, one center per row, in the units of the data file
     * @param features the dataset's feature names, in dataset order
     * @return the file's rows × {@code features.size()} values, row-major, columns in the order of
     *         {@code features}
     * @throws InvalidInputException if the file is missing, lacks a feature column or has an extra one,
     *                               or holds a value that is missing, not a number or not finite
     */
    public static double[] readCenters(Path file, List<String> features) {
        return readCenters(file, features, -1, "truth centers file ");
    }

    private static double[] readCenters(Path file, List<String> features, int k, String what) {
        Objects.requireNonNull(file, "file");
        if (features == null || features.isEmpty()) {
            throw new IllegalArgumentException("centers need at least one feature");
        }
        CsvFiles.requireReadableFile(file);
        String name = what + file;
        char delimiter = DelimiterDetector.detect(file);
        CsvProfile profile = CsvProfile.scan(file, delimiter, name);

        requireExactlyTheFeatures(name, profile, features);
        if (k < 0) {
            k = profile.rows();
        } else if (profile.rows() != k) {
            throw new InvalidInputException(name + " has " + profile.rows() + (profile.rows() == 1 ? " row" : " rows")
                    + " but k is " + k + "; give one row per center");
        }
        List<ColumnProfile> columns = features.stream().map(profile::column).toList();
        for (ColumnProfile column : columns) {
            requireCenterValues(name, column);
        }

        int[] allRows = keptRows(k, new BitSet());
        return rowMajor(readColumns(file, delimiter, true, profile, columns, List.of()), allRows);
    }

    private static void requireExactlyTheFeatures(String name, CsvProfile profile, List<String> features) {
        List<String> lacking = features.stream().filter(f -> profile.column(f) == null).toList();
        List<String> extra = profile.names().stream().filter(n -> n.isEmpty() || !features.contains(n)).toList();
        String problem;
        if (!lacking.isEmpty()) {
            problem = "lacks feature " + (lacking.size() == 1 ? "column " : "columns ") + MessageText.names(lacking);
        } else if (!extra.isEmpty()) {
            problem = (extra.size() == 1 ? "has a column that is not a feature: "
                    : "has columns that are not features: ") + MessageText.names(extra);
        } else {
            return;
        }
        throw new InvalidInputException(name + " " + problem + "; its header must name exactly the features: "
                + MessageText.names(features));
    }

    private static void requireCenterValues(String name, ColumnProfile column) {
        if (column.firstText() != null) {
            ColumnProfile.Sighting text = column.firstText();
            throw new InvalidInputException(ColumnRoles.where(name, text.line(), column) + "value "
                    + MessageText.quote(text.value()) + " is not a number; centers must be finite numbers");
        }
        if (column.firstMissingRow() >= 0) {
            throw new InvalidInputException(ColumnRoles.where(name, column.firstMissingLine(), column)
                    + "the value is missing; every center needs a value for every feature");
        }
        if (column.firstNotFinite() != null) {
            ColumnProfile.Sighting infinite = column.firstNotFinite();
            throw new InvalidInputException(ColumnRoles.where(name, infinite.line(), column) + "value "
                    + MessageText.quote(infinite.value()) + " is not finite; centers must be finite numbers");
        }
    }

    /**
     * Reads the given columns with Tablesaw: {@code numeric} as doubles, then {@code text} as strings,
     * returned in that order; every other column is skipped unread. The file has been scanned, so its
     * shape and values are known to be right; whatever Tablesaw still objects to is translated into
     * Basin's terms.
     */
    private static List<Column<?>> readColumns(Path file, char delimiter, boolean header, CsvProfile profile,
                                               List<ColumnProfile> numeric, List<ColumnProfile> text) {
        // Tablesaw keeps the table's columns in file order; ask for them in that order and map back.
        int width = profile.columns().size();
        ColumnType[] types = new ColumnType[width];
        Arrays.fill(types, ColumnType.SKIP);
        Set<String> missingSpellings = new LinkedHashSet<>();
        for (ColumnProfile column : numeric) {
            types[column.position()] = ColumnType.DOUBLE;
            missingSpellings.addAll(column.missingSpellings());
        }
        for (ColumnProfile column : text) {
            types[column.position()] = ColumnType.STRING;
        }
        Table inFileOrder;
        try (Reader reader = CsvFiles.openText(file, delimiter)) {
            CsvReadOptions.Builder options = CsvReadOptions.builder(reader)
                    .tableName(file.getFileName().toString())
                    .header(header)
                    .separator(CsvFiles.splitChar(delimiter))
                    .quoteChar('"')
                    .commentPrefix('\0') // no comment lines: a value may start with '#'
                    .maxCharsPerColumn(-1)
                    .maxNumberOfColumns(width)
                    .allowDuplicateColumnNames(true) // Tablesaw compares names ignoring case; Basin does not
                    .columnTypes(types);
            if (!missingSpellings.isEmpty()) {
                // Only the markers this file uses: Tablesaw tests each value against every marker.
                options.missingValueIndicator(missingSpellings.toArray(String[]::new));
            }
            inFileOrder = new CsvReader().read(options.build());
        } catch (AddCellToColumnException e) {
            int row = (int) e.getRowNumber() - 1;
            String line = row >= 0 && row < profile.rows() ? ", line " + profile.line(row) : "";
            throw new InvalidInputException(profile.fileName() + line + ", column "
                    + MessageText.quote(profile.columns().get(e.getColumnIndex()).name())
                    + ": the value could not be read as a number; correct it or leave the column out", e);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + profile.fileName() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new InvalidInputException(profile.fileName() + " could not be read as CSV: "
                    + firstLine(e.getMessage()) + "; check its delimiter and quoting", e);
        }
        if (inFileOrder.rowCount() != profile.rows()) {
            throw new IllegalStateException("Tablesaw read " + inFileOrder.rowCount() + " rows from " + file
                    + " where the scan found " + profile.rows());
        }
        List<ColumnProfile> inTableOrder = profile.columns().stream()
                .filter(c -> types[c.position()] != ColumnType.SKIP).toList();
        List<Column<?>> wanted = new ArrayList<>();
        for (ColumnProfile column : numeric) {
            wanted.add(inFileOrder.column(inTableOrder.indexOf(column)));
        }
        for (ColumnProfile column : text) {
            wanted.add(inFileOrder.column(inTableOrder.indexOf(column)));
        }
        return wanted;
    }

    private static int[] keptRows(int rows, BitSet dropped) {
        int[] kept = new int[rows - dropped.cardinality()];
        int next = 0;
        for (int row = dropped.nextClearBit(0); row < rows; row = dropped.nextClearBit(row + 1)) {
            kept[next++] = row;
        }
        return kept;
    }

    private static double[] rowMajor(List<Column<?>> features, int[] kept) {
        int d = features.size();
        double[] values = new double[kept.length * d];
        for (int j = 0; j < d; j++) {
            DoubleColumn column = (DoubleColumn) features.get(j);
            for (int i = 0; i < kept.length; i++) {
                double value = column.getDouble(kept[i]);
                if (!Double.isFinite(value)) {
                    // The scan let only finite numbers through; anything else is a fault in Basin.
                    throw new IllegalStateException("row " + kept[i] + " of column " + column.name() + " read as "
                            + value + " after the scan found a finite number");
                }
                values[i * d + j] = value;
            }
        }
        return values;
    }

    private static double[] weights(CsvProfile profile, DoubleColumn column, ColumnProfile weight, int[] kept) {
        double[] weights = new double[kept.length];
        for (int i = 0; i < kept.length; i++) {
            weights[i] = column.getDouble(kept[i]);
        }
        requireSomePositiveWeight(profile.fileName(), weights, weight.name());
        return weights;
    }

    private static void requireSomePositiveWeight(String fileName, double[] weights, String column) {
        for (double weight : weights) {
            if (weight > 0) {
                return;
            }
        }
        throw new InvalidInputException(fileName + ": every weight in column "
                + MessageText.quote(column) + " is 0; at least one row needs a positive weight");
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "the reader gave no reason";
        }
        String first = message.strip().lines().findFirst().orElse("");
        return first.length() > 200 ? first.substring(0, 200) + "..." : first;
    }
}
