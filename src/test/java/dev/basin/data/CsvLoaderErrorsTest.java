package dev.basin.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.basin.data.CsvFixtures.oneLineError;
import static dev.basin.data.CsvFixtures.write;
import static dev.basin.data.CsvFixtures.writeBytes;

/** Every mistake in a file is one line naming what, where and what to do. */
class CsvLoaderErrorsTest {
    @TempDir
    Path dir;

    private void refused(Path file, String... fragments) {
        oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults()), fragments);
    }

    @Test
    void missingFile() {
        refused(dir.resolve("nope.csv"), "no such file: ", "nope.csv");
    }

    @Test
    void directory() throws Exception {
        refused(Files.createDirectory(dir.resolve("folder.csv")), "folder.csv", "is a directory");
    }

    @Test
    void emptyFile() {
        refused(write(dir, "e.csv", ""), "e.csv is empty", "header");
    }

    @Test
    void fileOfBlankLinesIsEmpty() {
        refused(write(dir, "e.csv", "\n  \n\n"), "e.csv is empty");
    }

    @Test
    void headerOnly() {
        refused(write(dir, "h.csv", "x,y\n"), "h.csv has a header", "no data rows");
    }

    @Test
    void tooManyFields() {
        refused(write(dir, "f.csv", "x,y,z\n1,2,3\n4,5,6,7\n"), "f.csv, line 3", "found 4 fields", "header has 3");
    }

    @Test
    void tooFewFields() {
        refused(write(dir, "f.csv", "x,y,z\n1,2,3\n\n4,5\n"), "line 4", "found 2 fields", "header has 3");
    }

    @Test
    void notFiniteValue() {
        refused(write(dir, "i.csv", "x,y\n1,2\n3,1e999\n"), "i.csv, line 3, column 'y'", "'1e999'", "not finite");
    }

    @Test
    void infinityWordsAreNotFinite() {
        for (String word : List.of("inf", "Infinity", "-inf", "+INF")) {
            refused(write(dir, "i.csv", "x,y\n1,2\n3," + word + "\n"), "line 3", "column 'y'", "not finite");
        }
    }

    @Test
    void noNumericColumn() {
        refused(write(dir, "t.csv", "name,city\nann,Oslo\n"), "t.csv", "no numeric column", "name, city");
    }

    @Test
    void noNumericColumnWithAWrongDelimiterNamesTheDelimiter() {
        Path file = write(dir, "t.csv", "x,y\n1,2\n");
        oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults().withDelimiter(';')),
                "no numeric column", "semicolon");
    }

    @Test
    void duplicateColumnNames() {
        refused(write(dir, "d.csv", "x,y,x\n1,2,3\n"), "d.csv, line 1", "'x'", "twice", "columns 1 and 3");
    }

    @Test
    void unclosedQuote() {
        refused(write(dir, "q.csv", "x,y\n1,2\n\"3,4\n5,6\n"), "q.csv, line 3", "never closes");
    }

    @Test
    void textAfterClosingQuote() {
        refused(write(dir, "q.csv", "x,y\n\"1\"2,3\n"), "line 2", "closing quote");
    }

    @Test
    void mixedLineEndings() {
        refused(write(dir, "m.csv", "x,y\r\n1,2\n3,4\r\n"), "m.csv, line 2", "LF", "CRLF");
    }

    @Test
    void notUtf8NamesTheLine() {
        byte[] latin1 = "x\n1\n2\n3\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        refused(writeBytes(dir, "l.csv", latin1), "l.csv, line 5", "not valid UTF-8");
    }

    @Test
    void messageStaysOneLineWhenTheValueHoldsALineBreak() {
        Path file = write(dir, "n.csv", "x,y\n1,\"a\nb\"\n");
        oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults().withColumns(List.of("x", "y"))),
                "line 2", "'a\\nb'");
    }
}
