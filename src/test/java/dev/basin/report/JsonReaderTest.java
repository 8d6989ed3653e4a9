package dev.basin.report;

import dev.basin.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link JsonReader}: the JSON grammar, Basin's number types, exact round trips with {@link Json#write}, and errors. */
class JsonReaderTest {
    @TempDir
    Path dir;

    private static Object parse(String text) {
        return JsonReader.parse(text, "test.json");
    }

    @Test
    void readsEveryKindOfValue() {
        Object value = parse(" {\"a\": 1, \"b\": -2.5, \"c\": \"x\", \"d\": [true, false, null], \"e\": {}, \"f\": []}\n");
        Map<?, ?> map = assertInstanceOf(LinkedHashMap.class, value);
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), List.copyOf(map.keySet()), "file order kept");
        assertEquals(1L, map.get("a"));
        assertEquals(-2.5, map.get("b"));
        assertEquals("x", map.get("c"));
        assertEquals(Arrays.asList(true, false, null), map.get("d"));
        assertEquals(Map.of(), map.get("e"));
        assertEquals(List.of(), map.get("f"));
        assertNull(parse("null"));
        assertEquals("top", parse("\"top\""));
    }

    @Test
    void integersAreLongsAndEverythingElseIsADouble() {
        assertEquals(Long.MAX_VALUE, parse("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, parse("-9223372036854775808"));
        assertEquals(0L, parse("-0"));
        assertEquals(9.223372036854775808E18, parse("9223372036854775808"), "beyond a long: a double");
        assertEquals(100.0, parse("1e2"));
        assertEquals(1.0E-4, parse("1.0E-4"));
        assertEquals(1.0, parse("1.0"));
        assertEquals(-0.0, parse("-0.0"));
        assertEquals(1.5, parse("15E-1"));
        assertEquals(2.0, parse("2e+0"));
    }

    @Test
    void decodesEscapes() {
        assertEquals("q\" b\\ s/ \b\f\n\r\t é €", parse("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\u20AC\""));
        assertEquals("😀", parse("\"\\ud83d\\ude00\""), "a surrogate pair from two escapes");
        assertEquals("😀 ü", parse("\"😀 ü\""), "text that needs no escape");
    }

    @Test
    void roundTripsBasinsWriterExactly() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("doubles", List.of(0.1, 1.0 / 3, -0.0, 0.0, Double.MIN_VALUE, Double.MAX_VALUE,
                Double.MIN_NORMAL, 1.0E-300, 78.85566582597724, 1.0E7, 123456789.0, -2.5E-8));
        document.put("longs", List.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1595509858L));
        document.put("array", new double[]{1.5, -3.25});
        document.put("text", "a \"quoted\" \\ line\nwith\ttab and \u0001 and ünïcödé");
        document.put("empty", Map.of());
        document.put("nothing", null);
        document.put("flag", true);
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("rows", List.of(List.of(1L, 2L), List.of(3.5, 4.5)));
        document.put("nested", List.of(nested, nested));

        String written = Json.write(document);
        Object read = JsonReader.parse(written, "doc");
        assertEquals(written, Json.write(read), "writing what was read gives the same text");
        Map<?, ?> map = (Map<?, ?>) read;
        List<?> doubles = (List<?>) map.get("doubles");
        List<?> expected = (List<?>) document.get("doubles");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(Double.doubleToRawLongBits((Double) expected.get(i)),
                    Double.doubleToRawLongBits((Double) doubles.get(i)), "double " + expected.get(i));
        }
        assertEquals(document.get("longs"), map.get("longs"));
        assertEquals(List.of(1.5, -3.25), map.get("array"));
        assertEquals(document.get("text"), map.get("text"));
    }

    @Test
    void everyFiniteDoubleRoundTripsBitForBit() {
        SplittableRandom random = new SplittableRandom(20240607L);
        for (int i = 0; i < 20_000; i++) {
            // random bit patterns cover every exponent; a second draw covers ordinary magnitudes
            double d = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextDouble(-1e6, 1e6);
            if (!Double.isFinite(d)) {
                continue;
            }
            Object read = parse(Json.write(d));
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits((Double) read), () -> "" + d);
        }
    }

    @Test
    void readsAFile() throws IOException {
        Path file = dir.resolve("summary.json");
        Files.writeString(file, "\uFEFF{\"k\": 3}");
        assertEquals(Map.of("k", 3L), JsonReader.read(file));
    }

    @Test
    void aMissingFileIsOneLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JsonReader.read(dir.resolve("nope.json")));
        assertTrue(e.getMessage().contains("nope.json"), e.getMessage());
    }

    @Test
    void syntaxErrorsNameTheSourceAndTheCharacter() {
        assertError("{\"a\": 1,}", 8, "expected a key");
        assertError("[1, 2,]", 6, "expected a value");
        assertError("[1 2]", 3, "expected ',' or ']'");
        assertError("{\"a\" 1}", 5, "expected ':'");
        assertError("{\"a\": 1 \"b\": 2}", 8, "expected ',' or '}'");
        assertError("01", 1, "leading zero");
        assertError("1.", 2, "after the decimal point");
        assertError("1e", 2, "exponent");
        assertError("-", 1, "expected a digit");
        assertError(".5", 0, "expected a value");
        assertError("+1", 0, "expected a value");
        assertError("\"abc", 4, "end of text inside a string");
        assertError("\"a\nb\"", 2, "control character");
        assertError("\"\\x\"", 2, "unknown escape");
        assertError("\"\\u12g4\"", 2, "four hexadecimal digits");
        assertError("{\"a\": 1, \"a\": 2}", 9, "appears twice");
        assertError("{} {}", 3, "after the end");
        assertError("", 0, "expected a value");
        assertError("   ", 3, "expected a value");
        assertError("tru", 0, "expected a value");
        assertError("NaN", 0, "expected a value");
        assertError("[".repeat(600) + "]".repeat(600), 513, "nested deeper");
    }

    private static void assertError(String text, int offset, String what) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(text), text);
        String message = e.getMessage();
        assertTrue(message.startsWith("test.json is not valid JSON at character " + offset), message);
        assertTrue(message.contains(what), () -> "'" + what + "' expected in: " + message);
        assertTrue(!message.contains("\n"), "one line");
    }
}
