package dev.basin.landscape;

import dev.basin.InvalidInputException;

/**
 * An expression that cannot be read, with the column (1-based) where reading failed. The message is one
 * line: the expression, the column, what is wrong there and what to write instead.
 */
public final class ExpressionException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final int column;

    ExpressionException(String expression, int column, String problem) {
        super("\"" + expression + "\" at column " + column + ": " + problem);
        this.column = column;
    }

    /** Where reading failed, counting the expression's first character as column 1. */
    public int column() {
        return column;
    }
}
