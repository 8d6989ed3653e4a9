package dev.basin.landscape;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The expression language: values, precedence and associativity, and errors that name their column. */
class ExpressionParserTest {

    @ParameterizedTest(name = "{0} at x = {1} is {2}")
    @CsvSource(delimiter = ';', value = {
            "sin(x) + 0.5*sin(3*x); 1.0; 0.9120309888378301",
            "2^3^2; 0; 512",
            "-2^2; 0; -4",
            "2^-1; 0; 0.5",
            "-x^2; 3; -9",
            "x^2; -3; 9",
            "(1 + 2) * 3; 0; 9",
            "1 - 2 - 3; 0; -4",
            "8 / 4 / 2; 0; 1",
            "1 + 2 * 3 ^ 2; 0; 19",
            ".5 + 1e-3 + 2.5E+1; 0; 25.501",
            "3 * -x; 2; -6",
            "+x; 2; 2",
            "abs(-3) + sqrt(16) + exp(0) + log(1); 0; 8",
            "cos(pi) + log(e); 0; 0",
            "tan(x); 0; 0",
            "x^4 - 3*x^2 + x; 2; 6",
            "  x*x  ; 1.5; 2.25",
    })
    void evaluates(String text, double x, double expected) {
        assertEquals(expected, ExpressionParser.parse(text).value(x), 1e-12);
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(delimiter = ';', value = {
            "2^3^2; (2 ^ (3 ^ 2))",
            "-x^2; (-(x ^ 2))",
            "1 - 2 - 3; ((1 - 2) - 3)",
            "a; ",
    }, nullValues = "")
    void groupsAsInMathematics(String text, String tree) {
        if (tree == null) {
            assertThrows(ExpressionException.class, () -> ExpressionParser.parse(text));
        } else {
            assertEquals(tree, ExpressionParser.parse(text).toString());
        }
    }

    @ParameterizedTest(name = "''{0}'': column {1}")
    @CsvSource(delimiter = ';', value = {
            "sin(x)); 7; there is no '(' for it to close",
            "sin(x; 6; the expression ends where ')' was expected, to close the '(' at column 4",
            "(1 + 2; 7; to close the '(' at column 1",
            "2*; 3; ends too early",
            "3x; 2; multiplication is never implied",
            "foo(x); 1; unknown name 'foo'",
            "sin x; 5; expected '(' after sin",
            "x + * 2; 5; unexpected '*'",
            "x $ 2; 3; found '$'",
            "1..2; 3; at most one decimal point",
            "2e; 2; an exponent needs digits",
            "'   '; 1; the expression is empty",
            "(); 2; unexpected ')'",
            "2 * 1e400; 5; the number 1e400 is too large",
    })
    void reportsTheColumnOfAMistake(String text, int column, String problem) {
        ExpressionException e = assertThrows(ExpressionException.class, () -> ExpressionParser.parse(text));
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains("at column " + column + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().startsWith("\"" + text + "\""), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @org.junit.jupiter.api.Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String deep = "(".repeat(5_000) + "x" + ")".repeat(5_000);
        ExpressionException e = assertThrows(ExpressionException.class, () -> ExpressionParser.parse(deep));
        assertTrue(e.getMessage().contains("nests deeper than " + ExpressionParser.MAX_DEPTH), e.getMessage());
        assertTrue(e.getMessage().length() < 200, "a long expression is quoted around the column only: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("\"...((("), e.getMessage());
        String fine = "(".repeat(100) + "x" + ")".repeat(100);
        assertEquals(2, ExpressionParser.parse(fine).value(2), 0);
    }

    @org.junit.jupiter.api.Test
    void knowsWhetherXOccurs() {
        assertTrue(ExpressionParser.parse("sin(2*x) - 1").dependsOnX());
        assertTrue(!ExpressionParser.parse("sin(2*pi) - -1^e").dependsOnX());
    }
}
