package dev.basin.landscape;

import dev.basin.InvalidInputException;

/**
 * An expression that cannot be read, with the column (1-based) where reading failed. The message is one
 * line: the expression, the column, what is wrong there and what to write instead.
 */
public final class ExpressionException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final int column;

    /** Expressions longer than this are quoted in the message only around the column. */
    static final int QUOTED = 60;

    ExpressionException(String expression, int column, String problem) {
        super("\"" + excerpt(expression, column) + "\" at column " + column + ": " + problem);
        this.column = column;
    }

    /** The expression, or for a long one the {@value #QUOTED} characters around the column, with "..." for the rest. */
    private static String excerpt(String expression, int column) {
        if (expression.length() <= QUOTED) {
            return expression;
        }
        int from = Math.max(0, Math.min(column - 1 - QUOTED / 2, expression.length() - QUOTED));
        int to = Math.min(expression.length(), from + QUOTED);
        return (from > 0 ? "..." : "") + expression.substring(from, to) + (to < expression.length() ? "..." : "");
    }

    /** Where reading failed, counting the expression's first character as column 1. */
    public int column() {
        return column;
    }
}
