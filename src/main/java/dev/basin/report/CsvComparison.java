package dev.basin.report;

import dev.basin.data.CsvLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a recorded CSV file with a re-run's, line by line and field by field, leaving out the columns
 * that measure the machine rather than the result (a run's {@code seconds}). The columns to leave out are
 * found by name in the recorded header and dropped at the same position from every line of both files.
 */
final class CsvComparison {
    private CsvComparison() {
    }

    /**
     * The first line where the two texts differ, naming the column when both lines have the same fields,
     * or empty when they are equal apart from the ignored columns.
     */
    static Optional<OutputDifference> firstDifference(String file, String recorded, String rerun,
                                                      Set<String> ignoredColumns) {
        // split on '\n' alone, so that a changed line ending or a missing final line break is a difference
        String[] recordedLines = recorded.split("\n", -1);
        String[] rerunLines = rerun.split("\n", -1);
        List<String> header = fields(recordedLines[0]);
        boolean[] ignored = new boolean[header.size()];
        for (int j = 0; j < header.size(); j++) {
            ignored[j] = ignoredColumns.contains(header.get(j));
        }
        List<String> columns = kept(header, ignored);
        for (int i = 0; i < Math.max(recordedLines.length, rerunLines.length); i++) {
            String where = "line " + (i + 1);
            if (i >= recordedLines.length || i >= rerunLines.length) {
                return Optional.of(new OutputDifference(file, where,
                        i < recordedLines.length ? recordedLines[i] : "(end of file)",
                        i < rerunLines.length ? rerunLines[i] : "(end of file)"));
            }
            List<String> a = kept(fields(recordedLines[i]), ignored);
            List<String> b = kept(fields(rerunLines[i]), ignored);
            if (a.equals(b)) {
                continue;
            }
            if (a.size() != b.size()) {
                return Optional.of(new OutputDifference(file, where, recordedLines[i], rerunLines[i]));
            }
            for (int j = 0; j < a.size(); j++) {
                if (!a.get(j).equals(b.get(j))) {
                    String column = j < columns.size() ? "column " + columns.get(j) : "field " + (j + 1);
                    return Optional.of(new OutputDifference(file, where + ", " + column, orEmpty(a.get(j)),
                            orEmpty(b.get(j))));
                }
            }
        }
        return Optional.empty();
    }

    private static String orEmpty(String field) {
        return field.isEmpty() ? "(empty)" : field;
    }

    private static List<String> kept(List<String> fields, boolean[] ignored) {
        List<String> kept = new ArrayList<>(fields.size());
        for (int j = 0; j < fields.size(); j++) {
            if (j >= ignored.length || !ignored[j]) {
                kept.add(fields.get(j));
            }
        }
        return kept;
    }

    /** The fields of one line as {@link Csv#field} writes them. */
    static List<String> fields(String line) {
        return CsvLine.fields(line);
    }
}
