package dev.basin.kmeans.init;

/**
 * Per-thread reuse of k-means++'s per-row arrays (each row's distance to its nearest center, and each
 * trial's). Every seeding writes them in full before reading them, so the arrays of the thread's previous
 * seeding can serve the next: restarts and sweep seeds then allocate them once per thread instead of
 * leaving tens of megabytes of dead arrays per seeding for the collector (on a million rows with 10
 * restarts that doubled the peak memory of {@code basin fit}). A seeding on a thread whose arrays are taken
 * (one inside another) gets fresh ones.
 */
final class SeedingArrays {
    private static final ThreadLocal<SeedingArrays> CACHED = ThreadLocal.withInitial(SeedingArrays::new);

    private double[][] arrays = new double[0][];
    private boolean taken;

    private SeedingArrays() {
    }

    /** @return this thread's arrays if they are free (now taken), otherwise a fresh set */
    static SeedingArrays take() {
        SeedingArrays cached = CACHED.get();
        if (cached.taken) {
            return new SeedingArrays();
        }
        cached.taken = true;
        return cached;
    }

    /**
     * {@code count} arrays of {@code size} values each, contents unspecified; reused when the previous
     * seeding on this thread needed as many of the same size.
     */
    double[][] arrays(int count, int size) {
        if (arrays.length != count || (count > 0 && arrays[0].length != size)) {
            arrays = null; // let the old ones go before allocating the new ones
            double[][] fresh = new double[count][];
            for (int a = 0; a < count; a++) {
                fresh[a] = new double[size];
            }
            arrays = fresh;
        }
        return arrays;
    }

    /** Gives the arrays back to their thread's cache, as they now are (a seeding may have swapped them). */
    void give(double[][] current) {
        arrays = current;
        taken = false;
    }
}
