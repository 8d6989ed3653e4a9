package dev.basin.spark;

import dev.basin.data.CellValues;

import java.io.Serializable;

/**
 * What one pass over a column found: whether it holds numbers, and the first row (by row number) of each kind
 * of trouble, so that the messages name the same row whatever order Spark visited the rows in.
 */
final class ColumnScan implements Serializable {
    long firstText = -1;
    String text;
    long firstMissing = -1;
    long firstNotFinite = -1;
    String notFinite;
    long firstNegative = -1;
    String negative;
    boolean hasNumber;

    /** The kind of a value Spark read: text by Basin's rules, a number by its value, null as missing. */
    static CellValues.Kind kind(Object value) {
        if (value == null) {
            return CellValues.Kind.MISSING;
        }
        if (value instanceof Number number) {
            double v = number.doubleValue();
            return Double.isNaN(v) ? CellValues.Kind.MISSING
                    : Double.isInfinite(v) ? CellValues.Kind.NOT_FINITE : CellValues.Kind.NUMBER;
        }
        if (value instanceof String text) {
            return CellValues.kind(text);
        }
        return CellValues.Kind.TEXT;
    }

    /** The value as a number; call only for a {@link CellValues.Kind#NUMBER}. */
    static double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : Double.parseDouble(((String) value).strip());
    }

    void see(long row, Object value) {
        switch (kind(value)) {
            case NUMBER -> {
                hasNumber = true;
                if (firstNegative < 0 && number(value) < 0) {
                    firstNegative = row;
                    negative = String.valueOf(value);
                }
            }
            case MISSING -> {
                if (firstMissing < 0) {
                    firstMissing = row;
                }
            }
            case NOT_FINITE -> {
                if (firstNotFinite < 0) {
                    firstNotFinite = row;
                    notFinite = String.valueOf(value);
                }
            }
            case TEXT -> {
                if (firstText < 0) {
                    firstText = row;
                    text = String.valueOf(value);
                }
            }
        }
    }

    ColumnScan merge(ColumnScan other) {
        hasNumber |= other.hasNumber;
        if (earlier(other.firstText, firstText)) {
            firstText = other.firstText;
            text = other.text;
        }
        if (earlier(other.firstMissing, firstMissing)) {
            firstMissing = other.firstMissing;
        }
        if (earlier(other.firstNotFinite, firstNotFinite)) {
            firstNotFinite = other.firstNotFinite;
            notFinite = other.notFinite;
        }
        if (earlier(other.firstNegative, firstNegative)) {
            firstNegative = other.firstNegative;
            negative = other.negative;
        }
        return this;
    }

    /** Moves every row number found by {@code rows} (a partition's first row in the table); returns this scan. */
    ColumnScan shifted(long rows) {
        firstText = shift(firstText, rows);
        firstMissing = shift(firstMissing, rows);
        firstNotFinite = shift(firstNotFinite, rows);
        firstNegative = shift(firstNegative, rows);
        return this;
    }

    private static long shift(long row, long rows) {
        return row < 0 ? row : row + rows;
    }

    private static boolean earlier(long candidate, long current) {
        return candidate >= 0 && (current < 0 || candidate < current);
    }

    boolean numeric() {
        return hasNumber && firstText < 0;
    }
}
