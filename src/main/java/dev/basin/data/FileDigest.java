package dev.basin.data;

import dev.basin.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a file's bytes, which provenance records so that a result names its exact input. */
public final class FileDigest {
    private static final int BUFFER_BYTES = 1 << 16;

    private FileDigest() {
    }

    /**
     * SHA-256 of the file's bytes as 64 lowercase hexadecimal digits.
     *
     * @param file the file to read, whole
     * @return 64 lowercase hexadecimal digits
     * @throws InvalidInputException if the file does not exist, is a directory or cannot be read
     */
    public static String sha256(Path file) {
        CsvFiles.requireReadableFile(file);
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
        byte[] buffer = new byte[BUFFER_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
