package dev.basin.report;

import java.nio.file.Path;

/**
 * Where a re-run's output first departs from the recorded output, and the two values found there.
 *
 * @param file     the file's name inside the output directory, e.g. {@code runs.csv}
 * @param where    the place in the file: {@code line 5, column inertia}, a JSON path such as
 *                 {@code initializers[0].best_inertia}, or empty when the difference is the whole file
 * @param recorded what the recorded file holds there
 * @param rerun    what the re-run wrote there
 */
public record OutputDifference(String file, String where, String recorded, String rerun) {
    /** Values longer than this are cut, so that the difference stays one readable line. */
    private static final int MAX_SHOWN = 100;

    /**
     * One line: {@code runs.csv line 5, column inertia: recorded 78.85 vs re-run 78.86}.
     *
     * @return the difference for people; values longer than 100 characters are cut
     */
    public String describe() {
        return describe(file);
    }

    /**
     * {@link #describe()} with the file named by its path in {@code dir}.
     *
     * @param dir the output directory the file is in
     * @return the difference for people, starting with the file's path
     */
    public String describe(Path dir) {
        return describe(dir.resolve(file).toString());
    }

    private String describe(String fileName) {
        return fileName + (where.isEmpty() ? "" : " " + where) + ": recorded " + shown(recorded) + " vs re-run "
                + shown(rerun);
    }

    private static String shown(String value) {
        String line = value.replace("\r", "\\r").replace("\n", "\\n");
        return line.length() <= MAX_SHOWN ? line : line.substring(0, MAX_SHOWN) + "…";
    }
}
