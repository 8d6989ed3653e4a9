package dev.basin;

/**
 * A mistake in what the user gave Basin: a file, a column, an option value. The message is one line that
 * says what is wrong, where (file, line, column when known) and what to do; the command line prints it
 * and exits with code 2. Bugs are any other exception.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with the one-line message the user will see.
     *
     * @param message what is wrong, where, and what to do
     */
    public InvalidInputException(String message) {
        super(message);
    }

    /**
     * An exception with the one-line message the user will see, caused by a lower-level failure.
     *
     * @param message what is wrong, where, and what to do
     * @param cause   the failure that revealed the mistake, for example an {@link java.io.IOException}
     */
    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
