package dev.basin.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers as charts print them: US format, as many digits as tell values apart and no more. */
final class ChartText {
    private ChartText() {
    }

    /** An inertia with five significant digits, e.g. "78.851", "1.2346e+06" beyond a million. */
    static String inertia(double value) {
        return significant(value, 5);
    }

    /** A gap to the best inertia, in percent with its sign: "+0.0055%", "+81%", "+9,900%". */
    static String gapPct(double gapPct) {
        if (gapPct == 0) {
            return "+0%";
        }
        if (Math.abs(gapPct) >= 10) {
            return String.format(Locale.US, "%+,.0f%%", gapPct);
        }
        return (gapPct > 0 ? "+" : "") + significant(gapPct, 2) + "%";
    }

    /** {@code value} rounded to {@code digits} significant digits, plain between 1e-4 and 1e6. */
    static String significant(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e6 || magnitude < 1e-4) {
            return String.format(Locale.US, "%." + (digits - 1) + "e", value);
        }
        return new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    /** A count with thousands separators: "30,000". */
    static String count(long value) {
        return String.format(Locale.US, "%,d", value);
    }
}
