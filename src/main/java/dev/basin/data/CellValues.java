package dev.basin.data;

import java.util.Collection;

/**
 * Basin's reading of one value of a table, for readers other than {@link CsvLoader} (Spark's, for data beyond
 * one machine), so that every reader calls the same values missing, numbers or text, and words its
 * messages the same way.
 */
public final class CellValues {
    /** What a value is; see the rules of the CSV loader in the README. */
    public enum Kind {
        /** A finite number. */
        NUMBER,
        /** Empty, {@code NA}, {@code N/A}, {@code NaN}, {@code null} or {@code ?}. */
        MISSING,
        /** A number that is not finite, such as {@code inf} or {@code 1e999}. */
        NOT_FINITE,
        /** Anything else. */
        TEXT
    }

    private CellValues() {
    }

    /**
     * The kind of a value as text (surrounding spaces are ignored); null is missing.
     *
     * @param text the value
     * @return its kind, by the same rules as the CSV loader
     */
    public static Kind kind(String text) {
        if (text == null) {
            return Kind.MISSING;
        }
        char[] chars = text.strip().toCharArray();
        return Kind.valueOf(ValueKind.of(chars, 0, chars.length).name());
    }

    /**
     * A column or value name quoted as in Basin's messages.
     *
     * @param text the name or value
     * @return it in single quotes
     */
    public static String quote(String text) {
        return MessageText.quote(text);
    }

    /**
     * Names listed as in Basin's messages.
     *
     * @param names column names
     * @return them separated by commas, escaped as {@link #quote} escapes but without quotes
     */
    public static String names(Collection<String> names) {
        return MessageText.names(names);
    }
}
