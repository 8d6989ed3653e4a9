package dev.basin.report;

import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for Basin's output documents: maps (written in their iteration order, so use a
 * {@link java.util.LinkedHashMap}), lists, arrays of numbers, strings, numbers, booleans and null.
 * Doubles are written in Java's shortest round-trip form, so reading them back gives the same bits;
 * NaN and infinities, which JSON cannot hold, are written as null.
 */
public final class Json {
    private Json() {
    }

    /**
     * The value as pretty-printed JSON (two-space indent, one key per line, short number arrays inline).
     *
     * @param value a map, list, number array, string, number, boolean, enum or null; any other object is
     *              written as its {@code toString()}
     * @return the JSON text, ending with a line break
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        switch (value) {
            case null -> out.append("null");
            case String s -> string(out, s);
            case Boolean b -> out.append(b);
            case Double d -> number(out, d);
            case Float f -> number(out, f.doubleValue());
            case Number n -> out.append(n.longValue());
            case Map<?, ?> map -> object(out, map, depth);
            case double[] array -> {
                out.append('[');
                for (int i = 0; i < array.length; i++) {
                    out.append(i == 0 ? "" : ", ");
                    number(out, array[i]);
                }
                out.append(']');
            }
            case int[] array -> {
                out.append('[');
                for (int i = 0; i < array.length; i++) {
                    out.append(i == 0 ? "" : ", ").append(array[i]);
                }
                out.append(']');
            }
            case long[] array -> {
                out.append('[');
                for (int i = 0; i < array.length; i++) {
                    out.append(i == 0 ? "" : ", ").append(array[i]);
                }
                out.append(']');
            }
            case List<?> list -> list(out, list, depth);
            case Enum<?> e -> string(out, e.name().toLowerCase(java.util.Locale.ROOT));
            default -> string(out, value.toString());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            indent(out, depth + 1);
            string(out, String.valueOf(entry.getKey()));
            out.append(": ");
            write(out, entry.getValue(), depth + 1);
            out.append(++i < map.size() ? ",\n" : "\n");
        }
        indent(out, depth);
        out.append('}');
    }

    private static void list(StringBuilder out, List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean inline = list.stream().allMatch(v -> v == null || v instanceof Number || v instanceof String
                || v instanceof Boolean || v instanceof double[]);
        boolean numbers = list.stream().allMatch(v -> v instanceof Number);
        if (inline && (list.size() <= 16 || numbers)) { // a long list of seeds stays on one line
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(out, list.get(i), depth);
            }
            out.append(']');
            return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            indent(out, depth + 1);
            write(out, list.get(i), depth + 1);
            out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        indent(out, depth);
        out.append(']');
    }

    private static void number(StringBuilder out, double d) {
        if (Double.isFinite(d)) {
            out.append(d);
        } else {
            out.append("null");
        }
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
