package dev.basin.landscape;

import dev.basin.InvalidInputException;
import dev.basin.random.Seeds;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Where the runs start: an even grid over [from, to] (both ends included), or points drawn uniformly from
 * it with a seeded generator ({@link Seeds#generator}), sorted so that neighbouring starts are neighbours
 * in the tables and the strip chart.
 *
 * @param count       how many starts
 * @param randomState the seed of the random starts, or null for the grid
 */
public record Starts(int count, Long randomState) {
    /** Most starts accepted. */
    public static final int MAX = 100_000;

    public Starts {
        if (count < 1 || count > MAX) {
            throw new InvalidInputException((randomState == null ? "--starts" : "--random-starts")
                    + " must be between 1 and " + MAX + ", got " + count);
        }
    }

    /** {@code count} evenly spaced starts. */
    public static Starts grid(int count) {
        return new Starts(count, null);
    }

    /** {@code count} uniform random starts drawn from the generator seeded with {@code randomState}. */
    public static Starts random(int count, long randomState) {
        return new Starts(count, randomState);
    }

    /** Whether the starts are drawn at random. */
    public boolean isRandom() {
        return randomState != null;
    }

    /**
     * The starting points, ascending.
     *
     * @param from left end of the interval
     * @param to   right end of the interval, greater than {@code from}
     * @return {@link #count} points in [from, to]; one grid start is the midpoint
     */
    public double[] points(double from, double to) {
        double[] points = new double[count];
        if (isRandom()) {
            RandomGenerator generator = Seeds.generator(randomState);
            for (int i = 0; i < count; i++) {
                points[i] = generator.nextDouble(from, to);
            }
            Arrays.sort(points);
        } else if (count == 1) {
            points[0] = from + (to - from) / 2;
        } else {
            for (int i = 0; i < count; i++) {
                // from + i·w/(n−1), with the last point exactly `to` (no rounding past the end)
                points[i] = i == count - 1 ? to : from + i * ((to - from) / (count - 1));
            }
        }
        return points;
    }
}
