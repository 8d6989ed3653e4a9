package dev.basin.landscape;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Derivatives by automatic differentiation against derivatives worked out by hand, at random points:
 * first and second derivative, through every operator and function of the language.
 */
class DerivativeTest {

    @Property(seed = "2026111901")
    void classroomFunction(@ForAll @DoubleRange(min = -10, max = 10) double x) {
        check("sin(x) + 0.5*sin(3*x)", x, Math.sin(x) + 0.5 * Math.sin(3 * x),
                Math.cos(x) + 1.5 * Math.cos(3 * x), -Math.sin(x) - 4.5 * Math.sin(3 * x));
    }

    @Property(seed = "2026111902")
    void polynomial(@ForAll @DoubleRange(min = -10, max = 10) double x) {
        check("x^4 - 3*x^2 + x", x, x * x * x * x - 3 * x * x + x, 4 * x * x * x - 6 * x + 1, 12 * x * x - 6);
    }

    @Property(seed = "2026111903")
    void gaussian(@ForAll @DoubleRange(min = -5, max = 5) double x) {
        double e = Math.exp(-x * x / 2);
        check("exp(-x^2/2)", x, e, -x * e, (x * x - 1) * e);
    }

    @Property(seed = "2026111904")
    void logarithmAndQuotient(@ForAll @DoubleRange(min = -10, max = 10) double x) {
        double q = 1 + x * x;
        check("log(1 + x^2)", x, Math.log(q), 2 * x / q, 2 * (1 - x * x) / (q * q));
    }

    @Property(seed = "2026111905")
    void squareRoot(@ForAll @DoubleRange(min = -10, max = 10) double x) {
        double q = 1 + x * x;
        check("sqrt(1 + x^2)", x, Math.sqrt(q), x / Math.sqrt(q), 1 / (q * Math.sqrt(q)));
    }

    @Property(seed = "2026111906")
    void tangent(@ForAll @DoubleRange(min = -5, max = 5) double x) {
        double t = Math.tan(x / 4);
        double sec2 = 1 + t * t;
        check("tan(x/4)", x, t, sec2 / 4, t * sec2 / 8);
    }

    @Property(seed = "2026111907")
    void quotientOfTrigonometry(@ForAll @DoubleRange(min = -10, max = 10) double x) {
        double s = Math.sin(x);
        double c = Math.cos(x);
        double d = 2 + s;
        check("cos(x)/(2 + sin(x))", x, c / d, (-2 * s - 1) / (d * d), c * (2 * s - 2) / (d * d * d));
    }

    @Property(seed = "2026111908")
    void variableExponent(@ForAll @DoubleRange(min = 0.1, max = 4) double x) {
        double f = Math.pow(x, x);
        double l = Math.log(x) + 1;
        check("x^x", x, f, f * l, f * (l * l + 1 / x));
    }

    @Property(seed = "2026111909")
    void negativeBaseWithAConstantExponent(@ForAll @DoubleRange(min = -10, max = 10) double x) {
        check("(x - 20)^3", x, Math.pow(x - 20, 3), 3 * Math.pow(x - 20, 2), 6 * (x - 20));
    }

    @Property(seed = "2026111910")
    void absoluteValue(@ForAll @DoubleRange(min = -10, max = 10) double x) {
        check("abs(x)*x", x, Math.abs(x) * x, 2 * Math.abs(x), 2 * Math.signum(x));
    }

    @Test
    void exactWhereFiniteDifferencesAreNot() {
        // A central difference at 1e8 with h = 1e-6 loses every digit; the chain rule gives 2·10^8 exactly.
        Jet jet = ExpressionParser.parse("x^2").at(1e8);
        assertEquals(2e8, jet.d1(), 0);
        assertEquals(2, jet.d2(), 0);
    }

    @Test
    void constantInsideSqrtAndLogHasDerivativeZero() {
        Jet jet = ExpressionParser.parse("sqrt(0) + log(1) + x").at(3);
        assertEquals(1, jet.d1(), 0);
        assertEquals(0, jet.d2(), 0);
    }

    private static void check(String text, double x, double value, double d1, double d2) {
        Jet jet = ExpressionParser.parse(text).at(x);
        assertEquals(value, jet.value(), 1e-12 * Math.max(1, Math.abs(value)), text + " at " + x);
        assertEquals(d1, jet.d1(), 1e-11 * Math.max(1, Math.abs(d1)), text + "' at " + x);
        assertEquals(d2, jet.d2(), 1e-10 * Math.max(1, Math.abs(d2)), text + "'' at " + x);
    }
}
