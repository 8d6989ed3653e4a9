package dev.basin;

/**
 * A mistake in what the user gave Basin: a file, a column, an option value. The message is one line that
 * says what is wrong, where (file, line, column when known) and what to do; the command line prints it
 * and exits with code 2. Bugs are any other exception.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
