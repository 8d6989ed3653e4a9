package dev.basin.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.basin.data.CsvFixtures.oneLineError;
import static dev.basin.data.CsvFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FileDigestTest {
    @TempDir
    Path dir;

    @Test
    void sha256OfKnownText() {
        // SHA-256 of the three bytes "abc" (FIPS 180-2 example)
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                FileDigest.sha256(write(dir, "abc.txt", "abc")));
    }

    @Test
    void sha256OfEmptyFile() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                FileDigest.sha256(write(dir, "empty.txt", "")));
    }

    @Test
    void missingFile() {
        oneLineError(() -> FileDigest.sha256(dir.resolve("gone.csv")), "no such file", "gone.csv");
    }
}
