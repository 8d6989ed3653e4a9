package dev.basin.data;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The fast path for numeric files gives exactly the general (Tablesaw) path's dataset, takes the files
 * it is meant for, and leaves every other file to the general path.
 */
class CsvFastPathTest {
    @TempDir
    Path dir; // JUnit tests only; jqwik properties make their own

    /** Loads with and without the fast path and requires identical results. */
    private static LoadedData sameBothWays(Path file, CsvOptions options) {
        LoadedData fast = CsvLoader.load(file, options, true);
        LoadedData general = CsvLoader.load(file, options, false);
        Dataset a = fast.dataset();
        Dataset b = general.dataset();
        assertEquals(b.features(), a.features(), file.toString());
        assertEquals(b.rows(), a.rows());
        assertArrayEquals(bits(b.values()), bits(a.values()), "values of " + file);
        assertEquals(b.isWeighted(), a.isWeighted());
        assertArrayEquals(bits(b.weights()), bits(a.weights()));
        assertEquals(b.labelColumn(), a.labelColumn());
        assertArrayEquals(b.labels().orElse(null), a.labels().orElse(null));
        assertEquals(general.notices(), fast.notices());
        assertEquals(general.droppedRows(), fast.droppedRows());
        assertEquals(general.skippedColumns(), fast.skippedColumns());
        assertEquals(general.delimiter(), fast.delimiter());
        assertEquals(general.sha256(), fast.sha256());
        return fast;
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    private static boolean takenByFastPath(Path file, CsvOptions options) {
        char delimiter = options.delimiter() != null ? options.delimiter() : DelimiterDetector.detect(file);
        try (var executor = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
            return NumericCsvReader.read(file, delimiter, options, executor) != null;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<Path> bundledDatasets() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("datasets"))) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundledDatasets")
    void bundledDatasetsReadTheSameBothWays(Path file) {
        sameBothWays(file, CsvOptions.defaults());
        List<String> names = CsvLoader.load(file, CsvOptions.defaults()).dataset().features();
        sameBothWays(file, CsvOptions.defaults().withColumns(names.subList(0, Math.min(2, names.size()))));
        CsvOptions withoutHeader = CsvOptions.defaults().withHeader(false);
        try {
            sameBothWays(file, withoutHeader);
        } catch (dev.basin.InvalidInputException e) {
            // a header read as data is text: both paths must refuse it alike
            assertEquals(e.getMessage(), org.junit.jupiter.api.Assertions.assertThrows(
                    dev.basin.InvalidInputException.class, () -> CsvLoader.load(file, withoutHeader, false)).getMessage());
        }
    }

    @Test
    void theBlobsFileIsForTheFastPath() {
        Path blobs = Path.of("datasets/blobs15.csv");
        CsvOptions options = CsvOptions.defaults().withColumns(List.of("x0", "x1"));
        assertEquals(true, takenByFastPath(blobs, options));
        sameBothWays(blobs, options);
    }

    @Property(tries = 60, seed = "20261125")
    void randomNumericFilesReadTheSameBothWays(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int dims,
                                               @ForAll @IntRange(min = 1, max = 300) int rows) throws IOException {
        Random random = new Random(seed);
        String delimiter = List.of(",", ";", "\t", " ").get(random.nextInt(4));
        boolean whitespace = delimiter.equals(" ");
        boolean header = random.nextBoolean();
        String lineBreak = random.nextInt(4) == 0 ? "\r\n" : "\n";
        boolean weighted = dims > 1 && header;
        StringBuilder text = new StringBuilder();
        if (random.nextInt(5) == 0) {
            text.append('\uFEFF');
        }
        if (header) {
            List<String> names = new ArrayList<>();
            for (int j = 0; j < dims; j++) {
                names.add("f" + j);
            }
            text.append(String.join(delimiter, names)).append(lineBreak);
        }
        for (int i = 0; i < rows; i++) {
            if (random.nextInt(50) == 0) {
                text.append(whitespace ? "   " : "").append(lineBreak); // a blank line
            }
            for (int j = 0; j < dims; j++) {
                if (j > 0) {
                    text.append(whitespace && random.nextBoolean() ? "  \t " : delimiter);
                }
                if (random.nextInt(10) == 0) {
                    text.append(' ');
                }
                String number = randomNumber(random);
                // weights are not negative, and the first is positive (a file of zero weights is refused)
                text.append(weighted && j == dims - 1 ? (i == 0 ? "1" : number.replace("-", "")) : number);
            }
            if (random.nextInt(10) == 0) {
                text.append(' ');
            }
            if (i < rows - 1 || random.nextBoolean()) {
                text.append(lineBreak);
            }
        }
        Path scratch = Files.createTempDirectory("basin-fast-path");
        Path file = CsvFixtures.write(scratch, "random.csv", text.toString());
        // runs of spaces and tabs are one separator only when asked for: detection may rightly take the tabs
        CsvOptions options = CsvOptions.defaults().withHeader(header)
                .withDelimiter(whitespace || random.nextBoolean() ? delimiter.charAt(0) : null);
        if (weighted) {
            options = options.withWeightColumn("f" + (dims - 1));
        }
        try {
            assertEquals(true, takenByFastPath(file, options), () -> "not taken: " + text);
            sameBothWays(file, options);
        } finally {
            Files.delete(file);
            Files.delete(scratch);
        }
    }

    private static String randomNumber(Random random) {
        double value = random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10);
        return switch (random.nextInt(6)) {
            case 0 -> String.format(Locale.ROOT, "%.17g", value);
            case 1 -> Double.toString(value);
            case 2 -> Long.toString(random.nextInt(2001) - 1000);
            case 3 -> String.format(Locale.ROOT, "%.3e", value);
            case 4 -> String.format(Locale.ROOT, "%.6f", Math.abs(value));
            default -> String.format(Locale.ROOT, "%.25f", value);
        };
    }

    @Test
    void weightsArePositiveOnTheFastPath() {
        Path file = CsvFixtures.write(dir, "weighted.csv", "x,w\n1,0\n2,3.5\n4,1e-3\n");
        LoadedData loaded = sameBothWays(file, CsvOptions.defaults().withWeightColumn("w"));
        assertArrayEquals(new double[]{0, 3.5, 1e-3}, loaded.dataset().weights());
    }

    @Test
    void columnsMayLeaveTextColumnsOut() {
        Path file = CsvFixtures.write(dir, "mixed.csv", "name,x,y\nParis,1,2\nRome,3,4\n");
        CsvOptions options = CsvOptions.defaults().withColumns(List.of("y", "x"));
        assertEquals(true, takenByFastPath(file, options));
        LoadedData loaded = sameBothWays(file, options);
        assertEquals(List.of("y", "x"), loaded.dataset().features());
        assertArrayEquals(new double[]{2, 1, 4, 3}, loaded.dataset().values());
    }

    /** Files the fast path must leave alone: the general path reads them, or names what is wrong. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "x,y\n1,2\n3,NA\n",            // missing value
            "x,y\n1,2\n3,\n",              // empty value
            "x,y\n1,2\n\"3\",4\n",         // quoted
            "x,y\n1,2\n3,4,5\n",           // wrong field count
            "x,y\n1,2\n3\n",               // too few fields
            "x,y\n1,2\n3,inf\n",           // not finite
            "x,y\n1,2\n3,1e999\n",         // overflow
            "x,y\n1,2\n3,abc\n",           // text
            "x,x\n1,2\n3,4\n",             // duplicate name
            "x,\n1,2\n3,4\n",              // unnamed column
            "x,y\r\n1,2\n3,4\n",           // CRLF file with a bare LF
            "x,y\n1,2\r3,4\n",             // bare CR
            "x,y\n1,2 \r,3\n",             // CR inside a line
            "x,y\n1,2\n3,4é\n",            // non-ASCII in a used column
            "x,y\n",                       // header only
            "",                            // empty
            "x,y\n1,0x10\n",               // hexadecimal
            "x,y\n1,1d\n"})                // Java suffix
    void leavesOtherFilesToTheGeneralPath(String text) {
        Path file = CsvFixtures.write(dir, "other.csv", text);
        assertEquals(false, takenByFastPath(file, CsvOptions.defaults().withDelimiter(',')));
    }

    @Test
    void negativeWeightsAndLabelsGoTheGeneralWay() {
        Path file = CsvFixtures.write(dir, "w.csv", "x,w\n1,2\n3,-0\n");
        assertEquals(false, takenByFastPath(file, CsvOptions.defaults().withWeightColumn("w")));
        sameBothWays(file, CsvOptions.defaults().withWeightColumn("w"));
        assertEquals(false, takenByFastPath(file, CsvOptions.defaults().withLabelColumn("w")));
    }

    @Test
    void aLargeFileIsReadInPartsWithTheSameResult() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            text.append(String.format(Locale.ROOT, "%.17g,%.17g,%d%n", random.nextGaussian(), random.nextDouble() * 1e5,
                    random.nextInt(100)));
            if (i % 99_991 == 0) {
                text.append("\n"); // blank lines make the parts' rows shift
            }
        }
        Path file = CsvFixtures.write(dir, "large.csv", text.toString());
        assertNotNull(file);
        LoadedData loaded = sameBothWays(file, CsvOptions.defaults().withHeader(false));
        assertEquals(300_000, loaded.dataset().rows());
        assertEquals(List.of("x1", "x2", "x3"), loaded.dataset().features());
        assertNull(loaded.dataset().labels().orElse(null));
    }
}
