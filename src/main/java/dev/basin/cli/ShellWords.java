package dev.basin.cli;

import java.util.List;
import java.util.regex.Pattern;

/** Joins arguments into a command line a POSIX shell reads back the same. */
final class ShellWords {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");

    private ShellWords() {
    }

    static String join(List<String> args) {
        StringBuilder out = new StringBuilder();
        for (String arg : args) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(quote(arg));
        }
        return out.toString();
    }

    static String quote(String arg) {
        if (!arg.isEmpty() && SAFE.matcher(arg).matches()) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }
}
