package dev.basin.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.basin.data.CsvFixtures.oneLineError;
import static dev.basin.data.CsvFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Files without a header row, and whitespace-separated files (the usual form of benchmark sets). */
class CsvHeaderlessTest {
    @TempDir
    Path dir;

    private static final CsvOptions NO_HEADER = CsvOptions.defaults().withHeader(false);

    @Test
    void theFirstRowIsDataAndColumnsAreNamedByPosition() {
        Path file = write(dir, "plain.csv", "1,2,3\n4,5,6\n");
        for (boolean fast : new boolean[]{true, false}) {
            Dataset data = CsvLoader.load(file, NO_HEADER, fast).dataset();
            assertEquals(List.of("x1", "x2", "x3"), data.features());
            assertArrayEquals(new double[]{1, 2, 3, 4, 5, 6}, data.values());
        }
    }

    @Test
    void whitespaceRunsSeparateValues() {
        Path file = write(dir, "a1.txt", "   54620    43523\n\t52694 \t 42750  \n\n  53253 43024\n");
        for (boolean fast : new boolean[]{true, false}) {
            LoadedData loaded = CsvLoader.load(file, NO_HEADER, fast);
            assertEquals(CsvOptions.WHITESPACE, loaded.delimiter(), "detected");
            assertArrayEquals(new double[]{54620, 43523, 52694, 42750, 53253, 43024}, loaded.dataset().values());
            assertEquals(List.of("x1", "x2"), loaded.dataset().features());
        }
    }

    @Test
    void aWhitespaceFileWithAHeaderAndLabels() {
        Path file = write(dir, "labelled.txt", "x y  kind\n1 2 a\n3   4 b\n5 6 a\n");
        LoadedData loaded = CsvLoader.load(file, CsvOptions.defaults().withDelimiter(CsvOptions.WHITESPACE)
                .withLabelColumn("kind"));
        assertEquals(List.of("x", "y"), loaded.dataset().features());
        assertArrayEquals(new String[]{"a", "b", "a"}, loaded.dataset().labels().orElseThrow());
        assertArrayEquals(new double[]{1, 2, 3, 4, 5, 6}, loaded.dataset().values());
    }

    @Test
    void labelAndWeightColumnsByPosition() {
        Path file = write(dir, "lw.csv", "1,0.5,a\n2,1.5,b\n");
        LoadedData loaded = CsvLoader.load(file, NO_HEADER.withLabelColumn("x3").withWeightColumn("x2"));
        assertEquals(List.of("x1"), loaded.dataset().features());
        assertArrayEquals(new double[]{0.5, 1.5}, loaded.dataset().weights());
        assertArrayEquals(new String[]{"a", "b"}, loaded.dataset().labels().orElseThrow());
    }

    @Test
    void mistakesAreNamedAsForAFileWithAHeader() {
        oneLineError(() -> CsvLoader.load(write(dir, "empty.csv", "\n\n"), NO_HEADER), "empty.csv is empty",
                "one row per data point");
        oneLineError(() -> CsvLoader.load(write(dir, "short.csv", "1,2\n3\n"), NO_HEADER.withDelimiter(',')),
                "short.csv, line 2: found 1 field but the first row has 2");
        oneLineError(() -> CsvLoader.load(write(dir, "na.csv", "1,2\n3,NA\n"), NO_HEADER),
                "na.csv, line 2, column 'x2': the value is missing");
        oneLineError(() -> CsvLoader.load(write(dir, "text.txt", "1 2\n3 abc\n"), NO_HEADER.withColumns(List.of("x2"))),
                "text.txt, line 2, column 'x2': value 'abc' is not a number");
    }

    @Test
    void aHeaderReadAsDataIsText() {
        Path file = write(dir, "header.csv", "a,b\n1,2\n");
        oneLineError(() -> CsvLoader.load(file, NO_HEADER), "header.csv: no numeric column to cluster");
    }
}
