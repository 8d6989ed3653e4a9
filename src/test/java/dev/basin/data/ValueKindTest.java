package dev.basin.data;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValueKindTest {
    private static ValueKind kind(String text) {
        return ValueKind.of(text.toCharArray(), 0, text.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "12", "-3", "+4", "1.5", ".5", "-.5", "3.", "6.02e23", "1E-3", "1e+5", "1e308",
            "1.7976931348623157e308", "0e999", "1e-999", "000123"})
    void numbers(String text) {
        assertEquals(ValueKind.NUMBER, kind(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NA", "na", "N/A", "n/a", "NaN", "nan", "NAN", "null", "NULL", "?"})
    void missing(String text) {
        assertEquals(ValueKind.MISSING, kind(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"inf", "-inf", "+Inf", "Infinity", "-INFINITY", "1e999", "-2e308", "1e1000000000000"})
    void notFinite(String text) {
        assertEquals(ValueKind.NOT_FINITE, kind(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x10", "0x1p3", "1,5", "1_000", "1d", "2f", "e5", ".", "-", "+", "1e", "1e+", "abc",
            "12%", "--1", "1.2.3", "Inf1"})
    void text(String text) {
        assertEquals(ValueKind.TEXT, kind(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.001", "-1e-5"})
    void negative(String text) {
        assertEquals(true, ValueKind.isNegativeNumber(text.toCharArray(), 0, text.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "-0.0", "-0e5", "1", "+2"})
    void notNegative(String text) {
        assertEquals(false, ValueKind.isNegativeNumber(text.toCharArray(), 0, text.length()));
    }
}
