package dev.basin.random;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The one place where Basin derives seeds and builds random generators. There is no global generator:
 * every run gets its own generator, built from its run seed with a named algorithm, so a run is a pure
 * function of (data, configuration, run seed) whatever thread runs it and in whatever order.
 *
 * <p>Restart {@code i} of a fit with {@code random_state R} uses seed {@code R} when {@code i = 0} and
 * {@link #derive(long, int) derive(R, i)} otherwise. Derivation is a pure function (no generator state is
 * consumed in sequence), so any restart can be replayed alone with {@code --random-state <its seed>
 * --n-init 1}.
 */
public final class Seeds {
    /** The generator algorithm every run uses; recorded in results and provenance. */
    public static final String ALGORITHM = "L64X128MixRandom";

    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of(ALGORITHM);
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /**
     * A fresh generator for one run, fully determined by {@code seed}.
     *
     * @param seed the run seed
     * @return a new {@link #ALGORITHM} generator seeded with {@code seed}
     */
    public static RandomGenerator generator(long seed) {
        return FACTORY.create(seed);
    }

    /**
     * The seed of restart {@code index} for {@code randomState}: the random state itself for restart 0,
     * otherwise a SplitMix64 mix of (random state, index), masked to a non-negative value so it can be
     * typed back on a command line.
     *
     * @param randomState the fit's random state
     * @param index       the restart, 0-based
     * @return the restart's run seed
     */
    public static long forRestart(long randomState, int index) {
        return index == 0 ? randomState : derive(randomState, index);
    }

    /**
     * A pure, well-mixed function of (seed, index) into [0, 2^63).
     *
     * @param seed  the seed to derive from, usually a fit's random state
     * @param index which derived seed, for example a restart index
     * @return a non-negative seed; the same arguments always give the same seed
     */
    public static long derive(long seed, int index) {
        long z = seed + (index + 1L) * GOLDEN_GAMMA;
        z = mix64(z);
        z = mix64(z ^ GOLDEN_GAMMA);
        return z & Long.MAX_VALUE;
    }

    /**
     * The seed of random swap's own generator in the run with seed {@code runSeed}: {@code derive(runSeed, -1)},
     * a stream no restart uses (restart 0 uses the run seed itself, restart i ≥ 1 uses {@code derive(seed, i)}),
     * so the initializer's draws and the swaps' draws never share a generator.
     *
     * @param runSeed the run seed
     * @return the seed of the swaps' generator
     */
    public static long forSwaps(long runSeed) {
        return derive(runSeed, -1);
    }

    /**
     * A random state for a user who gave none, in [0, 2^32) like scikit-learn's; printed so the run can be repeated.
     *
     * @return a random state drawn from a {@link SecureRandom}, in [0, 2^32)
     */
    public static long draw() {
        return new SecureRandom().nextLong() & 0xFFFF_FFFFL;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
