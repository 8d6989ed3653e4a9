package dev.basin.data;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the CSV files Basin writes itself (runs.csv, basins.csv, ...): comma-separated, a field
 * quoted with {@code "} only when it holds a comma, a quote or a line break, quotes inside doubled.
 * Reading user data goes through {@link CsvLoader} instead.
 */
public final class CsvLine {
    private CsvLine() {
    }

    /**
     * The fields of {@code line}.
     *
     * @param line one line, without its line break
     * @return its fields, unquoted, in order (an empty line gives one empty field)
     */
    public static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
