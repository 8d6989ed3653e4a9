package dev.basin.data;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Puts names and values from a file into error messages safely: every message stays one line however
 * odd the text (a quoted field may hold line breaks), and long text is shortened.
 */
final class MessageText {
    private static final int MAX_SHOWN = 60;

    private MessageText() {
    }

    /** {@code text} in single quotes, line breaks and tabs shown as {@code \n}, {@code \r}, {@code \t}. */
    static String quote(String text) {
        if (text == null) {
            return "''";
        }
        StringBuilder shown = new StringBuilder(Math.min(text.length(), MAX_SHOWN) + 8).append('\'');
        int limit = Math.min(text.length(), MAX_SHOWN);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> shown.append(Character.isISOControl(c) ? '?' : c);
            }
        }
        if (text.length() > MAX_SHOWN) {
            shown.append("...");
        }
        return shown.append('\'').toString();
    }

    /** Names separated by commas, each shown as by {@link #quote}'s escaping but without quotes. */
    static String names(Collection<String> names) {
        return names.stream().map(MessageText::bare).collect(Collectors.joining(", "));
    }

    private static String bare(String name) {
        if (name.isEmpty()) {
            return "(unnamed)";
        }
        String quoted = quote(name);
        return quoted.substring(1, quoted.length() - 1);
    }
}
