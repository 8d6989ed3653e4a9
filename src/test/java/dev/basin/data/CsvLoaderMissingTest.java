package dev.basin.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.basin.data.CsvFixtures.oneLineError;
import static dev.basin.data.CsvFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Missing values: refused by default, dropped on request, and only in the columns that are used. */
class CsvLoaderMissingTest {
    @TempDir
    Path dir;

    private static final CsvOptions DROP = CsvOptions.defaults().withMissing(MissingPolicy.DROP);

    @Test
    void missingValueIsAnErrorByDefault() {
        Path file = write(dir, "m.csv", "x,y\n1,2\n3,NA\n5,6\n");
        oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults()),
                "m.csv", "line 3", "column 'y'", "missing", "use --missing drop to drop such rows");
    }

    @Test
    void everyMarkerCountsAsMissing() {
        for (String marker : List.of("", "NA", "n/a", "N/A", "NaN", "nan", "null", "NULL", "?", " na ", "\"\"")) {
            Path file = write(dir, "m.csv", "x,y\n1,2\n3," + marker + "\n");
            oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults()), "line 3", "column 'y'", "missing");
        }
    }

    @Test
    void firstMissingValueInFileOrderIsNamed() {
        Path file = write(dir, "m.csv", "x,y\n1,2\n,?\n5,\n");
        oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults()), "line 3", "column 'x'");
    }

    @Test
    void dropLeavesOutRowsWithMissingValuesAndSaysHowMany() {
        Path file = write(dir, "m.csv", "x,y\n1,2\n3,NA\n,6\n7,8\n?,null\n");
        LoadedData loaded = CsvLoader.load(file, DROP);
        assertArrayEquals(new double[] {1, 2, 7, 8}, loaded.dataset().values());
        assertEquals(3, loaded.droppedRows());
        assertEquals(List.of("dropped 3 rows with missing values (--missing drop)"), loaded.notices());
    }

    @Test
    void dropKeepsLabelsAndWeightsAlignedWithTheirRows() {
        Path file = write(dir, "m.csv", "x,w,k\n1,1,a\n2,NA,b\n3,2,\n4,3,d\n");
        LoadedData loaded = CsvLoader.load(file, DROP.withWeightColumn("w").withLabelColumn("k"));
        assertArrayEquals(new double[] {1, 4}, loaded.dataset().values());
        assertArrayEquals(new double[] {1, 3}, loaded.dataset().weights());
        assertArrayEquals(new String[] {"a", "d"}, loaded.dataset().labels().orElseThrow());
        assertEquals(2, loaded.droppedRows());
    }

    @Test
    void missingLabelIsAnErrorByDefault() {
        Path file = write(dir, "m.csv", "x,k\n1,a\n2,\n");
        oneLineError(() -> CsvLoader.load(file, CsvOptions.defaults().withLabelColumn("k")),
                "line 3", "column 'k'", "missing");
    }

    @Test
    void missingValuesInUnusedColumnsDoNotMatter() {
        Path file = write(dir, "m.csv", "x,y,note\n1,2,\n3,4,NA\n");
        LoadedData loaded = CsvLoader.load(file, CsvOptions.defaults().withColumns(List.of("x", "y")));
        assertEquals(2, loaded.dataset().rows());
        assertEquals(0, loaded.droppedRows());
    }

    @Test
    void droppingEveryRowIsAnError() {
        Path file = write(dir, "m.csv", "x,y\n1,NA\nNA,2\n");
        oneLineError(() -> CsvLoader.load(file, DROP), "m.csv", "every row", "nothing is left");
    }

    @Test
    void quotedMissingMarkerIsReadAsMissing() {
        Path file = write(dir, "m.csv", "x,y\n1,\" NA \"\n3,4\n");
        LoadedData loaded = CsvLoader.load(file, DROP);
        assertArrayEquals(new double[] {3, 4}, loaded.dataset().values());
        assertTrue(loaded.notices().getFirst().startsWith("dropped 1 row "));
    }
}
