package dev.basin.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.basin.data.CsvFixtures.write;
import static dev.basin.data.CsvFixtures.writeBytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** How CsvLoader reads the text of a file: delimiters, BOM, quoting, blank lines, line endings. */
class CsvLoaderFormatTest {
    @TempDir
    Path dir;

    private static LoadedData load(Path file) {
        return CsvLoader.load(file, CsvOptions.defaults());
    }

    @Test
    void detectsComma() {
        LoadedData loaded = load(write(dir, "a.csv", "x,y\n1,2\n3,4\n"));
        assertEquals(',', loaded.delimiter());
        assertEquals(List.of("x", "y"), loaded.dataset().features());
        assertArrayEquals(new double[] {1, 2, 3, 4}, loaded.dataset().values());
    }

    @Test
    void detectsSemicolonEvenWithDecimalCommasInText() {
        LoadedData loaded = load(write(dir, "a.csv", "x;y;note\n1;2;a,b\n3;4;c,d\n"));
        assertEquals(';', loaded.delimiter());
        assertEquals(List.of("x", "y"), loaded.dataset().features());
        assertArrayEquals(new double[] {1, 2, 3, 4}, loaded.dataset().values());
    }

    @Test
    void detectsCommaWhenATextValueHoldsSemicolons() {
        LoadedData loaded = CsvLoader.load(write(dir, "a.csv", "name,x\nfoo;bar,1\nbaz;qux,2\n"),
                CsvOptions.defaults().withLabelColumn("name"));
        assertEquals(',', loaded.delimiter());
        assertArrayEquals(new String[] {"foo;bar", "baz;qux"}, loaded.dataset().labels().orElseThrow());
    }

    @Test
    void detectsSemicolonWithDecimalCommasAsText() {
        LoadedData loaded = CsvLoader.load(write(dir, "a.csv", "x;y;z\n1;2,5;3\n4;5,5;6\n"),
                CsvOptions.defaults());
        assertEquals(';', loaded.delimiter());
        assertEquals(List.of("x", "z"), loaded.dataset().features());
        assertEquals(List.of("y"), loaded.skippedColumns());
    }

    @Test
    void detectsTab() {
        LoadedData loaded = load(write(dir, "a.tsv", "x\ty\n1.5\t-2\n3\t4e2\n"));
        assertEquals('\t', loaded.delimiter());
        assertArrayEquals(new double[] {1.5, -2, 3, 400}, loaded.dataset().values());
    }

    @Test
    void givenDelimiterIsUsed() {
        LoadedData loaded = CsvLoader.load(write(dir, "a.csv", "x;y\n1;2\n"),
                CsvOptions.defaults().withDelimiter(';'));
        assertEquals(';', loaded.delimiter());
        assertEquals(2, loaded.dataset().dims());
    }

    @Test
    void singleColumnFile() {
        LoadedData loaded = load(write(dir, "a.csv", "x\n1\n2\n"));
        assertEquals(List.of("x"), loaded.dataset().features());
        assertEquals(2, loaded.dataset().rows());
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstName() {
        byte[] text = "x,y\n1,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        LoadedData loaded = load(writeBytes(dir, "bom.csv", withBom));
        assertEquals(List.of("x", "y"), loaded.dataset().features());
    }

    @Test
    void byteOrderMarkDoesNotShiftLineNumbers() {
        byte[] text = "x,y\n1,2\n3,oops\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Path file = writeBytes(dir, "bom.csv", withBom);
        CsvFixtures.oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults().withColumns(List.of("x", "y"))),
                "line 3", "column 'y'", "'oops'");
    }

    @Test
    void quotedFieldsMayHoldDelimitersQuotesAndLineBreaks() {
        Path file = write(dir, "q.csv", "city,x,y\n\"Paris, France\",1,2\n\"say \"\"hi\"\"\",3,4\n"
                + "\"two\nlines\",5,6\n\"1,5\",7,8\n");
        LoadedData loaded = CsvLoader.load(file, CsvOptions.defaults().withLabelColumn("city"));
        assertEquals(',', loaded.delimiter());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, loaded.dataset().values());
        assertArrayEquals(new String[] {"Paris, France", "say \"hi\"", "two\nlines", "1,5"},
                loaded.dataset().labels().orElseThrow());
    }

    @Test
    void quotedNumbersAreNumbers() {
        LoadedData loaded = load(write(dir, "q.csv", "x,y\n\"1\",\" 2.5 \"\n3,4\n"));
        assertArrayEquals(new double[] {1, 2.5, 3, 4}, loaded.dataset().values());
    }

    @Test
    void lineNumbersCountLinesInsideQuotedFields() {
        Path file = write(dir, "q.csv", "name,x\n\"a\nb\",1\nc,oops\n");
        CsvFixtures.oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults().withColumns(List.of("x"))),
                "line 4", "'oops'");
    }

    @Test
    void longQuotedValuesAndMultiByteTextSurviveBufferBoundaries() {
        String longLabel = "a \"quoted\" word,\nthen a new line; ".repeat(4000); // ~140,000 chars, 4,000 breaks
        StringBuilder text = new StringBuilder("label,x\n");
        text.append('"').append(longLabel.replace("\"", "\"\"")).append("\",1\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("caf\u00e9 \u00fcber \u20ac,").append(i).append('\n');
        }
        Path file = write(dir, "long.csv", text.toString());
        LoadedData loaded = CsvLoader.load(file, CsvOptions.defaults().withLabelColumn("label"));
        assertEquals(20_001, loaded.dataset().rows());
        assertEquals(longLabel, loaded.dataset().labels().orElseThrow()[0]);
        assertEquals("caf\u00e9 \u00fcber \u20ac", loaded.dataset().labels().orElseThrow()[20_000]);
        assertEquals(19_999, loaded.dataset().value(20_000, 0));

        // the data row after the long value starts on line 2 + 4,000 + 1
        Path broken = write(dir, "broken.csv", text.toString().replace(",0\n", ",zero\n"));
        CsvFixtures.oneLineError(() -> CsvLoader.load(broken,
                CsvOptions.defaults().withLabelColumn("label").withColumns(List.of("x"))), "line 4003", "'zero'");
    }

    @Test
    void blankTrailingLinesAreIgnored() {
        LoadedData loaded = load(write(dir, "b.csv", "x,y\n1,2\n3,4\n\n\n  \n"));
        assertEquals(2, loaded.dataset().rows());
    }

    @Test
    void blankLinesInsideAreSkippedWithoutShiftingLineNumbers() {
        Path file = write(dir, "b.csv", "x,y\n1,2\n\n3,4\n\n5,NA\n");
        CsvFixtures.oneLineError(() -> load(file), "line 6", "column 'y'");
    }

    @Test
    void windowsLineEndings() {
        LoadedData loaded = load(write(dir, "w.csv", "x,y\r\n1,2\r\n3,4\r\n"));
        assertArrayEquals(new double[] {1, 2, 3, 4}, loaded.dataset().values());
    }

    @Test
    void oldMacLineEndings() {
        LoadedData loaded = load(write(dir, "m.csv", "x,y\r1,2\r3,4\r"));
        assertArrayEquals(new double[] {1, 2, 3, 4}, loaded.dataset().values());
    }

    @Test
    void crlfLinesInAnLfFileAreAccepted() {
        LoadedData loaded = load(write(dir, "m.csv", "x,y\n1,2\r\n3,4\n"));
        assertArrayEquals(new double[] {1, 2, 3, 4}, loaded.dataset().values());
    }

    @Test
    void spacesAroundValuesAndNamesAreIgnored() {
        LoadedData loaded = load(write(dir, "s.csv", " x , y \n 1 ,2\n3, 4 \n"));
        assertEquals(List.of("x", "y"), loaded.dataset().features());
        assertArrayEquals(new double[] {1, 2, 3, 4}, loaded.dataset().values());
    }

    @Test
    void numbersAreReadTheSameInEveryLocale() {
        LoadedData loaded = load(write(dir, "n.csv", "x\n+1.5\n-.25\n6.02e23\n1E-3\n3.\n"));
        assertArrayEquals(new double[] {1.5, -0.25, 6.02e23, 1e-3, 3}, loaded.dataset().values());
    }

    @Test
    void valueStartingWithHashIsNotAComment() {
        LoadedData loaded = CsvLoader.load(write(dir, "h.csv", "color,x\n#ff0000,1\n#00ff00,2\n"),
                CsvOptions.defaults().withLabelColumn("color"));
        assertEquals(2, loaded.dataset().rows());
        assertArrayEquals(new String[] {"#ff0000", "#00ff00"}, loaded.dataset().labels().orElseThrow());
    }

    @Test
    void recordsTheFileDigestAndSource() {
        Path file = write(dir, "d.csv", "x\n1\n");
        LoadedData loaded = load(file);
        assertEquals(file, loaded.source());
        assertEquals(FileDigest.sha256(file), loaded.sha256());
        assertTrue(loaded.notices().isEmpty());
        assertEquals(0, loaded.droppedRows());
    }

    @Test
    void loadsIrisWhenPresent() {
        Path iris = Path.of("datasets", "iris.csv");
        assumeTrue(Files.isRegularFile(iris), "datasets/iris.csv is not there");
        LoadedData loaded = CsvLoader.load(iris, CsvOptions.defaults().withLabelColumn("species"));
        Dataset data = loaded.dataset();
        assertEquals(150, data.rows());
        assertEquals(4, data.dims());
        assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width"), data.features());
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, data.row(0));
        assertEquals("setosa", data.labels().orElseThrow()[0]);
        assertEquals("species", data.labelColumn().orElseThrow());
        assertTrue(loaded.notices().isEmpty(), () -> loaded.notices().toString());
    }
}
