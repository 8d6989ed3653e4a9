package dev.basin.landscape;

/**
 * A number carried with its first and second derivatives with respect to x: forward-mode automatic
 * differentiation to second order. Evaluating an expression on {@link #variable(double) x} propagates the
 * exact derivatives through every operation by the chain rule, so {@link #d1()} is f'(x) up to rounding,
 * never a finite-difference estimate. The second derivative tells a minimum (f'' &gt; 0) from a maximum.
 *
 * <p>Where a derivative does not exist (|x| at 0, sqrt(x) at 0) the value follows IEEE arithmetic: |x|
 * gets the derivative 0 at 0 (a subgradient), sqrt(x) an infinite one.
 *
 * @param value f(x)
 * @param d1    f'(x)
 * @param d2    f''(x)
 */
public record Jet(double value, double d1, double d2) {

    /** The variable x at {@code x}: derivative 1, second derivative 0. */
    public static Jet variable(double x) {
        return new Jet(x, 1, 0);
    }

    /** A constant: both derivatives 0. */
    public static Jet constant(double c) {
        return new Jet(c, 0, 0);
    }

    public Jet plus(Jet o) {
        return new Jet(value + o.value, d1 + o.d1, d2 + o.d2);
    }

    public Jet minus(Jet o) {
        return new Jet(value - o.value, d1 - o.d1, d2 - o.d2);
    }

    public Jet negate() {
        return new Jet(-value, -d1, -d2);
    }

    /** (uv)' = u'v + uv', (uv)'' = u''v + 2u'v' + uv''. */
    public Jet times(Jet o) {
        return new Jet(value * o.value, d1 * o.value + value * o.d1, d2 * o.value + 2 * d1 * o.d1 + value * o.d2);
    }

    /** u / v = u · (1/v). */
    public Jet dividedBy(Jet o) {
        double v = o.value;
        return times(o.compose(1 / v, -1 / (v * v), 2 / (v * v * v)));
    }

    /**
     * u^v. A constant exponent c uses c·u^(c−1), so negative bases work with any exponent pow accepts
     * ((−2)^3 = −8); an exponent that depends on x uses exp(v·ln u), defined for u &gt; 0 only.
     */
    public Jet pow(Jet o) {
        if (o.d1 == 0 && o.d2 == 0) {
            double c = o.value;
            if (c == 0) {
                return constant(1);
            }
            double first = c * Math.pow(value, c - 1);
            double second = c == 1 ? 0 : c * (c - 1) * Math.pow(value, c - 2);
            return compose(Math.pow(value, c), first, second);
        }
        return log().times(o).exp();
    }

    public Jet sin() {
        double s = Math.sin(value);
        return compose(s, Math.cos(value), -s);
    }

    public Jet cos() {
        double c = Math.cos(value);
        return compose(c, -Math.sin(value), -c);
    }

    /** tan' = 1 + tan², tan'' = 2 tan (1 + tan²). */
    public Jet tan() {
        double t = Math.tan(value);
        double secSquared = 1 + t * t;
        return compose(t, secSquared, 2 * t * secSquared);
    }

    public Jet exp() {
        double e = Math.exp(value);
        return compose(e, e, e);
    }

    /** Natural logarithm; NaN for negative values, −∞ at 0. */
    public Jet log() {
        return compose(Math.log(value), 1 / value, -1 / (value * value));
    }

    public Jet sqrt() {
        double r = Math.sqrt(value);
        return compose(r, 0.5 / r, -0.25 / (r * value));
    }

    /** |u|, with derivative sign(u) (0 at 0) and second derivative 0. */
    public Jet abs() {
        return compose(Math.abs(value), Math.signum(value), 0);
    }

    /** g(u) for g with g(u) = {@code g}, g'(u) = {@code g1}, g''(u) = {@code g2}: the chain rule to second order. */
    private Jet compose(double g, double g1, double g2) {
        // A zero derivative stays zero even when g' is infinite (a constant inside sqrt or log).
        double first = d1 == 0 ? 0 : g1 * d1;
        double second = (d1 == 0 ? 0 : g2 * d1 * d1) + (d2 == 0 ? 0 : g1 * d2);
        return new Jet(g, first, second);
    }
}
