package dev.basin.report;

/** CSV writing helpers (RFC 4180 quoting). */
public final class Csv {
    private Csv() {
    }

    /**
     * The field quoted if it holds a comma, quote or line break.
     *
     * @param value the field's text, not {@code null}
     * @return the text as it is, or in double quotes with each quote inside doubled
     */
    public static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
