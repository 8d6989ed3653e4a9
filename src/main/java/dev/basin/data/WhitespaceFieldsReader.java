package dev.basin.data;

import java.io.IOException;
import java.io.Reader;

/**
 * Presents a whitespace-separated file as a tab-separated one: every run of spaces and tabs between two
 * values becomes one tab, and spaces and tabs at the start and end of a line are dropped. Line breaks
 * pass unchanged, so line numbers stay those of the file. The CSV splitter and Tablesaw then read the
 * text with a tab as delimiter.
 */
final class WhitespaceFieldsReader extends Reader {
    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private boolean atLineStart = true;
    private boolean pendingSeparator;

    WhitespaceFieldsReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            // A pending separator may add one character per value: read at most half the room.
            int count = in.read(buffer, 0, Math.max(1, Math.min(buffer.length, length / 2)));
            if (count < 0) {
                return -1;
            }
            int out = offset;
            for (int i = 0; i < count; i++) {
                char c = buffer[i];
                if (c == ' ' || c == '\t') {
                    pendingSeparator = !atLineStart;
                } else if (c == '\n' || c == '\r') {
                    pendingSeparator = false;
                    atLineStart = true;
                    target[out++] = c;
                } else {
                    if (pendingSeparator) {
                        target[out++] = '\t';
                        pendingSeparator = false;
                    }
                    atLineStart = false;
                    target[out++] = c;
                }
            }
            if (out > offset) {
                return out - offset;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
