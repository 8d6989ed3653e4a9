package dev.basin.cli;

import dev.basin.InvalidInputException;
import dev.basin.data.CsvLoader;
import dev.basin.data.CsvOptions;
import dev.basin.data.LoadedData;
import dev.basin.data.MissingPolicy;
import dev.basin.data.Scaling;
import dev.basin.spark.TableOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How a CSV file becomes the data to cluster; shared by every command that reads data. */
final class DataOptions {
    @Option(names = "--columns", split = ",", paramLabel = "NAME",
            description = "Feature columns to cluster, comma-separated (default: every numeric column but the label and weight columns).")
    List<String> columns;

    @Option(names = "--label-column", paramLabel = "NAME",
            description = "A column of reference labels: never clustered; the result is compared with it (adjusted Rand index).")
    String labelColumn;

    @Option(names = "--weight-column", paramLabel = "NAME",
            description = "A column of row weights (finite, not negative), used in inertia, updates and initialization.")
    String weightColumn;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "Field delimiter: ',', ';', 'tab', or 'whitespace' (runs of spaces and tabs; values cannot hold spaces). Default: detected from the first lines.")
    String delimiter;

    @Option(names = "--no-header",
            description = "The file has no header row: its first row is data and its columns are named x1, x2, ... (for --columns, --label-column, --weight-column).")
    boolean noHeader;

    @Option(names = "--scale", paramLabel = "HOW", defaultValue = "none",
            description = "Scale features before clustering: none, standard (mean 0, variance 1) or minmax (0 to 1). Default: ${DEFAULT-VALUE}.")
    String scale;

    @Option(names = "--missing", paramLabel = "HOW", defaultValue = "error",
            description = "Rows with a missing value (empty, NA, NaN, ?): error or drop. Default: ${DEFAULT-VALUE}.")
    String missing;

    LoadedData load(Path file) {
        return CsvLoader.load(file, new CsvOptions(delimiterChar(), columns, labelColumn, weightColumn, missingPolicy(),
                !noHeader));
    }

    /** The same options for a table Spark reads from {@code source}. */
    TableOptions tableOptions(String source) {
        return new TableOptions(source, columns, labelColumn, weightColumn, delimiterChar(), scaling(), missingPolicy());
    }

    Scaling scaling() {
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "none" -> Scaling.NONE;
            case "standard" -> Scaling.STANDARD;
            case "minmax" -> Scaling.MINMAX;
            default -> throw new InvalidInputException("--scale must be none, standard or minmax, got '" + scale + "'");
        };
    }

    private MissingPolicy missingPolicy() {
        return switch (missing.toLowerCase(Locale.ROOT)) {
            case "error" -> MissingPolicy.ERROR;
            case "drop" -> MissingPolicy.DROP;
            default -> throw new InvalidInputException("--missing must be error or drop, got '" + missing + "'");
        };
    }

    private Character delimiterChar() {
        if (delimiter == null) {
            return null;
        }
        return switch (delimiter) {
            case ",", "comma" -> ',';
            case ";", "semicolon" -> ';';
            case "\t", "tab", "\\t" -> '\t';
            case "whitespace", "space", " " -> CsvOptions.WHITESPACE;
            default -> throw new InvalidInputException("--delimiter must be ',', ';', 'tab' or 'whitespace', got '"
                    + delimiter + "'");
        };
    }

    /** The data options as given, for a command line that repeats them. */
    List<String> arguments() {
        List<String> args = new ArrayList<>();
        if (columns != null && !columns.isEmpty()) {
            args.add("--columns");
            args.add(String.join(",", columns));
        }
        addIf(args, "--label-column", labelColumn);
        addIf(args, "--weight-column", weightColumn);
        addIf(args, "--delimiter", delimiter);
        if (noHeader) {
            args.add("--no-header");
        }
        if (!scale.equalsIgnoreCase("none")) {
            args.add("--scale");
            args.add(scale);
        }
        if (!missing.equalsIgnoreCase("error")) {
            args.add("--missing");
            args.add(missing);
        }
        return args;
    }

    /** The data options for provenance. */
    Map<String, Object> parameters(LoadedData loaded) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("columns", loaded.dataset().features());
        p.put("label_column", labelColumn);
        p.put("weight_column", weightColumn);
        p.put("delimiter", loaded.delimiter() == CsvOptions.WHITESPACE ? "whitespace" : String.valueOf(loaded.delimiter()));
        if (noHeader) {
            p.put("header", false); // only when given, so results written before the option stay comparable
        }
        p.put("scale", scaling().name().toLowerCase(Locale.ROOT));
        p.put("missing", missingPolicy().name().toLowerCase(Locale.ROOT));
        p.put("dropped_rows", loaded.droppedRows());
        return p;
    }

    static void addIf(List<String> args, String option, String value) {
        if (value != null) {
            args.add(option);
            args.add(value);
        }
    }
}
