package dev.basin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bad input to {@code basin fit} gets one clear line on stderr and exit code 2, never a stack trace. */
class FitCommandErrorsTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content);
        return path;
    }

    private Path good() throws IOException {
        return file("good.csv", "a,b\n0,0\n0,1\n5,5\n5,6\n9,0\n");
    }

    private static void assertBadInput(Cli result, String... fragments) {
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), () -> "exit code; stderr was: " + result.err());
        String line = result.errLine();
        assertFalse(line.contains("\n"), () -> "one line expected, got:\n" + result.err());
        assertFalse(line.contains("Exception") || line.contains("\tat "), () -> "no stack trace: " + line);
        for (String fragment : fragments) {
            assertTrue(line.contains(fragment), () -> "'" + fragment + "' expected in: " + line);
        }
        assertEquals("", result.out(), "nothing on stdout");
    }

    @Test
    void missingFile() {
        assertBadInput(Cli.run("fit", dir.resolve("nope.csv").toString(), "-k", "2"), "nope.csv");
    }

    @Test
    void emptyFile() throws IOException {
        assertBadInput(Cli.run("fit", file("empty.csv", "").toString(), "-k", "2"), "empty");
    }

    @Test
    void headerOnly() throws IOException {
        assertBadInput(Cli.run("fit", file("header.csv", "a,b\n").toString(), "-k", "2"), "no data rows");
    }

    @Test
    void rowWithWrongNumberOfFields() throws IOException {
        Path bad = file("ragged.csv", "a,b\n1,2\n3,4\n5\n7,8\n");
        assertBadInput(Cli.run("fit", bad.toString(), "-k", "2"), "line 4");
    }

    @Test
    void nonNumericValueInChosenColumn() throws IOException {
        Path bad = file("text.csv", "a,b\n1,2\n3,x7\n5,6\n");
        assertBadInput(Cli.run("fit", bad.toString(), "-k", "2", "--columns", "a,b"), "line 3", "'b'", "x7");
    }

    @Test
    void infiniteValue() throws IOException {
        Path bad = file("inf.csv", "a,b\n1,2\n3,1e999\n5,6\n");
        assertBadInput(Cli.run("fit", bad.toString(), "-k", "2"), "line 3", "1e999");
    }

    @Test
    void unknownColumnListsTheOnesThatExist() throws IOException {
        assertBadInput(Cli.run("fit", good().toString(), "-k", "2", "--columns", "a,zzz"), "zzz", "a", "b");
    }

    @Test
    void noNumericColumn() throws IOException {
        Path bad = file("words.csv", "name,city\nann,rome\nbob,oslo\n");
        assertBadInput(Cli.run("fit", bad.toString(), "-k", "2"), "numeric");
    }

    @Test
    void kBelowOne() throws IOException {
        assertBadInput(Cli.run("fit", good().toString(), "-k", "0"), "k must be at least 1");
    }

    @Test
    void kAboveDistinctRows() throws IOException {
        Path dup = file("dup.csv", "a,b\n1,1\n1,1\n2,2\n2,2\n");
        assertBadInput(Cli.run("fit", dup.toString(), "-k", "3"), "2 distinct");
    }

    @Test
    void nInitBelowOne() throws IOException {
        assertBadInput(Cli.run("fit", good().toString(), "-k", "2", "--n-init", "0"), "n_init");
        assertBadInput(Cli.run("fit", good().toString(), "-k", "2", "--n-init", "many"), "--n-init");
    }

    @Test
    void maxIterBelowOne() throws IOException {
        assertBadInput(Cli.run("fit", good().toString(), "-k", "2", "--max-iter", "0"), "max_iter");
    }

    @Test
    void negativeTol() throws IOException {
        assertBadInput(Cli.run("fit", good().toString(), "-k", "2", "--tol", "-1"), "tol");
    }

    @Test
    void explicitCentersOfTheWrongShape() throws IOException {
        Path centers = file("centers.csv", "a,b\n0,0\n5,5\n");
        assertBadInput(Cli.run("fit", good().toString(), "-k", "3", "--init", centers.toString()), "centers", "3");
        Path narrow = file("narrow.csv", "a\n0\n5\n");
        assertBadInput(Cli.run("fit", good().toString(), "-k", "2", "--init", narrow.toString()), "b");
    }

    @Test
    void unknownInitializer() throws IOException {
        assertBadInput(Cli.run("fit", good().toString(), "-k", "2", "--init", "kmeans--"), "kmeans--", "k-means++");
    }

    @Test
    void notANumberForAnOption() throws IOException {
        assertBadInput(Cli.run("fit", good().toString(), "-k", "two"), "-k", "two");
    }

    @Test
    void existingOutputDirectoryIsRefusedWithoutForce() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        assertBadInput(Cli.run("fit", good().toString(), "-k", "2", "--out", out.toString()), "--force");
        assertTrue(Files.exists(out.resolve("keep.txt")), "the existing directory is untouched");
    }

    @Test
    void aFailedRunLeavesNoOutputBehind() throws IOException {
        Path out = dir.resolve("out");
        assertBadInput(Cli.run("fit", good().toString(), "-k", "9", "--out", out.toString()), "distinct");
        assertFalse(Files.exists(out));
        try (var listing = Files.list(dir)) {
            assertTrue(listing.noneMatch(p -> p.getFileName().toString().contains("partial")));
        }
    }

    @Test
    void verboseShowsTheStackTrace() throws IOException {
        Cli result = Cli.run("fit", good().toString(), "-k", "9", "--verbose");
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode());
        assertTrue(result.err().contains("\tat "), result.err());
    }
}
