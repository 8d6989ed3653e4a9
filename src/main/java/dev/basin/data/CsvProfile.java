package dev.basin.data;

import dev.basin.InvalidInputException;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a CSV file before its values are read: the header, the line on which each data row
 * starts, and a {@link ColumnProfile} per column. The pass refuses a file whose shape is wrong (empty,
 * header only, duplicate column names, a row with the wrong number of fields) with the line to look at.
 */
final class CsvProfile {
    private final String fileName;
    private final char delimiter;
    private final List<ColumnProfile> columns;
    private final int headerLine;
    private final int rows;
    private final int[] rowLines;

    private CsvProfile(String fileName, char delimiter, List<ColumnProfile> columns, int headerLine, int rows,
                       int[] rowLines) {
        this.fileName = fileName;
        this.delimiter = delimiter;
        this.columns = columns;
        this.headerLine = headerLine;
        this.rows = rows;
        this.rowLines = rowLines;
    }

    /**
     * Scans {@code file}, which must exist and be readable and starts with a header row.
     *
     * @param fileName how messages name the file, e.g. {@code data.csv} or {@code centers file c.csv}
     */
    static CsvProfile scan(Path file, char delimiter, String fileName) {
        return scan(file, delimiter, fileName, true);
    }

    /**
     * Scans {@code file}, which must exist and be readable.
     *
     * @param fileName how messages name the file, e.g. {@code data.csv} or {@code centers file c.csv}
     * @param header   whether the first row names the columns; if not, they are named {@code x1}, {@code x2},
     *                 ... and the first row is data
     */
    static CsvProfile scan(Path file, char delimiter, String fileName, boolean header) {
        Scan scan = new Scan(fileName, delimiter, header);
        try (Reader reader = CsvFiles.openText(file, delimiter)) {
            CsvSplitter.split(reader, CsvFiles.splitChar(delimiter), fileName, scan);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + fileName + ": " + e.getMessage(), e);
        }
        if (scan.columns == null) {
            throw new InvalidInputException(fileName + " is empty; it needs " + (header
                    ? "a header row naming the columns, then one row per data point" : "one row per data point"));
        }
        if (scan.rows == 0) {
            throw new InvalidInputException(fileName + " has a header (line " + scan.headerLine
                    + ") but no data rows; add at least one row below the header");
        }
        return new CsvProfile(fileName, delimiter, scan.columns, scan.headerLine, scan.rows,
                Arrays.copyOf(scan.rowLines, scan.rows));
    }

    /** How messages name the file. */
    String fileName() {
        return fileName;
    }

    /** The delimiter the file was split with. */
    char delimiter() {
        return delimiter;
    }

    /** The columns, in header order. */
    List<ColumnProfile> columns() {
        return columns;
    }

    /** The column named {@code name}, or null. */
    ColumnProfile column(String name) {
        for (ColumnProfile column : columns) {
            if (!column.name().isEmpty() && column.name().equals(name)) {
                return column;
            }
        }
        return null;
    }

    /** The header names, in order. */
    List<String> names() {
        return columns.stream().map(ColumnProfile::name).toList();
    }

    /** The line of the header row (1 unless blank lines precede it); 0 when the file has no header. */
    int headerLine() {
        return headerLine;
    }

    /** Number of data rows. */
    int rows() {
        return rows;
    }

    /** The 1-based file line on which data row {@code row} (0-based) starts. */
    int line(int row) {
        return rowLines[row];
    }

    /** The splitter's visitor: the first record is the header, the rest are data rows. */
    private static final class Scan implements CsvSplitter.Visitor {
        private final String fileName;
        private final char delimiter;
        private final boolean header;
        private final List<String> headerNames = new ArrayList<>();
        /** Without a header, the first record's fields, held until its end says how many columns there are. */
        private final List<char[]> firstFields = new ArrayList<>();
        private final List<Boolean> firstQuoted = new ArrayList<>();
        private List<ColumnProfile> columns;
        private ColumnProfile[] byPosition;
        private int headerLine;
        private int rows;
        private int[] rowLines = new int[1024];

        Scan(String fileName, char delimiter, boolean header) {
            this.fileName = fileName;
            this.delimiter = delimiter;
            this.header = header;
        }

        @Override
        public void field(int index, char[] text, int length, boolean quoted, int line) {
            if (columns == null && !header) {
                firstFields.add(Arrays.copyOf(text, length));
                firstQuoted.add(quoted);
            } else if (columns == null) {
                headerNames.add(new String(text, 0, length).trim());
            } else if (index < byPosition.length) {
                byPosition[index].observe(text, length, quoted, line, rows);
            }
        }

        @Override
        public boolean endRecord(int fieldCount, int line) {
            if (columns == null && header) {
                header(line);
                return true;
            }
            if (columns == null) {
                for (int i = 1; i <= fieldCount; i++) {
                    headerNames.add(CsvOptions.UNNAMED_COLUMN_PREFIX + i);
                }
                header(0);
                for (int i = 0; i < fieldCount; i++) {
                    char[] text = firstFields.get(i);
                    byPosition[i].observe(text, text.length, firstQuoted.get(i), line, 0);
                }
            }
            if (fieldCount != byPosition.length) {
                throw new InvalidInputException(fileName + ", line " + line + ": found " + fieldCount
                        + (fieldCount == 1 ? " field" : " fields") + (header ? " but the header has " : " but the first row has ")
                        + byPosition.length
                        + "; check the quoting on that line and the delimiter (" + describe(delimiter) + ")");
            }
            if (rows == rowLines.length) {
                rowLines = Arrays.copyOf(rowLines, rowLines.length * 2);
            }
            rowLines[rows++] = line;
            return true;
        }

        private void header(int line) {
            headerLine = line;
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < headerNames.size(); i++) {
                String name = headerNames.get(i);
                Integer earlier = name.isEmpty() ? null : seen.putIfAbsent(name, i);
                if (earlier != null) {
                    throw new InvalidInputException(fileName + ", line " + line + ": column name "
                            + MessageText.quote(name) + " appears twice (columns " + (earlier + 1) + " and "
                            + (i + 1) + "); give each column its own name");
                }
            }
            List<ColumnProfile> profiles = new ArrayList<>(headerNames.size());
            for (int i = 0; i < headerNames.size(); i++) {
                profiles.add(new ColumnProfile(headerNames.get(i), i));
            }
            columns = List.copyOf(profiles);
            byPosition = profiles.toArray(ColumnProfile[]::new);
        }
    }

    /** A delimiter as messages name it. */
    static String describe(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case CsvOptions.WHITESPACE -> "whitespace";
            default -> MessageText.quote(String.valueOf(delimiter));
        };
    }
}
