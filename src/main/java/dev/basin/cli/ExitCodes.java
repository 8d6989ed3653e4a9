package dev.basin.cli;

/** Basin's exit codes. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The command ran and its answer is "no" (for example {@code verify} found a difference). */
    public static final int DIFFERENT = 1;
    /** The user's input is wrong: a bad option, a missing or malformed file. One line on stderr says what. */
    public static final int BAD_INPUT = 2;
    /** A bug in Basin. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
