package dev.basin.data;

import dev.basin.InvalidInputException;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link CsvLoader} reads a CSV file.
 *
 * @param delimiter    the field delimiter, or {@code null} to detect comma, semicolon, tab or whitespace from
 *                     the first lines; {@link #WHITESPACE} (a space) splits at every run of spaces and tabs
 * @param columns      the feature columns, in the order wanted; {@code null} or empty means every numeric
 *                     column except the label and weight columns
 * @param labelColumn  a column of reference labels (text or numbers), kept with the data but never
 *                     clustered; {@code null} for none
 * @param weightColumn a column of row weights (finite, not negative); {@code null} for none
 * @param missing      what to do with rows that lack a value in a used column; {@code null} means
 *                     {@link MissingPolicy#ERROR}
 * @param header       whether the first row names the columns; without a header the columns are named
 *                     {@code x1}, {@code x2}, ... in file order and the first row is data
 */
public record CsvOptions(Character delimiter, List<String> columns, String labelColumn, String weightColumn,
                         MissingPolicy missing, boolean header) {

    /**
     * The delimiter of whitespace-separated files: fields are separated by one or more spaces or tabs,
     * and spaces at the start and end of a line are ignored. Values cannot hold spaces.
     */
    public static final char WHITESPACE = ' ';

    /** The prefix of the names of a headerless file's columns: {@code x1}, {@code x2}, ... */
    public static final String UNNAMED_COLUMN_PREFIX = "x";

    /**
     * Checks the options; a {@code null} {@code columns} becomes empty and a {@code null} {@code missing}
     * becomes {@link MissingPolicy#ERROR}.
     *
     * @param delimiter    the field delimiter, or {@code null} to detect it; never a quote or a line break
     * @param columns      the feature columns, each named once; {@code null} or empty means every numeric column
     * @param labelColumn  a column of reference labels; {@code null} for none
     * @param weightColumn a column of row weights; {@code null} for none
     * @param missing      what to do with rows that lack a value; {@code null} means {@link MissingPolicy#ERROR}
     * @param header       whether the first row names the columns
     * @throws InvalidInputException if the delimiter is a quote or a line break, or a column is named twice
     */
    public CsvOptions {
        if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
            throw new InvalidInputException("the delimiter cannot be a quote or a line break; "
                    + "use a comma, a semicolon or a tab");
        }
        columns = columns == null ? List.of() : List.copyOf(columns);
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (!seen.add(column)) {
                throw new InvalidInputException("column " + MessageText.quote(column)
                        + " is named twice in --columns; name each column once");
            }
        }
        missing = Objects.requireNonNullElse(missing, MissingPolicy.ERROR);
    }

    /**
     * Options for a file with a header row.
     *
     * @param delimiter    the field delimiter, or {@code null} to detect it
     * @param columns      the feature columns; {@code null} or empty means every numeric column
     * @param labelColumn  a column of reference labels; {@code null} for none
     * @param weightColumn a column of row weights; {@code null} for none
     * @param missing      what to do with rows that lack a value; {@code null} means {@link MissingPolicy#ERROR}
     */
    public CsvOptions(Character delimiter, List<String> columns, String labelColumn, String weightColumn,
                      MissingPolicy missing) {
        this(delimiter, columns, labelColumn, weightColumn, missing, true);
    }

    /**
     * Detected delimiter, a header row, all numeric columns, no label, no weights, missing values are an
     * error.
     *
     * @return the default options
     */
    public static CsvOptions defaults() {
        return new CsvOptions(null, List.of(), null, null, MissingPolicy.ERROR, true);
    }

    /**
     * A copy that reads the first row as a header naming the columns, or as data.
     *
     * @param newHeader true when the first row names the columns; false to name them {@code x1}, {@code x2}, ...
     * @return the new options
     */
    public CsvOptions withHeader(boolean newHeader) {
        return new CsvOptions(delimiter, columns, labelColumn, weightColumn, missing, newHeader);
    }

    /** Whether the delimiter is {@link #WHITESPACE}: runs of spaces and tabs. */
    boolean splitsAtWhitespace() {
        return delimiter != null && delimiter == WHITESPACE;
    }

    /**
     * A copy with another delimiter.
     *
     * @param newDelimiter the field delimiter, {@link #WHITESPACE}, or {@code null} to detect it
     * @return the new options
     */
    public CsvOptions withDelimiter(Character newDelimiter) {
        return new CsvOptions(newDelimiter, columns, labelColumn, weightColumn, missing, header);
    }

    /**
     * A copy with other feature columns.
     *
     * @param newColumns the feature columns in the order wanted; {@code null} or empty means every numeric column
     * @return the new options
     */
    public CsvOptions withColumns(List<String> newColumns) {
        return new CsvOptions(delimiter, newColumns, labelColumn, weightColumn, missing, header);
    }

    /**
     * A copy with another label column.
     *
     * @param newLabelColumn a column of reference labels, never clustered; {@code null} for none
     * @return the new options
     */
    public CsvOptions withLabelColumn(String newLabelColumn) {
        return new CsvOptions(delimiter, columns, newLabelColumn, weightColumn, missing, header);
    }

    /**
     * A copy with another weight column.
     *
     * @param newWeightColumn a column of row weights (finite, not negative); {@code null} for none
     * @return the new options
     */
    public CsvOptions withWeightColumn(String newWeightColumn) {
        return new CsvOptions(delimiter, columns, labelColumn, newWeightColumn, missing, header);
    }

    /**
     * A copy with another policy for missing values.
     *
     * @param newMissing what to do with rows that lack a value; {@code null} means {@link MissingPolicy#ERROR}
     * @return the new options
     */
    public CsvOptions withMissing(MissingPolicy newMissing) {
        return new CsvOptions(delimiter, columns, labelColumn, weightColumn, newMissing, header);
    }
}
