package dev.basin.data;

import dev.basin.InvalidInputException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;

/**
 * Splits CSV text into records and fields while counting lines, so that every message can name the
 * line of the file it is about. Basin uses it to check a file's shape and to classify its values before
 * Tablesaw reads them, so it keeps to the conventions of Tablesaw's reader and both see the same rows:
 *
 * <ul>
 *   <li>fields may be quoted with {@code "}; inside quotes a doubled quote stands for one quote, and
 *       delimiters and line breaks are text (RFC 4180);</li>
 *   <li>a quote that does not open a field is an ordinary character ({@code 5'11"}); text after a
 *       closing quote, other than spaces, is an error, because readers disagree about what it means;</li>
 *   <li>a line holding nothing but spaces is skipped wherever it is;</li>
 *   <li>the first line break decides the file's line ending (LF, CRLF or CR); CRLF lines are also
 *       accepted in an LF file, any other mix is an error, because Tablesaw would read the odd line
 *       break as text inside a value.</li>
 * </ul>
 *
 * <p>Fields are handed to a {@link Visitor} as a reused character buffer, not as strings: a file of a
 * million rows is checked without creating a string per value.
 */
final class CsvSplitter {

    /** Receives the fields and records of a file in order. */
    interface Visitor {
        /**
         * One field: {@code text[0, length)}. Quotes are removed from a quoted field; an unquoted field
         * still has the spaces around it. The buffer is reused for the next field.
         */
        void field(int index, char[] text, int length, boolean quoted, int line);

        /** The end of a record of {@code fieldCount} fields that began on {@code line}; false stops. */
        boolean endRecord(int fieldCount, int line);
    }

    private static final int CHUNK_CHARS = 1 << 16;

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_QUOTED }

    private enum LineBreak {
        LF("LF"), CRLF("CRLF"), CR("CR");

        private final String shown;

        LineBreak(String shown) {
            this.shown = shown;
        }
    }

    private final char delimiter;
    private final String fileName;
    private final Visitor visitor;

    private char[] field = new char[256];
    private int length;
    private boolean quoted;
    private State state = State.FIELD_START;
    private int fieldIndex;
    private int line = 1;
    private int fieldLine = 1;
    private int recordLine = 1;
    private LineBreak fileLineBreak;
    private boolean stopped;

    private CsvSplitter(char delimiter, String fileName, Visitor visitor) {
        this.delimiter = delimiter;
        this.fileName = fileName;
        this.visitor = visitor;
    }

    /**
     * Reads {@code in} to its end (or until the visitor stops) and reports every field and record.
     *
     * @param fileName how messages name the file
     * @throws InvalidInputException for text that is not UTF-8, a quoted field that never closes, text
     *                               after a closing quote, or mixed line endings
     */
    static void split(Reader in, char delimiter, String fileName, Visitor visitor) throws IOException {
        new CsvSplitter(delimiter, fileName, visitor).run(in);
    }

    private void run(Reader in) throws IOException {
        char[] chunk = new char[CHUNK_CHARS];
        boolean pendingCarriageReturn = false;
        try {
            int count;
            while (!stopped && (count = in.read(chunk)) != -1) {
                for (int i = 0; i < count && !stopped; i++) {
                    char c = chunk[i];
                    if (pendingCarriageReturn) {
                        pendingCarriageReturn = false;
                        if (c == '\n') {
                            lineBreak(LineBreak.CRLF);
                            continue;
                        }
                        lineBreak(LineBreak.CR);
                        if (stopped) {
                            break;
                        }
                    }
                    if (c == '\r') {
                        pendingCarriageReturn = true;
                    } else if (c == '\n') {
                        lineBreak(LineBreak.LF);
                    } else if (state == State.UNQUOTED && c != delimiter) {
                        // The common case, taken in bulk: the rest of an unquoted value.
                        int end = i + 1;
                        while (end < count && !endsUnquoted(chunk[end])) {
                            end++;
                        }
                        append(chunk, i, end);
                        i = end - 1;
                    } else {
                        accept(c);
                    }
                }
            }
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(fileName + ", line " + line
                    + ": the text is not valid UTF-8; save the file as UTF-8");
        }
        if (!stopped) {
            if (pendingCarriageReturn) {
                lineBreak(LineBreak.CR);
            }
            finish();
        }
    }

    private void accept(char c) {
        switch (state) {
            case FIELD_START -> {
                if (c == delimiter) {
                    endField(false);
                } else if (c == '"') {
                    length = 0; // spaces before an opening quote are not part of the value
                    quoted = true;
                    state = State.QUOTED;
                } else {
                    append(c);
                    if (c > ' ') {
                        state = State.UNQUOTED;
                    }
                }
            }
            case UNQUOTED -> {
                if (c == delimiter) {
                    endField(false);
                } else {
                    append(c);
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    append(c);
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    append('"');
                    state = State.QUOTED;
                } else if (c == delimiter) {
                    endField(false);
                } else if (c <= ' ') {
                    state = State.AFTER_QUOTED;
                } else {
                    throw textAfterQuote();
                }
            }
            case AFTER_QUOTED -> {
                if (c == delimiter) {
                    endField(false);
                } else if (c > ' ') {
                    throw textAfterQuote();
                }
            }
        }
    }

    private void lineBreak(LineBreak kind) {
        if (state == State.QUOTED) {
            if (kind != LineBreak.LF) {
                append('\r');
            }
            if (kind != LineBreak.CR) {
                append('\n');
            }
            line++;
            return;
        }
        if (fileLineBreak == null) {
            fileLineBreak = kind;
        } else if (kind != fileLineBreak && !(fileLineBreak == LineBreak.LF && kind == LineBreak.CRLF)) {
            throw new InvalidInputException(fileName + ", line " + line + ": this line ends with "
                    + kind.shown + " but the first line ends with " + fileLineBreak.shown
                    + "; convert the file to one kind of line ending");
        }
        endField(true);
        line++;
        fieldLine = line;
        recordLine = line;
    }

    private void finish() {
        if (state == State.QUOTED) {
            throw new InvalidInputException(fileName + ", line " + fieldLine
                    + ": a quoted field opens on this line but never closes; add the closing double quote");
        }
        if (fieldIndex > 0 || length > 0 || quoted) {
            endField(true);
        }
    }

    private void endField(boolean endsRecord) {
        boolean blankLine = endsRecord && fieldIndex == 0 && !quoted && isBlank();
        if (!blankLine) {
            visitor.field(fieldIndex, field, length, quoted, fieldLine);
            fieldIndex++;
        }
        length = 0;
        quoted = false;
        state = State.FIELD_START;
        fieldLine = line;
        if (endsRecord) {
            if (!blankLine && !visitor.endRecord(fieldIndex, recordLine)) {
                stopped = true;
            }
            fieldIndex = 0;
        }
    }

    private boolean isBlank() {
        for (int i = 0; i < length; i++) {
            if (field[i] > ' ') {
                return false;
            }
        }
        return true;
    }

    private boolean endsUnquoted(char c) {
        return c == delimiter || c == '\n' || c == '\r';
    }

    private void append(char[] source, int from, int to) {
        int count = to - from;
        if (length + count > field.length) {
            field = Arrays.copyOf(field, Math.max(field.length * 2, length + count));
        }
        System.arraycopy(source, from, field, length, count);
        length += count;
    }

    private void append(char c) {
        if (length == field.length) {
            field = Arrays.copyOf(field, field.length * 2);
        }
        field[length++] = c;
    }

    private InvalidInputException textAfterQuote() {
        return new InvalidInputException(fileName + ", line " + line
                + ": text follows the closing quote of a field; inside a quoted field write a quote as \"\"");
    }
}
