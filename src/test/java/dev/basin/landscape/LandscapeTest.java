package dev.basin.landscape;

import dev.basin.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs from many starts: the classroom numbers, how runs end, and the minima they are grouped into. */
class LandscapeTest {
    private static final String CLASSROOM = "sin(x) + 0.5*sin(3*x)";

    private static Descent.Run descend(String f, double start, double rate, int epochs, double from, double to) {
        return Descent.run(ExpressionParser.parse(f), new GradientDescent(rate), start, epochs, from, to,
                LandscapeConfig.DEFAULT_TOLERANCE);
    }

    private static LandscapeConfig config(String f, double from, double to, Starts starts, Optimizer optimizer, int epochs) {
        return new LandscapeConfig(f, from, to, starts, optimizer, epochs, LandscapeConfig.DEFAULT_TOLERANCE,
                LandscapeConfig.DEFAULT_MERGE_TOLERANCE);
    }

    @Test
    void classroomNumbers() {
        // The true minima: pi/2 (f = 0.5) and the root of cos x + 1.5 cos 3x near -0.7 (f = -1.07583), found by
        // Brent's method in Python (scipy.optimize.brentq) as -0.7016741237876036.
        Descent.Run fromOne = descend(CLASSROOM, 1.0, 0.1, 100, -5, 5);
        assertEquals(Math.PI / 2, fromOne.end(), 1e-12);
        assertEquals(0.5, fromOne.atEnd().value(), 1e-12);
        assertEquals(RunStatus.MINIMUM, fromOne.status());
        assertEquals(100, fromOne.epochs());
        assertEquals(101, fromOne.path().length);

        Descent.Run fromHalf = descend(CLASSROOM, 0.5, 0.1, 100, -5, 5);
        assertEquals(-0.7016741237876036, fromHalf.end(), 1e-12);
        assertEquals(-1.075828707279838, fromHalf.atEnd().value(), 1e-12);
        assertEquals(RunStatus.MINIMUM, fromHalf.status());
        // The first step by hand: x1 = 0.5 − 0.1·(cos 0.5 + 1.5·cos 1.5).
        assertEquals(0.5 - 0.1 * (Math.cos(0.5) + 1.5 * Math.cos(1.5)), fromHalf.path()[1], 1e-15);
    }

    @Test
    void classroomLandscapeHasFiveMinimaThreeOfThemEquallyDeep() {
        LandscapeResult result = Landscape.run(config(CLASSROOM, -5, 5, Starts.grid(41), new GradientDescent(0.1), 100));
        assertEquals(41, result.runs().size());
        // The starts 4.75 and 5 are right of the maximum at 3π/2 and run off the right edge towards 5.58.
        assertEquals(39, result.statusCounts().get(RunStatus.MINIMUM));
        assertEquals(2, result.statusCounts().get(RunStatus.LEFT_INTERVAL));
        assertEquals(RunStatus.LEFT_INTERVAL, result.runs().get(39).status());
        // Local minima of sin x + 0.5 sin 3x on [−5, 5] (Python, brentq on f'): three at f = −1.0758, two at 0.5.
        double[] expectedX = {-2.4399185298021897, -0.7016741237876036, 3.8432667773773965, -4.712388980384546,
                1.570796326794835};
        List<Minima.Minimum> minima = result.minima();
        assertEquals(5, minima.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(i + 1, minima.get(i).number());
            assertEquals(expectedX[i], minima.get(i).x(), 1e-9);
            assertEquals(i < 3, minima.get(i).best(), "minimum " + (i + 1));
            assertTrue(minima.get(i).curvature() > 0);
        }
        assertEquals(39, minima.stream().mapToInt(Minima.Minimum::starts).sum());
        assertEquals(39 / 41.0, minima.stream().mapToDouble(Minima.Minimum::share).sum(), 1e-12);
        // Grid start 1.0 is index 24, start 0.5 index 22.
        assertEquals(1.0, result.runs().get(24).start(), 0);
        assertEquals(5, result.minimumOf()[24]);
        assertEquals(0.5, result.runs().get(22).start(), 0);
        assertEquals(2, result.minimumOf()[22]);
    }

    @Test
    void runsThatLeaveStopOrStallAreNamed() {
        Descent.Run left = descend("x", 0.5, 0.1, 100, 0, 1);
        assertEquals(RunStatus.LEFT_INTERVAL, left.status());
        assertTrue(left.end() < 0);
        assertEquals(6, left.epochs());

        Descent.Run undefined = descend("log(x)", -0.5, 0.1, 10, -1, 1);
        assertEquals(RunStatus.UNDEFINED, undefined.status());
        assertEquals(0, undefined.epochs());

        Descent.Run onTop = descend("-x^2", 0, 0.1, 10, -1, 1);
        assertEquals(RunStatus.STATIONARY, onTop.status());

        Descent.Run slow = descend("x^2", 1, 1e-4, 10, -2, 2);
        assertEquals(RunStatus.NOT_CONVERGED, slow.status());

        LandscapeResult result = Landscape.run(config("x^3 - x", -2, 2, Starts.grid(9), new GradientDescent(0.1), 200));
        assertEquals(1, result.minima().size());
        assertEquals(1 / Math.sqrt(3), result.minima().getFirst().x(), 1e-9);
        // Starts left of the maximum at −1/√3 run off the left edge and reach no minimum.
        for (int i = 0; i < 9; i++) {
            Descent.Run run = result.runs().get(i);
            boolean leftOfMaximum = run.start() < -1 / Math.sqrt(3);
            assertEquals(leftOfMaximum ? RunStatus.LEFT_INTERVAL : RunStatus.MINIMUM, run.status(), "start " + run.start());
            assertEquals(leftOfMaximum ? 0 : 1, result.minimumOf()[i]);
        }
    }

    @Test
    void endPointsWithinTheMergeDistanceAreOneMinimum() {
        List<Descent.Run> runs = List.of(run(0, 1.0, 0.3), run(1, 1.0005, 0.2), run(2, 1.0009, 0.25),
                run(3, 2.0, 0.1), run(4, 3.0, 0.25), notConverged(5, 1.0));
        Minima.Found found = Minima.of(runs, 0.001);
        assertEquals(3, found.minima().size());
        Minima.Minimum first = found.minima().getFirst();
        assertEquals(2.0, first.x(), 0);
        Minima.Minimum chain = found.minima().get(1);
        assertEquals(1.0005, chain.x(), 0, "the lowest f of a chain of close end points");
        assertEquals(3, chain.starts());
        assertEquals(0.5, chain.share(), 1e-15);
        assertEquals(0, chain.firstStart(), 0);
        assertEquals(2, chain.lastStart(), 0);
        assertFalse(chain.best());
        assertArrayEquals(new int[]{2, 2, 2, 1, 3, 0}, found.minimum());
    }

    @Test
    void randomStartsComeFromTheirSeed() {
        double[] a = Starts.random(50, 7).points(-3, 2);
        assertArrayEquals(a, Starts.random(50, 7).points(-3, 2));
        assertNotEquals(a[0], Starts.random(50, 8).points(-3, 2)[0]);
        for (int i = 0; i < a.length; i++) {
            assertTrue(a[i] >= -3 && a[i] < 2);
            assertTrue(i == 0 || a[i - 1] <= a[i]);
        }
        assertArrayEquals(new double[]{-1, -0.5, 0, 0.5, 1}, Starts.grid(5).points(-1, 1));
        assertArrayEquals(new double[]{0.5}, Starts.grid(1).points(0, 1));
    }

    @Test
    void momentumCanCarryARunIntoAnotherMinimum() {
        // From 0.5 plain descent stops in the nearest minimum; momentum rolls over the bump at −π/2 into the next.
        Descent.Run heavy = Descent.run(ExpressionParser.parse(CLASSROOM), new Momentum(0.1, 0.9), 0.5, 300, -5, 5,
                LandscapeConfig.DEFAULT_TOLERANCE);
        assertEquals(RunStatus.MINIMUM, heavy.status());
        assertEquals(-2.4399185298021897, heavy.end(), 1e-5);
    }

    @Test
    void badConfigurationIsAnInputError() {
        assertThrows(InvalidInputException.class, () -> config("x", 1, 1, Starts.grid(3), new GradientDescent(0.1), 10));
        assertThrows(InvalidInputException.class, () -> config("x", 0, 1, Starts.grid(3), new GradientDescent(0.1), 0));
        assertThrows(InvalidInputException.class, () -> Starts.grid(0));
        assertThrows(InvalidInputException.class,
                () -> config("x", 0, 1, Starts.grid(100_000), new GradientDescent(0.1), 1000));
    }

    private static Descent.Run run(double start, double end, double f) {
        return new Descent.Run(start, new double[]{start, end}, new double[]{f, f}, RunStatus.MINIMUM, end,
                new Jet(f, 0, 1), 1);
    }

    private static Descent.Run notConverged(double start, double end) {
        return new Descent.Run(start, new double[]{start, end}, new double[]{0, 0}, RunStatus.NOT_CONVERGED, end,
                new Jet(0, 1, 1), 1);
    }
}
