package dev.basin.data;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a scan learned about one column of a CSV file: how many values of each {@link ValueKind} it holds,
 * which rows lack a value, and the first offending value of each sort with its line, for messages.
 */
final class ColumnProfile {

    /** A value seen on a line of the file. */
    record Sighting(int line, String value) {
    }

    private final String name;
    private final int position;
    private int numbers;
    private int notFinite;
    private int texts;
    private BitSet missingRows;
    private int firstMissingRow = -1;
    private int firstMissingLine;
    private final Set<String> missingSpellings = new LinkedHashSet<>();
    private Sighting firstText;
    private Sighting firstNotFinite;
    private Sighting firstNegative;

    ColumnProfile(String name, int position) {
        this.name = name;
        this.position = position;
    }

    /** Takes one value: {@code text[0, length)} of data row {@code row}, found on {@code line}. */
    void observe(char[] text, int length, boolean quoted, int line, int row) {
        int from = 0;
        int to = length;
        while (from < to && text[from] <= ' ') {
            from++;
        }
        while (to > from && text[to - 1] <= ' ') {
            to--;
        }
        switch (ValueKind.of(text, from, to)) {
            case NUMBER -> {
                numbers++;
                if (firstNegative == null && ValueKind.isNegativeNumber(text, from, to)) {
                    firstNegative = new Sighting(line, new String(text, from, to - from));
                }
            }
            case MISSING -> missing(text, length, quoted, from, to, line, row);
            case NOT_FINITE -> {
                notFinite++;
                if (firstNotFinite == null) {
                    firstNotFinite = new Sighting(line, new String(text, from, to - from));
                }
            }
            case TEXT -> {
                texts++;
                if (firstText == null) {
                    firstText = new Sighting(line, new String(text, from, to - from));
                }
            }
        }
    }

    private void missing(char[] text, int length, boolean quoted, int from, int to, int line, int row) {
        if (missingRows == null) {
            missingRows = new BitSet();
        }
        missingRows.set(row);
        if (firstMissingRow < 0) {
            firstMissingRow = row;
            firstMissingLine = line;
        }
        // Tablesaw compares the value as its reader delivers it: an unquoted value without the spaces
        // around it, a quoted one exactly as written. An empty value is missing to it anyway.
        if (quoted ? length > 0 : to > from) {
            missingSpellings.add(quoted ? new String(text, 0, length) : new String(text, from, to - from));
        }
    }

    /** The header name, spaces around it removed; empty for an unnamed column. */
    String name() {
        return name;
    }

    /** 0-based position in the header. */
    int position() {
        return position;
    }

    /** True when every value is a number or missing, and at least one is a number (finite or not). */
    boolean isNumeric() {
        return texts == 0 && numbers + notFinite > 0;
    }

    /** True when every value is missing. */
    boolean isEmpty() {
        return texts == 0 && numbers + notFinite == 0;
    }

    /** Rows (0-based data rows) whose value is missing; empty when none. */
    BitSet missingRows() {
        return missingRows == null ? new BitSet() : (BitSet) missingRows.clone();
    }

    /** The first row with a missing value, or -1. */
    int firstMissingRow() {
        return firstMissingRow;
    }

    /** The line of {@link #firstMissingRow()}'s value. */
    int firstMissingLine() {
        return firstMissingLine;
    }

    /** The missing-value markers as the reader will deliver them, e.g. {@code NA}. */
    Set<String> missingSpellings() {
        return Set.copyOf(missingSpellings);
    }

    /** The first value that is not a number, or null. */
    Sighting firstText() {
        return firstText;
    }

    /** The first infinite or overflowing number, or null. */
    Sighting firstNotFinite() {
        return firstNotFinite;
    }

    /** The first number below zero, or null. */
    Sighting firstNegative() {
        return firstNegative;
    }
}
