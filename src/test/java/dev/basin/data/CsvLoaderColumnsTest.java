package dev.basin.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.basin.data.CsvFixtures.oneLineError;
import static dev.basin.data.CsvFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which columns become features, labels and weights, and what the user is told. */
class CsvLoaderColumnsTest {
    @TempDir
    Path dir;

    @Test
    void nonNumericColumnsAreLeftOutWithOneNotice() {
        Path file = write(dir, "p.csv", "name,x,city,y\nann,1,Oslo,2\nbob,3,Rome,4\n");
        LoadedData loaded = CsvLoader.load(file, CsvOptions.defaults());
        assertEquals(List.of("x", "y"), loaded.dataset().features());
        assertEquals(List.of("name", "city"), loaded.skippedColumns());
        assertEquals(List.of("left out non-numeric columns: name, city (a column of class names can be compared with the clusters: --label-column)"),
                loaded.notices());
    }

    @Test
    void columnsPicksAndOrders() {
        Path file = write(dir, "p.csv", "a,b,c\n1,2,3\n4,5,6\n");
        LoadedData loaded = CsvLoader.load(file, CsvOptions.defaults().withColumns(List.of("c", "a")));
        assertEquals(List.of("c", "a"), loaded.dataset().features());
        assertArrayEquals(new double[] {3, 1, 6, 4}, loaded.dataset().values());
        assertTrue(loaded.notices().isEmpty());
    }

    @Test
    void textLabelColumnIsKeptAsStringsAndNotClustered() {
        Path file = write(dir, "l.csv", "x,kind,y\n1,cat,2\n3,dog,4\n");
        LoadedData loaded = CsvLoader.load(file, CsvOptions.defaults().withLabelColumn("kind"));
        assertEquals(List.of("x", "y"), loaded.dataset().features());
        assertArrayEquals(new String[] {"cat", "dog"}, loaded.dataset().labels().orElseThrow());
        assertEquals("kind", loaded.dataset().labelColumn().orElseThrow());
        assertTrue(loaded.notices().isEmpty());
    }

    @Test
    void numericLabelColumnIsNotAFeature() {
        Path file = write(dir, "l.csv", "x,class\n1.5,0\n2.5,1\n");
        LoadedData loaded = CsvLoader.load(file, CsvOptions.defaults().withLabelColumn("class"));
        assertEquals(List.of("x"), loaded.dataset().features());
        assertArrayEquals(new String[] {"0", "1"}, loaded.dataset().labels().orElseThrow());
    }

    @Test
    void weightColumnGivesRowWeights() {
        Path file = write(dir, "w.csv", "x,w,y\n1,0.5,2\n3,0,4\n5,2,6\n");
        LoadedData loaded = CsvLoader.load(file, CsvOptions.defaults().withWeightColumn("w"));
        Dataset data = loaded.dataset();
        assertEquals(List.of("x", "y"), data.features());
        assertTrue(data.isWeighted());
        assertArrayEquals(new double[] {0.5, 0, 2}, data.weights());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, data.values());
    }

    @Test
    void labelAndWeightTogether() {
        Path file = write(dir, "lw.csv", "id,x,w\na,1,1\nb,2,3\n");
        LoadedData loaded = CsvLoader.load(file,
                CsvOptions.defaults().withLabelColumn("id").withWeightColumn("w"));
        assertEquals(List.of("x"), loaded.dataset().features());
        assertArrayEquals(new double[] {1, 3}, loaded.dataset().weights());
        assertArrayEquals(new String[] {"a", "b"}, loaded.dataset().labels().orElseThrow());
    }

    @Test
    void unnamedColumnIsLeftOutWithANotice() {
        Path file = write(dir, "i.csv", ",x,y\n0,1,2\n1,3,4\n");
        LoadedData loaded = CsvLoader.load(file, CsvOptions.defaults());
        assertEquals(List.of("x", "y"), loaded.dataset().features());
        assertTrue(loaded.notices().getFirst().startsWith("left out unnamed column 1"), loaded.notices()::toString);
    }

    @Test
    void columnsWithoutValuesAreLeftOut() {
        Path file = write(dir, "e.csv", "x,empty\n1,\n2,NA\n");
        LoadedData loaded = CsvLoader.load(file, CsvOptions.defaults());
        assertEquals(List.of("x"), loaded.dataset().features());
        assertEquals(List.of("empty"), loaded.skippedColumns());
        assertEquals(List.of("left out columns without values: empty"), loaded.notices());
    }

    @Test
    void columnNamesDifferingOnlyInCaseAreDistinct() {
        Path file = write(dir, "c.csv", "a,A\n1,2\n");
        LoadedData loaded = CsvLoader.load(file, CsvOptions.defaults());
        assertEquals(List.of("a", "A"), loaded.dataset().features());
        assertArrayEquals(new double[] {1, 2}, loaded.dataset().values());
    }

    @Test
    void hexAndInfinityWordsDoNotMakeAColumnNumericButUnusedTextIsNoError() {
        Path file = write(dir, "h.csv", "x,hex\n1,0x10\n2,0x11\n");
        LoadedData loaded = CsvLoader.load(file, CsvOptions.defaults());
        assertEquals(List.of("x"), loaded.dataset().features());
        assertFalse(loaded.notices().isEmpty());
    }

    @Test
    void unknownColumnListsTheColumnsThatExist() {
        Path file = write(dir, "u.csv", "a,b\n1,2\n");
        oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults().withColumns(List.of("a", "zz"))),
                "'zz'", "does not exist", "a, b");
    }

    @Test
    void unknownLabelColumnListsTheColumnsThatExist() {
        Path file = write(dir, "u.csv", "a,b\n1,2\n");
        oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults().withLabelColumn("class")),
                "label column 'class' does not exist", "a, b");
    }

    @Test
    void unknownWeightColumnListsTheColumnsThatExist() {
        Path file = write(dir, "u.csv", "a,b\n1,2\n");
        oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults().withWeightColumn("w")),
                "weight column 'w' does not exist", "a, b");
    }

    @Test
    void featureCannotAlsoBeTheLabel() {
        Path file = write(dir, "r.csv", "a,b\n1,2\n");
        oneLineError(() -> CsvLoader.load(file,
                CsvOptions.defaults().withColumns(List.of("a", "b")).withLabelColumn("b")), "'b'", "label", "one part");
    }

    @Test
    void featureCannotAlsoBeTheWeight() {
        Path file = write(dir, "r.csv", "a,b\n1,2\n");
        oneLineError(() -> CsvLoader.load(file,
                CsvOptions.defaults().withColumns(List.of("a")).withWeightColumn("a")), "'a'", "weight", "one part");
    }

    @Test
    void labelCannotAlsoBeTheWeight() {
        Path file = write(dir, "r.csv", "a,b\n1,2\n");
        oneLineError(() -> CsvLoader.load(file,
                CsvOptions.defaults().withLabelColumn("b").withWeightColumn("b")), "'b'", "label", "weight");
    }

    @Test
    void columnNamedTwiceInOptionsIsRefused() {
        oneLineError(() -> CsvOptions.defaults().withColumns(List.of("a", "a")), "'a'", "twice");
    }

    @Test
    void chosenNonNumericColumnNamesLineColumnAndValue() {
        Path file = write(dir, "t.csv", "a,b\n1,2\n3,x7\n");
        oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults().withColumns(List.of("a", "b"))),
                "t.csv", "line 3", "column 'b'", "'x7'", "not a number");
    }

    @Test
    void negativeWeightNamesLineAndColumn() {
        Path file = write(dir, "w.csv", "x,w\n1,1\n2,-2\n");
        oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults().withWeightColumn("w")),
                "line 3", "column 'w'", "'-2'", "negative");
    }

    @Test
    void nonNumericWeightNamesLineAndColumn() {
        Path file = write(dir, "w.csv", "x,w\n1,1\n2,heavy\n");
        oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults().withWeightColumn("w")),
                "line 3", "column 'w'", "'heavy'", "not a number");
    }

    @Test
    void infiniteWeightIsRefused() {
        Path file = write(dir, "w.csv", "x,w\n1,inf\n");
        oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults().withWeightColumn("w")),
                "line 2", "column 'w'", "not finite");
    }

    @Test
    void allZeroWeightsAreRefused() {
        Path file = write(dir, "w.csv", "x,w\n1,0\n2,0.0\n3,-0\n");
        oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults().withWeightColumn("w")),
                "column 'w'", "0", "positive weight");
    }
}
