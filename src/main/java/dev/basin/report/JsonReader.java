package dev.basin.report;

import dev.basin.InvalidInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader (RFC 8259), the counterpart of {@link Json#write}, for reading Basin's own
 * documents back. Objects become {@link LinkedHashMap}s in file order, arrays {@link List}s, strings
 * {@link String}s, {@code true}/{@code false} {@link Boolean}s, {@code null} null. A number without a
 * fraction or exponent that fits a {@code long} becomes a {@link Long}; every other number a
 * {@link Double}, parsed with correct rounding, so a double written by {@link Json#write} reads back with
 * the same bits.
 *
 * <p>Anything that is not JSON (a trailing comma, a leading zero, an unescaped control character in a
 * string, a key given twice, text after the document) is an {@link InvalidInputException} naming the
 * source and the character offset (counted from 0) where reading stopped.
 */
public final class JsonReader {
    /** Deeper nesting than this is refused with a message rather than a stack overflow. */
    private static final int MAX_DEPTH = 512;

    private final String text;
    private final String source;
    private int pos;

    private JsonReader(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /**
     * The JSON document in {@code file} (UTF-8, a leading byte order mark allowed).
     *
     * @param file the file to read
     * @return the document's value, as described in the class documentation
     * @throws InvalidInputException if the file is missing, unreadable, not UTF-8 or not JSON
     */
    public static Object read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("no such file: " + file);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + file + ": " + e, e);
        }
        return parse(text, file.toString());
    }

    /**
     * The JSON document {@code text}.
     *
     * @param text   the JSON text, a leading byte order mark allowed
     * @param source what the text is (a file name), for messages
     * @return the document's value, as described in the class documentation
     * @throws InvalidInputException if the text is not one JSON value
     */
    public static Object parse(String text, String source) {
        JsonReader reader = new JsonReader(text, source);
        if (text.startsWith("\uFEFF")) {
            reader.pos = 1;
        }
        reader.skipWhitespace();
        Object value = reader.value(0);
        reader.skipWhitespace();
        if (reader.pos < text.length()) {
            throw reader.error("unexpected text after the end of the document");
        }
        return value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
        if (pos >= text.length()) {
            throw error("unexpected end of text, expected a value");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield number();
                }
                throw error("unexpected character " + shown(c) + ", expected a value");
            }
        };
    }

    private Map<String, Object> object(int depth) {
        pos++; // '{'
        Map<String, Object> map = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a key (a string in double quotes)");
            }
            int keyStart = pos;
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            Object value = value(depth + 1);
            if (map.containsKey(key)) {
                pos = keyStart;
                throw error("key \"" + key + "\" appears twice in one object");
            }
            map.put(key, value);
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array(int depth) {
        pos++; // '['
        List<Object> list = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipWhitespace();
            list.add(value(depth + 1));
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() {
        pos++; // opening quote
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unexpected end of text inside a string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character " + shown(c) + " inside a string (it must be escaped)");
            }
            if (c != '\\') {
                out.append(c);
                pos++;
                continue;
            }
            pos++;
            if (pos >= text.length()) {
                throw error("unexpected end of text inside a string");
            }
            char escaped = text.charAt(pos);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append(hexChar());
                    continue; // hexChar moved past the four digits
                }
                default -> throw error("unknown escape \\" + escaped);
            }
            pos++;
        }
    }

    /** The character of a {@code \}{@code uXXXX} escape, with {@code pos} on the 'u'; leaves pos after it. */
    private char hexChar() {
        if (pos + 5 > text.length()) {
            throw error("\\u must be followed by four hexadecimal digits");
        }
        int code = 0;
        for (int i = 1; i <= 4; i++) {
            int digit = Character.digit(text.charAt(pos + i), 16);
            if (digit < 0) {
                throw error("\\u must be followed by four hexadecimal digits");
            }
            code = code * 16 + digit;
        }
        pos += 5;
        return (char) code; // surrogate pairs arrive as two escapes and join up in the string
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (isDigit(peek())) {
                throw error("a number must not have a leading zero");
            }
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("expected a digit");
        }
        boolean integral = true;
        if (peek() == '.') {
            integral = false;
            pos++;
            if (!isDigit(peek())) {
                throw error("expected a digit after the decimal point");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("expected a digit in the exponent");
            }
            digits();
        }
        String literal = text.substring(start, pos);
        if (integral) {
            try {
                return Long.parseLong(literal);
            } catch (NumberFormatException tooLarge) {
                // beyond a long: read it as a double, as other JSON readers do
            }
        }
        return Double.parseDouble(literal);
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected character " + shown(text.charAt(pos)) + ", expected a value");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    /** The character at {@code pos}, or 0 at the end of the text (0 is never valid where peek is used). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String shown(char c) {
        return c >= 0x20 && c < 0x7F ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    private InvalidInputException error(String what) {
        String where = pos >= text.length() ? "at character " + pos + " (the end)" : "at character " + pos;
        return new InvalidInputException(source + " is not valid JSON " + where + ": " + what);
    }
}
