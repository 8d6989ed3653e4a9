package dev.basin.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.basin.data.CsvFixtures.oneLineError;
import static dev.basin.data.CsvFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Explicit initial centers read from a CSV file. */
class CsvCentersTest {
    @TempDir
    Path dir;

    private static final List<String> FEATURES = List.of("x", "y", "z");

    @Test
    void readsKRowsInFeatureOrder() {
        Path file = write(dir, "c.csv", "x,y,z\n1,2,3\n4,5,6\n");
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, CsvLoader.readCenters(file, FEATURES, 2));
    }

    @Test
    void mapsColumnsByNameWhateverTheirOrder() {
        Path file = write(dir, "c.csv", "z;x;y\n3;1;2\n6;4;5\n");
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, CsvLoader.readCenters(file, FEATURES, 2));
    }

    @Test
    void missingFile() {
        oneLineError(() -> CsvLoader.readCenters(dir.resolve("none.csv"), FEATURES, 2), "no such file", "none.csv");
    }

    @Test
    void tooManyRows() {
        Path file = write(dir, "c.csv", "x,y,z\n1,2,3\n4,5,6\n7,8,9\n1,1,1\n");
        oneLineError(() -> CsvLoader.readCenters(file, FEATURES, 3), "centers file", "c.csv has 4 rows but k is 3");
    }

    @Test
    void tooFewRows() {
        Path file = write(dir, "c.csv", "x,y,z\n1,2,3\n");
        oneLineError(() -> CsvLoader.readCenters(file, FEATURES, 3), "has 1 row but k is 3");
    }

    @Test
    void lackingFeatureColumnListsTheExpectedOnes() {
        Path file = write(dir, "c.csv", "x,z\n1,3\n");
        oneLineError(() -> CsvLoader.readCenters(file, FEATURES, 1), "lacks feature column y", "x, y, z");
    }

    @Test
    void extraColumnListsTheExpectedOnes() {
        Path file = write(dir, "c.csv", "x,y,z,w\n1,2,3,4\n");
        oneLineError(() -> CsvLoader.readCenters(file, FEATURES, 1), "not a feature: w", "x, y, z");
    }

    @Test
    void nonNumericValueNamesLineAndColumn() {
        Path file = write(dir, "c.csv", "x,y,z\n1,2,3\n4,five,6\n");
        oneLineError(() -> CsvLoader.readCenters(file, FEATURES, 2), "line 3", "column 'y'", "'five'", "not a number");
    }

    @Test
    void nonFiniteValueNamesLineAndColumn() {
        Path file = write(dir, "c.csv", "x,y,z\n1,2,Infinity\n");
        oneLineError(() -> CsvLoader.readCenters(file, FEATURES, 1), "line 2", "column 'z'", "not finite");
    }

    @Test
    void missingValueNamesLineAndColumn() {
        Path file = write(dir, "c.csv", "x,y,z\n1,,3\n");
        oneLineError(() -> CsvLoader.readCenters(file, FEATURES, 1), "line 2", "column 'y'", "missing");
    }
}
