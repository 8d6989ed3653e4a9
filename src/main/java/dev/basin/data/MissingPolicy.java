package dev.basin.data;

/**
 * What {@link CsvLoader} does with a row that lacks a value in a column it uses (a feature, the weight
 * column or the label column). A value is missing when its field is empty or reads {@code NA},
 * {@code N/A}, {@code NaN}, {@code null} or {@code ?} (any case, surrounding spaces ignored).
 */
public enum MissingPolicy {
    /** Refuse the file, naming the first line and column with a missing value. The default. */
    ERROR,
    /** Leave such rows out and say how many were left out. */
    DROP
}
