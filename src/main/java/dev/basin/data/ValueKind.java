package dev.basin.data;

/**
 * What one CSV value is, judged from its text alone (surrounding spaces already removed). The rules are
 * Basin's, the same for every file and locale:
 *
 * <ul>
 *   <li>{@link #MISSING}: empty, or {@code NA}, {@code N/A}, {@code NaN}, {@code null}, {@code ?} in any
 *       case;</li>
 *   <li>{@link #NUMBER}: a finite decimal number as Java writes it: optional sign, digits with an optional
 *       point, optional exponent ({@code 12}, {@code +1.5}, {@code -.5}, {@code 3.}, {@code 6.02e23}). No
 *       hexadecimal, no digit grouping, no decimal comma, no {@code d}/{@code f} suffix;</li>
 *   <li>{@link #NOT_FINITE}: a number that is not finite: {@code inf}, {@code Infinity} with an optional
 *       sign in any case, or a decimal too large for a {@code double} such as {@code 1e999}. A column
 *       holding these counts as numeric, so that using it gives a clear error instead of a silent
 *       change of type;</li>
 *   <li>{@link #TEXT}: anything else.</li>
 * </ul>
 */
enum ValueKind {
    NUMBER, MISSING, NOT_FINITE, TEXT;

    /** Largest decimal exponent of a finite double is 308 (Double.MAX_VALUE ≈ 1.8e308). */
    private static final int MAX_DECIMAL_ORDER = 308;
    /** Exponents are read only up to this size; anything larger is far outside the double range. */
    private static final long EXPONENT_CAP = 1_000_000;

    /** The kind of {@code text[from, to)}, which has no spaces around it. */
    static ValueKind of(char[] text, int from, int to) {
        if (from == to || isMissingMarker(text, from, to)) {
            return MISSING;
        }
        ValueKind number = decimal(text, from, to);
        if (number != null) {
            return number;
        }
        return isInfinity(text, from, to) ? NOT_FINITE : TEXT;
    }

    /** Whether {@code text[from, to)}, a {@link #NUMBER}, is below zero (not a form of zero). */
    static boolean isNegativeNumber(char[] text, int from, int to) {
        if (text[from] != '-') {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            char c = text[i];
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean isMissingMarker(char[] text, int from, int to) {
        return switch (to - from) {
            case 1 -> text[from] == '?';
            case 2 -> matches(text, from, to, "na");
            case 3 -> matches(text, from, to, "n/a") || matches(text, from, to, "nan");
            case 4 -> matches(text, from, to, "null");
            default -> false;
        };
    }

    private static boolean isInfinity(char[] text, int from, int to) {
        int start = text[from] == '+' || text[from] == '-' ? from + 1 : from;
        return matches(text, start, to, "inf") || matches(text, start, to, "infinity");
    }

    /** Case-insensitive comparison with a lowercase ASCII word. */
    private static boolean matches(char[] text, int from, int to, String lowercase) {
        if (to - from != lowercase.length()) {
            return false;
        }
        for (int i = 0; i < lowercase.length(); i++) {
            char c = text[from + i];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowercase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * NUMBER or NOT_FINITE if the text is a decimal number, otherwise null. Whether it fits a double is
     * decided from its order of magnitude, so ordinary values are never parsed twice; only values of
     * order 308 are parsed to settle it.
     */
    private static ValueKind decimal(char[] text, int from, int to) {
        int i = from;
        if (text[i] == '+' || text[i] == '-') {
            i++;
        }
        int integerStart = i;
        while (i < to && isDigit(text[i])) {
            i++;
        }
        int integerEnd = i;
        int fractionStart = i;
        int fractionEnd = i;
        if (i < to && text[i] == '.') {
            i++;
            fractionStart = i;
            while (i < to && isDigit(text[i])) {
                i++;
            }
            fractionEnd = i;
        }
        if (integerEnd == integerStart && fractionEnd == fractionStart) {
            return null;
        }
        long exponent = 0;
        if (i < to && (text[i] == 'e' || text[i] == 'E')) {
            i++;
            boolean negative = false;
            if (i < to && (text[i] == '+' || text[i] == '-')) {
                negative = text[i] == '-';
                i++;
            }
            int exponentStart = i;
            while (i < to && isDigit(text[i])) {
                exponent = Math.min(exponent * 10 + (text[i] - '0'), EXPONENT_CAP);
                i++;
            }
            if (i == exponentStart) {
                return null;
            }
            exponent = negative ? -exponent : exponent;
        }
        if (i != to) {
            return null;
        }
        long order = orderOfMagnitude(text, integerStart, integerEnd, fractionStart, fractionEnd, exponent);
        if (order < MAX_DECIMAL_ORDER) {
            return NUMBER;
        }
        if (order > MAX_DECIMAL_ORDER) {
            return NOT_FINITE;
        }
        double value = Double.parseDouble(new String(text, from, to - from));
        return Double.isFinite(value) ? NUMBER : NOT_FINITE;
    }

    /** The decimal exponent of the leading significant digit; a large negative number for zero. */
    private static long orderOfMagnitude(char[] text, int integerStart, int integerEnd, int fractionStart,
                                         int fractionEnd, long exponent) {
        for (int i = integerStart; i < integerEnd; i++) {
            if (text[i] != '0') {
                return (long) (integerEnd - i - 1) + exponent;
            }
        }
        for (int i = fractionStart; i < fractionEnd; i++) {
            if (text[i] != '0') {
                return -(long) (i - fractionStart + 1) + exponent;
            }
        }
        return Long.MIN_VALUE / 2;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
