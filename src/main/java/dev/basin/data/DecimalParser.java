package dev.basin.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads a decimal number from ASCII bytes, giving exactly what {@link Double#parseDouble} gives for the
 * same text, several times faster. The accepted text is {@link ValueKind#NUMBER}'s: an optional sign,
 * digits with an optional point, an optional exponent, nothing else (no spaces, no hexadecimal, no
 * {@code d}/{@code f} suffix, no {@code NaN} or {@code Infinity}).
 *
 * <p>Two exact methods cover almost every value. Clinger's: when the significant digits fit in 53 bits
 * and the power of ten is at most 10²², both are exact doubles and one correctly rounded multiplication
 * or division gives the answer. Otherwise Eisel and Lemire's: the digits (at most 19) times a 128-bit
 * approximation of the power of ten, which decides the rounding unless the product lands too close to a
 * halfway point (Lemire, "Number parsing at a gigabyte per second", Software: Practice and Experience
 * 51(8), 2021; the algorithm of the fast_float library and of Go's and Rust's standard parsers). Anything
 * the two are not sure of (more than 19 significant digits, a product near a tie, a subnormal result,
 * an exponent beyond ±342) is handed to {@link Double#parseDouble}, so the answer is always its answer.
 */
final class DecimalParser {
    /** Returned for text that is not a finite decimal number (text, a missing marker, or an overflow). */
    static final double NOT_A_NUMBER = Double.NaN;

    private static final int SMALLEST_POWER_OF_TEN = PowersOfFive.SMALLEST;
    private static final int LARGEST_POWER_OF_TEN = PowersOfFive.LARGEST;
    private static final int MANTISSA_BITS = 52;
    private static final int MINIMUM_EXPONENT = -1023;
    private static final int INFINITE_POWER = 0x7FF;
    /** Exponents beyond this are far outside the double range; reading stops growing them here. */
    private static final int EXPONENT_CAP = 100_000;
    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    private static final double[] EXACT_POWERS_OF_TEN = {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long[] POWERS_OF_FIVE = PowersOfFive.TABLE;
    private static final VarHandle LITTLE_ENDIAN_LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private DecimalParser() {
    }

    /**
     * The value of {@code text[from, to)}.
     *
     * @return the double {@link Double#parseDouble} gives for the same text, or {@link #NOT_A_NUMBER} when
     *         the text is not a decimal number as {@link ValueKind#NUMBER} defines it, or is one too large
     *         for a double (which {@link ValueKind} calls {@code NOT_FINITE})
     */
    static double parse(byte[] text, int from, int to) {
        int[] end = new int[1];
        double value = parsePrefix(text, from, to, end);
        return end[0] == to ? value : NOT_A_NUMBER;
    }

    /**
     * Reads the number that starts at {@code text[from]} and ends before {@code to} or at the first byte
     * that cannot continue it, for readers that find where a value ends while reading it.
     *
     * @param end receives in {@code end[0]} the index just after the number
     * @return as {@link #parse} for {@code text[from, end[0])}: the value, or {@link #NOT_A_NUMBER} when the
     *         text there is not a finite decimal number (then {@code end[0]} is meaningless)
     */
    static double parsePrefix(byte[] text, int from, int to, int[] end) {
        int i = from;
        if (i == to) {
            return NOT_A_NUMBER;
        }
        boolean negative = text[i] == '-';
        if (negative || text[i] == '+') {
            i++;
        }
        long digits = 0; // unsigned
        int significant = 0; // digits counted into 'digits', leading zeros excluded
        int decimalShift = 0; // power of ten that 'digits' must be multiplied by, before the exponent
        boolean anyDigit = false;
        while (i < to) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                break;
            }
            anyDigit = true;
            if (significant > 0 || digit != 0) {
                if (significant < 19) {
                    digits = digits * 10 + digit;
                } else {
                    decimalShift++;
                }
                significant++;
            }
            i++;
        }
        if (i < to && text[i] == '.') {
            i++;
            while (i < to) {
                if (significant > 0 && significant <= 11 && i + 8 <= to) {
                    // Eight digits at once (SWAR), the usual case of a long fraction.
                    long eight = (long) LITTLE_ENDIAN_LONGS.get(text, i);
                    if (isEightDigits(eight)) {
                        digits = digits * 100_000_000L + eightDigitsValue(eight);
                        significant += 8;
                        decimalShift -= 8;
                        anyDigit = true;
                        i += 8;
                        continue;
                    }
                }
                int digit = text[i] - '0';
                if (digit < 0 || digit > 9) {
                    break;
                }
                anyDigit = true;
                if (significant > 0 || digit != 0) {
                    if (significant < 19) {
                        digits = digits * 10 + digit;
                        decimalShift--;
                    }
                    significant++;
                } else {
                    decimalShift--;
                }
                i++;
            }
        }
        if (!anyDigit) {
            return NOT_A_NUMBER;
        }
        int exponent = 0;
        if (i < to && (text[i] == 'e' || text[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && (text[i] == '+' || text[i] == '-')) {
                negativeExponent = text[i] == '-';
                i++;
            }
            int exponentStart = i;
            while (i < to) {
                int digit = text[i] - '0';
                if (digit < 0 || digit > 9) {
                    break;
                }
                exponent = Math.min(exponent * 10 + digit, EXPONENT_CAP);
                i++;
            }
            if (i == exponentStart) {
                return NOT_A_NUMBER;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        end[0] = i;
        if (digits == 0) {
            return negative ? -0.0 : 0.0;
        }
        double value;
        if (significant > 19) {
            value = slowly(text, from, i);
        } else {
            value = fromDigits(digits, decimalShift + exponent, text, from, i);
            value = negative ? -value : value;
        }
        return Double.isFinite(value) ? value : NOT_A_NUMBER;
    }

    private static boolean isEightDigits(long bytes) {
        return (((bytes + 0x4646464646464646L) | (bytes - 0x3030303030303030L)) & 0x8080808080808080L) == 0;
    }

    /** The value of eight ASCII digits read as a little-endian long (first digit in the lowest byte). */
    private static long eightDigitsValue(long bytes) {
        long v = bytes - 0x3030303030303030L;
        v = v * 10 + (v >>> 8);
        v = ((v & 0x000000FF000000FFL) * (100 + (1_000_000L << 32))
                + ((v >>> 16) & 0x000000FF000000FFL) * (1 + (10_000L << 32))) >>> 32;
        return v & 0xFFFFFFFFL;
    }

    /**
     * digits × 10^power as a positive double, {@code digits} being 1 to 19 significant digits read as an
     * unsigned number (19 nines exceed {@code Long.MAX_VALUE}).
     */
    private static double fromDigits(long digits, int power, byte[] text, int from, int to) {
        if (Long.compareUnsigned(digits, MAX_EXACT_MANTISSA) <= 0 && power >= -22 && power <= 22) {
            // Clinger: both operands are exact, so IEEE rounding of one operation is the right answer.
            return power >= 0 ? digits * EXACT_POWERS_OF_TEN[power] : digits / EXACT_POWERS_OF_TEN[-power];
        }
        if (power < SMALLEST_POWER_OF_TEN || power > LARGEST_POWER_OF_TEN) {
            return Math.abs(slowly(text, from, to));
        }
        long bits = eiselLemire(digits, power);
        return bits < 0 ? Math.abs(slowly(text, from, to)) : Double.longBitsToDouble(bits);
    }

    /**
     * The bits of the positive double nearest digits × 10^power, or -1 when the 128-bit product cannot
     * decide (then the caller falls back). A transcription of fast_float's {@code compute_float} for
     * binary64, keeping only its normal (not subnormal) results.
     */
    private static long eiselLemire(long digits, int power) {
        int leadingZeros = Long.numberOfLeadingZeros(digits);
        long w = digits << leadingZeros;
        int index = 2 * (power - SMALLEST_POWER_OF_TEN);
        long high = Math.unsignedMultiplyHigh(w, POWERS_OF_FIVE[index]);
        long low = w * POWERS_OF_FIVE[index];
        long precisionMask = 0xFFFFFFFFFFFFFFFFL >>> (MANTISSA_BITS + 3);
        if ((high & precisionMask) == precisionMask) {
            // The truncated product may be too small in the bits that matter: add the next 64 bits.
            long secondHigh = Math.unsignedMultiplyHigh(w, POWERS_OF_FIVE[index + 1]);
            long sum = low + secondHigh;
            if (Long.compareUnsigned(secondHigh, sum) > 0) {
                high++;
            }
            low = sum;
        }
        if (low == 0xFFFFFFFFFFFFFFFFL) {
            return -1; // the product may sit just below a halfway point; let the exact parser decide
        }
        int upperBit = (int) (high >>> 63);
        int shift = upperBit + 64 - MANTISSA_BITS - 3;
        long mantissa = high >>> shift;
        int power2 = (((152170 + 65536) * power) >> 16) + 63 + upperBit - leadingZeros - MINIMUM_EXPONENT;
        if (power2 <= 0) {
            return -1; // subnormal or zero: rare, left to the exact parser
        }
        if (Long.compareUnsigned(low, 1) <= 0 && power >= -4 && power <= 23 && (mantissa & 3) == 1
                && (mantissa << shift) == high) {
            // Exactly halfway between two doubles: round to even.
            mantissa &= ~1L;
        }
        mantissa += mantissa & 1;
        mantissa >>>= 1;
        if (Long.compareUnsigned(mantissa, 2L << MANTISSA_BITS) >= 0) {
            mantissa = 1L << MANTISSA_BITS;
            power2++;
        }
        mantissa &= ~(1L << MANTISSA_BITS);
        if (power2 >= INFINITE_POWER) {
            return (long) INFINITE_POWER << MANTISSA_BITS; // overflow: infinity, as Double.parseDouble
        }
        return mantissa | (long) power2 << MANTISSA_BITS;
    }

    private static double slowly(byte[] text, int from, int to) {
        return Double.parseDouble(new String(text, from, to - from, StandardCharsets.ISO_8859_1));
    }
}
