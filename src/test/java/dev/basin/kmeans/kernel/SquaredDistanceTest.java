package dev.basin.kmeans.kernel;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link SquaredDistance#between}: the documented order of its sum (which the vector kernel reproduces
 * lane by lane), and its accuracy against the exact value.
 */
class SquaredDistanceTest {

    @Test
    void sumsFourPartialsByFeatureModuloFourThenPairs() {
        Random random = new Random(11);
        int differFromPlainOrder = 0;
        for (int trial = 0; trial < 200; trial++) {
            double[] a = new double[8];
            double[] b = new double[8];
            for (int j = 0; j < 8; j++) {
                a[j] = random.nextGaussian() * 100;
                b[j] = random.nextGaussian() * 100;
            }
            double[] partial = new double[4];
            double plain = 0;
            for (int j = 0; j < 8; j++) {
                double d = a[j] - b[j];
                partial[j % 4] = Math.fma(d, d, partial[j % 4]);
                plain += d * d;
            }
            double expected = (partial[0] + partial[1]) + (partial[2] + partial[3]);
            double got = SquaredDistance.between(a, 0, b, 0, 8);
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(got));
            if (got != plain) {
                differFromPlainOrder++;
            }
        }
        // the order matters: a plain left-to-right sum gives other bits often enough to be caught here
        assertTrue(differFromPlainOrder > 20, "only " + differFromPlainOrder + " of 200 differ");
    }

    @Test
    void featuresBeyondTheLastMultipleOfFourGoToTheFirstPartialSum() {
        double[] a = {3, 4, 0, 0, 1, 2};
        double[] b = {0, 0, 0, 0, 0, 0};
        double s0 = Math.fma(2, 2, Math.fma(1, 1, Math.fma(3, 3, 0)));
        double expected = (s0 + 16) + (0.0 + 0.0);
        assertEquals(expected, SquaredDistance.between(a, 0, b, 0, 6));
        assertEquals(30, SquaredDistance.between(a, 0, b, 0, 6));
        assertEquals(25, SquaredDistance.between(a, 0, b, 0, 2));
    }

    @Property(tries = 300, seed = "20261126")
    void withinAFewUlpsOfTheExactValue(@ForAll long seed, @ForAll @IntRange(min = 1, max = 70) int dims) {
        Random random = new Random(seed);
        double[] a = new double[dims];
        double[] b = new double[dims];
        for (int j = 0; j < dims; j++) {
            a[j] = random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3);
            b[j] = random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3);
        }
        BigDecimal exact = BigDecimal.ZERO;
        for (int j = 0; j < dims; j++) {
            BigDecimal diff = new BigDecimal(a[j]).subtract(new BigDecimal(b[j]));
            exact = exact.add(diff.multiply(diff));
        }
        double got = SquaredDistance.between(a, 0, b, 0, dims);
        // each difference is rounded once, each of at most d/4 + 3 sums once: (d + 2) ulps-worth of relative error
        double error = new BigDecimal(got).subtract(exact).abs().divide(exact, MathContext.DECIMAL64).doubleValue();
        assertTrue(error <= (dims + 2) * Math.ulp(1.0), () -> "relative error " + error + " at d = " + dims);
    }
}
