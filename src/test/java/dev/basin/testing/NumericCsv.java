package dev.basin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A minimal reader for the plain numeric fixture files of the test suite (comma-separated, a header row,
 * no quoting), independent of the loader under test.
 */
public record NumericCsv(List<String> header, List<String[]> rows) {

    public static NumericCsv read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                rows.add(line.split(",", -1));
            }
            return new NumericCsv(Arrays.asList(lines.get(0).split(",", -1)), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The named columns as one row-major array. */
    public double[] columns(List<String> names) {
        int[] index = names.stream().mapToInt(header::indexOf).toArray();
        double[] values = new double[rows.size() * names.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < index.length; j++) {
                values[i * index.length + j] = Double.parseDouble(rows.get(i)[index[j]]);
            }
        }
        return values;
    }

    public double[] column(String name) {
        return columns(List.of(name));
    }

    /** All columns, row-major. */
    public double[] all() {
        return columns(header);
    }
}
