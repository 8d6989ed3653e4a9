package dev.basin.report;

import dev.basin.InvalidInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compares a recorded output directory with the output of the same command run again, file by file,
 * leaving out only what measures the machine or the moment rather than the result: the {@code seconds}
 * column of {@code runs.csv}, and in {@code summary.json} the keys {@link #IGNORED_KEYS} (among them the
 * engine and Spark master, which decide where runs execute, never what they give). Everything else,
 * every number included, must be equal character for character; since Basin writes doubles in their
 * shortest round-trip form, equal text means bit-identical figures.
 *
 * <p>Only the files present in the recorded directory are compared (a user may have deleted some);
 * hidden files and subdirectories are not Basin's and are skipped.
 */
public final class OutputComparison {
    /** {@code summary.json} keys, at any depth, that differ between two honest runs. */
    public static final Set<String> IGNORED_KEYS =
            Set.of("time", "seconds", "mean_seconds", "command_line", "java_version", "threads", "engine", "master");

    /** CSV columns, by file, that differ between two honest runs. */
    public static final Map<String, Set<String>> IGNORED_COLUMNS = Map.of("runs.csv", Set.of("seconds"));

    /**
     * Files compared in this order, then any others by name, then {@code summary.json}: the files the
     * others are derived from come first, so the first difference reported is where a divergence starts.
     */
    private static final List<String> ORDER = List.of("labels.csv", "centers.csv", "runs.csv", "traces.csv",
            "basins.csv", "restarts.csv", "basin_labels.csv");

    private static final String SUMMARY = "summary.json";

    /**
     * The outcome of a comparison.
     *
     * @param filesCompared files found equal before the first difference (all of them when there is none)
     * @param difference    the first difference, if any
     */
    public record Outcome(int filesCompared, Optional<OutputDifference> difference) {
    }

    private OutputComparison() {
    }

    /**
     * Compares every file of {@code recorded} with the file of the same name in {@code rerun}.
     *
     * @param recorded the output directory written earlier
     * @param rerun    the output directory of the same command run again
     * @return how many files were equal, and the first difference if there is one
     * @throws InvalidInputException if a file cannot be read, or a {@code summary.json} is not JSON
     */
    public static Outcome compare(Path recorded, Path rerun) {
        int compared = 0;
        for (String name : filesIn(recorded)) {
            Optional<OutputDifference> difference = compareFile(name, recorded.resolve(name), rerun.resolve(name));
            if (difference.isPresent()) {
                return new Outcome(compared, difference);
            }
            compared++;
        }
        return new Outcome(compared, Optional.empty());
    }

    private static Optional<OutputDifference> compareFile(String name, Path recorded, Path rerun) {
        if (!Files.isRegularFile(rerun)) {
            return Optional.of(new OutputDifference(name, "", "(a file)", "(no such file)"));
        }
        if (name.equals(SUMMARY)) {
            return JsonComparison.firstDifference(name, JsonReader.read(recorded), JsonReader.read(rerun),
                    IGNORED_KEYS);
        }
        byte[] a = bytes(recorded);
        byte[] b = bytes(rerun);
        Set<String> ignoredColumns = IGNORED_COLUMNS.getOrDefault(name, Set.of());
        if (ignoredColumns.isEmpty() && Arrays.equals(a, b)) {
            return Optional.empty();
        }
        String textA = new String(a, StandardCharsets.UTF_8);
        String textB = new String(b, StandardCharsets.UTF_8);
        Optional<OutputDifference> difference = CsvComparison.firstDifference(name, textA, textB, ignoredColumns);
        if (difference.isEmpty() && ignoredColumns.isEmpty()) {
            // the texts read the same but the bytes differ: bytes that are not UTF-8
            return Optional.of(new OutputDifference(name, "", "its bytes", "different bytes"));
        }
        return difference;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + file + ": " + e, e);
        }
    }

    /**
     * The names of the regular, visible data files ({@code .csv}, {@code .json}) in {@code dir}, in
     * comparison order. A report's page and charts are drawn from these files, so they are not compared
     * themselves (which lets {@code verify} check a report directory too).
     */
    static List<String> filesIn(Path dir) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && (n.endsWith(".csv") || n.endsWith(".json"))).forEach(names::add);
        } catch (IOException e) {
            throw new InvalidInputException("cannot list " + dir + ": " + e, e);
        }
        names.sort(Comparator.comparing((String n) -> n.equals(SUMMARY))
                .thenComparing(n -> ORDER.contains(n) ? ORDER.indexOf(n) : ORDER.size())
                .thenComparing(Comparator.naturalOrder()));
        return names;
    }
}
