package dev.basin.data;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link DecimalParser} gives {@link Double#parseDouble}'s bits and {@link ValueKind}'s verdict. */
class DecimalParserTest {

    /** The parser's answer must be parseDouble's, bit for bit; overflow is "not a number". */
    private static void agreesWithJava(String text) {
        byte[] bytes = ("  " + text + "  ").getBytes(StandardCharsets.ISO_8859_1);
        double fast = DecimalParser.parse(bytes, 2, bytes.length - 2);
        double java = Double.parseDouble(text);
        if (Double.isFinite(java)) {
            assertEquals(Double.doubleToRawLongBits(java), Double.doubleToRawLongBits(fast),
                    () -> text + ": parseDouble " + java + ", fast " + fast);
        } else {
            assertTrue(Double.isNaN(fast), () -> text + " overflows, fast gave " + fast);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "+0", "0.0", "-0.0", "0e999", "-0e-999", "000", "1", "-1", "+1", "12", ".5",
            "-.5", "3.", "1.5", "0.1", "0.3", "1e23", "1e22", "9007199254740992", "9007199254740993",
            "9007199254740993.0", "9007199254740995", "18014398509481985", "123456789012345678",
            "1234567890123456789", "12345678901234567890", "0.000000000000000000000000000001234",
            "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "5e-324", "1e-330",
            "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e308", "1e309",
            "8.98846567431158e307", "179769313486231580793728971405303415079934132710037826936173778980444968"
                    + "2927647e237", "7.2057594037927933e16", "2.5", "3.5", "0.5e1", "5e-1",
            "5.3113670636778032", "-15.134913877065022", "9.4622709972243122", "1e-342", "1e-343", "1e-400",
            "123456789e-350", "1E5", "1e+05", "1e-05", "00001.00000", "0.9999999999999999999999",
            "4503599627370496.5", "4503599627370497.5", "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124", "2.0000000000000004440892098500626"
                    + "16169452667236328125", "3.0000000000000004440892098500626", "6.02214076e23", "1e1000000000"})
    void edgeCases(String text) {
        agreesWithJava(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1 ", "+", "-", ".", "+.", "e5", "1e", "1e+", "1e-", "1.2.3", "1,5", "0x10",
            "0x1p3", "1d", "2f", "NaN", "Infinity", "-Infinity", "inf", "NA", "?", "1_000", "--1", "+-1", "1e5.5",
            "1ee5", "١", "1e999", "-1e999", "1.8e308"})
    void textIsNotANumber(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertTrue(Double.isNaN(DecimalParser.parse(bytes, 0, bytes.length)), text);
    }

    @Property(tries = 3000, seed = "2026111801")
    void printedLikeTheBenchmarkFiles(@ForAll double value) {
        agreesWithJava(String.format(Locale.ROOT, "%.17g", value));
    }

    @Property(tries = 3000, seed = "2026111802")
    void shortestRepresentation(@ForAll long bits) {
        double value = Double.longBitsToDouble(bits);
        if (Double.isFinite(value)) {
            agreesWithJava(Double.toString(value));
        }
    }

    @Property(tries = 3000, seed = "2026111803")
    void anyPrecision(@ForAll long bits, @ForAll @IntRange(min = 1, max = 21) int precision) {
        double value = Double.longBitsToDouble(bits);
        if (Double.isFinite(value)) {
            agreesWithJava(String.format(Locale.ROOT, "%." + precision + "g", value));
            agreesWithJava(String.format(Locale.ROOT, "%." + precision + "e", value));
        }
    }

    /** Halfway between two neighbouring doubles, exactly and cut to 17 to 19 digits: the hardest roundings. */
    @Property(tries = 2000, seed = "2026111804")
    void halfwayPoints(@ForAll long bits, @ForAll @IntRange(min = 15, max = 19) int digits) {
        double value = Math.abs(Double.longBitsToDouble(bits));
        if (!Double.isFinite(value) || value == Double.MAX_VALUE) {
            return;
        }
        BigDecimal low = new BigDecimal(value);
        BigDecimal halfway = low.add(new BigDecimal(Math.nextUp(value))).divide(BigDecimal.valueOf(2));
        agreesWithJava(halfway.toString());
        agreesWithJava(halfway.round(new java.math.MathContext(digits)).toString());
        agreesWithJava(halfway.toPlainString().length() < 400 ? halfway.toPlainString() : halfway.toString());
    }

    @Property(tries = 5000, seed = "2026111805")
    void randomDecimals(@ForAll("decimals") String text) {
        agreesWithJava(text);
    }

    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        Arbitrary<String> integer = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(25);
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(25)
                .map(f -> f.isEmpty() ? "" : "." + f);
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.integers().between(-400, 400).map(e -> "e" + e),
                Arbitraries.integers().between(-30, 30).map(e -> "E" + (e >= 0 ? "+" : "") + e));
        return Combinators.combine(sign, integer, fraction, exponent)
                .as((s, i, f, e) -> s + (i.isEmpty() && f.isEmpty() ? "0" : i) + f + e);
    }

    /** On any short string of number-like characters, the parser and {@link ValueKind} agree on what is a number. */
    @Property(tries = 5000, seed = "2026111806")
    void sameVerdictAsValueKind(@ForAll("numberish") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        boolean fastSaysNumber = !Double.isNaN(DecimalParser.parse(bytes, 0, bytes.length));
        boolean kindSaysNumber = !text.isEmpty() && ValueKind.of(text.toCharArray(), 0, text.length()) == ValueKind.NUMBER;
        assertEquals(kindSaysNumber, fastSaysNumber, text);
        if (fastSaysNumber) {
            agreesWithJava(text);
        }
    }

    @Provide
    Arbitrary<String> numberish() {
        return Arbitraries.strings().withChars("0123456789+-.eE9x d").ofMinLength(0).ofMaxLength(12);
    }
}
