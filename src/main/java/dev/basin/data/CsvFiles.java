package dev.basin.data;

import dev.basin.InvalidInputException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opening the CSV files Basin reads: checks that give one clear line, and UTF-8 text without a BOM. */
final class CsvFiles {
    private static final int BUFFER_BYTES = 1 << 16;

    private CsvFiles() {
    }

    /** Refuses a path that is missing, a directory or unreadable, naming it. */
    static void requireReadableFile(Path file) {
        if (!Files.exists(file)) {
            throw new InvalidInputException("no such file: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + " is a directory; give the path of a CSV file");
        }
        if (!Files.isReadable(file)) {
            throw new InvalidInputException("cannot read " + file + ": permission denied");
        }
    }

    /**
     * The file's text, decoded as strict UTF-8 (malformed bytes are an error, not a silent replacement
     * character) with a leading byte order mark skipped, so that it never becomes part of the first
     * column's name.
     */
    static Reader openText(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        try {
            skipByteOrderMark(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        return new Utf8Reader(in);
    }

    /**
     * The file's text as {@link #openText(Path)} gives it, ready to be split at {@link #splitChar}: a
     * whitespace-separated file ({@link CsvOptions#WHITESPACE}) is presented as tab-separated.
     */
    static Reader openText(Path file, char delimiter) throws IOException {
        Reader text = openText(file);
        return delimiter == CsvOptions.WHITESPACE ? new WhitespaceFieldsReader(text) : text;
    }

    /** The character the text of {@link #openText(Path, char)} is split at. */
    static char splitChar(char delimiter) {
        return delimiter == CsvOptions.WHITESPACE ? '\t' : delimiter;
    }

    private static void skipByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            in.reset();
        }
    }
}
