package dev.basin.landscape;

import dev.basin.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each optimizer's update rule against steps computed by hand (Adam's with Python, in full precision). */
class OptimizerTest {

    @Test
    void gradientDescentStepsAgainstTheGradient() {
        Optimizer.Stepper gd = new GradientDescent(0.1).start();
        assertEquals(-0.2, gd.step(2), 1e-15);
        assertEquals(0.05, gd.step(-0.5), 1e-15);
    }

    @Test
    void momentumKeepsBetaOfThePreviousStep() {
        Optimizer.Stepper momentum = new Momentum(0.1, 0.9).start();
        assertEquals(-0.2, momentum.step(2), 1e-15);            // v = −0.1·2
        assertEquals(-0.34, momentum.step(1.6), 1e-15);         // v = 0.9·(−0.2) − 0.1·1.6
        assertEquals(-0.306 + 0.05, momentum.step(-0.5), 1e-15); // v = 0.9·(−0.34) + 0.05
    }

    @Test
    void adamWithBiasCorrection() {
        // m, v and the bias-corrected step for g = 2, 1, −0.5, computed in Python:
        // m = b1*m + (1-b1)*g; v = b2*v + (1-b2)*g*g; step = -lr*(m/(1-b1**t))/(sqrt(v/(1-b2**t)) + eps)
        Optimizer.Stepper adam = new Adam(0.1, 0.9, 0.999, 1e-8).start();
        assertEquals(-0.0999999995, adam.step(2), 1e-15);
        assertEquals(-0.09321796329148956, adam.step(1), 1e-15);
        assertEquals(-0.05636613722807174, adam.step(-0.5), 1e-15);
    }

    @Test
    void eachRunStartsWithEmptyState() {
        Momentum momentum = new Momentum(0.1, 0.9);
        Optimizer.Stepper first = momentum.start();
        first.step(2);
        first.step(2);
        assertEquals(-0.2, momentum.start().step(2), 1e-15);
    }

    @Test
    void parametersOutOfRangeAreInputErrors() {
        assertThrows(InvalidInputException.class, () -> new GradientDescent(0));
        assertThrows(InvalidInputException.class, () -> new GradientDescent(Double.NaN));
        assertThrows(InvalidInputException.class, () -> new Momentum(0.1, 1));
        assertThrows(InvalidInputException.class, () -> new Adam(0.1, 0.9, -0.1, 1e-8));
        assertThrows(InvalidInputException.class, () -> new Adam(0.1, 0.9, 0.999, 0));
    }
}
