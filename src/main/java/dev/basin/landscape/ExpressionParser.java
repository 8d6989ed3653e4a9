package dev.basin.landscape;

import dev.basin.landscape.Expression.Binary;
import dev.basin.landscape.Expression.Call;
import dev.basin.landscape.Expression.Constant;
import dev.basin.landscape.Expression.MathFunction;
import dev.basin.landscape.Expression.Negation;
import dev.basin.landscape.Expression.Operator;
import dev.basin.landscape.Expression.Variable;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads a function of x written the usual way, e.g. {@code sin(x) + 0.5*sin(3*x)} or {@code x^4 - 3*x^2 + x}.
 *
 * <p>The language: numbers ({@code 2}, {@code 0.5}, {@code .5}, {@code 1e-3}), the variable {@code x}, the
 * constants {@code pi} and {@code e}, the operators {@code + - * / ^}, parentheses, and the functions
 * {@code sin cos tan exp log sqrt abs} (log is the natural logarithm; arguments in parentheses). Precedence
 * from loosest to tightest: {@code + -}, then {@code * /}, then unary minus, then {@code ^}; {@code ^} groups
 * to the right, so {@code 2^3^2} is 2^9 = 512 and {@code -x^2} is −(x²), as in mathematics. Multiplication
 * is never implied: write {@code 3*x}, not {@code 3x}. Spaces are ignored.
 *
 * <p>Grammar:
 * <pre>
 * sum     = product (("+" | "-") product)*
 * product = unary (("*" | "/") unary)*
 * unary   = ("-" | "+") unary | power
 * power   = atom ("^" unary)?
 * atom    = number | "x" | "pi" | "e" | function "(" sum ")" | "(" sum ")"
 * </pre>
 * A mistake is an {@link ExpressionException} naming the column where reading failed.
 */
public final class ExpressionParser {
    private static final String FUNCTIONS = Arrays.stream(MathFunction.values())
            .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));

    /** Deepest nesting of parentheses and unary signs read; deeper input is refused, not a stack overflow. */
    static final int MAX_DEPTH = 200;

    private final String text;
    private int position;
    private int depth;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /**
     * Parses {@code text} as a function of x.
     *
     * @param text the expression
     * @return its tree
     * @throws ExpressionException when the text is not a valid expression; the message names the column
     */
    public static Expression parse(String text) {
        ExpressionParser parser = new ExpressionParser(text);
        parser.skipSpaces();
        if (parser.atEnd()) {
            throw parser.error(1, "the expression is empty; write a function of x such as sin(x) + 0.5*sin(3*x)");
        }
        Expression expression = parser.sum();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            char c = parser.peek();
            throw parser.error(parser.position + 1, c == ')'
                    ? "unexpected ')', there is no '(' for it to close"
                    : "expected an operator (+ - * / ^) or the end, found '" + c + "'"
                      + (Character.isLetter(c) || c == '(' ? " (multiplication is never implied: write 3*x, not 3x)" : ""));
        }
        return expression;
    }

    private Expression sum() {
        Expression left = product();
        while (true) {
            skipSpaces();
            if (accept('+')) {
                left = new Binary(Operator.PLUS, left, product());
            } else if (accept('-')) {
                left = new Binary(Operator.MINUS, left, product());
            } else {
                return left;
            }
        }
    }

    private Expression product() {
        Expression left = unary();
        while (true) {
            skipSpaces();
            if (accept('*')) {
                left = new Binary(Operator.TIMES, left, unary());
            } else if (accept('/')) {
                left = new Binary(Operator.DIVIDE, left, unary());
            } else {
                return left;
            }
        }
    }

    private Expression unary() {
        skipSpaces();
        if (++depth > MAX_DEPTH) {
            throw error(position + 1, "the expression nests deeper than " + MAX_DEPTH + " levels; simplify it");
        }
        try {
            return signed();
        } finally {
            depth--;
        }
    }

    private Expression signed() {
        if (accept('-')) {
            return new Negation(unary());
        }
        if (accept('+')) {
            return unary();
        }
        return power();
    }

    private Expression power() {
        Expression base = atom();
        skipSpaces();
        if (accept('^')) {
            // The exponent is a unary: right-associative (2^3^2 = 2^9) and may carry its own sign (2^-1).
            return new Binary(Operator.POWER, base, unary());
        }
        return base;
    }

    private Expression atom() {
        skipSpaces();
        int start = position;
        if (atEnd()) {
            throw error(position + 1, "the expression ends too early; a number, x, a function or '(' must follow");
        }
        char c = peek();
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        if (accept('(')) {
            Expression inner = sum();
            expectClosing(start);
            return inner;
        }
        if (Character.isLetter(c)) {
            String name = identifier();
            switch (name) {
                case "x":
                    return new Variable();
                case "pi":
                    return new Constant(Math.PI);
                case "e":
                    return new Constant(Math.E);
                default:
                    break;
            }
            MathFunction function = function(name, start);
            skipSpaces();
            if (!accept('(')) {
                throw error(position + 1, "expected '(' after " + name + "; write " + name + "(x)");
            }
            int open = position - 1;
            Expression argument = sum();
            expectClosing(open);
            return new Call(function, argument);
        }
        throw error(start + 1, c == ')' ? "unexpected ')', a number, x, a function or '(' must come first"
                : "unexpected '" + c + "'; expected a number, x, a function or '('");
    }

    private MathFunction function(String name, int start) {
        for (MathFunction f : MathFunction.values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
                return f;
            }
        }
        throw error(start + 1, "unknown name '" + name + "'; the variable is x, the constants pi and e, the functions "
                + FUNCTIONS);
    }

    private void expectClosing(int open) {
        skipSpaces();
        if (!accept(')')) {
            throw error(position + 1, (atEnd() ? "the expression ends" : "found '" + peek() + "'")
                    + " where ')' was expected, to close the '(' at column " + (open + 1));
        }
    }

    private Expression number() {
        int start = position;
        while (!atEnd() && Character.isDigit(peek())) {
            position++;
        }
        if (!atEnd() && peek() == '.') {
            position++;
            while (!atEnd() && Character.isDigit(peek())) {
                position++;
            }
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            int mark = position;
            position++;
            if (!atEnd() && (peek() == '+' || peek() == '-')) {
                position++;
            }
            if (atEnd() || !Character.isDigit(peek())) {
                throw error(mark + 1, "an exponent needs digits, as in 1e-3");
            }
            while (!atEnd() && Character.isDigit(peek())) {
                position++;
            }
        }
        String literal = text.substring(start, position);
        if (literal.equals(".")) {
            throw error(start + 1, "'.' is not a number; write 0.5 or .5");
        }
        if (!atEnd() && peek() == '.') {
            throw error(position + 1, "a number has at most one decimal point");
        }
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            throw error(start + 1, "the number " + literal + " is too large for a double");
        }
        return new Constant(value);
    }

    private String identifier() {
        int start = position;
        while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
            position++;
        }
        return text.substring(start, position);
    }

    private boolean accept(char c) {
        if (!atEnd() && peek() == c) {
            position++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            position++;
        }
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private char peek() {
        return text.charAt(position);
    }

    private ExpressionException error(int column, String problem) {
        return new ExpressionException(text, column, problem);
    }
}
