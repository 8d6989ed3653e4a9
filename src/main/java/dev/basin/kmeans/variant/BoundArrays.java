package dev.basin.kmeans.variant;

/**
 * Per-thread reuse of the bounded variants' per-row arrays. A run writes every row's bounds in its first
 * pass before reading any, so the arrays of the thread's previous run can serve the next one: restarts
 * and sweep seeds then allocate their bounds once per thread, not once per run, which keeps the heap from
 * filling with the dead bounds of finished runs. A run takes the thread's arrays with {@link #take} and
 * gives them back with {@link #give}; a run started on a thread whose arrays are taken (a run inside a
 * run) gets fresh ones.
 */
final class BoundArrays {
    private static final ThreadLocal<BoundArrays> CACHED = ThreadLocal.withInitial(BoundArrays::new);

    private final double[][] arrays = new double[2][];
    private boolean taken;

    private BoundArrays() {
    }

    /** @return this thread's arrays if they are free (now taken), otherwise a fresh set */
    static BoundArrays take() {
        BoundArrays cached = CACHED.get();
        if (cached.taken) {
            return new BoundArrays();
        }
        cached.taken = true;
        return cached;
    }

    /** Gives the arrays back to their thread's cache. */
    void give() {
        taken = false;
    }

    /**
     * Array {@code slot} (0 or 1), of exactly {@code size} values, contents unspecified.
     *
     * @param slot which of the run's arrays
     * @param size values needed
     * @return the array, reused when the previous run needed the same size
     */
    double[] array(int slot, int size) {
        double[] array = arrays[slot];
        if (array == null || array.length != size) {
            arrays[slot] = null; // let the old one go before allocating the new one
            array = new double[size];
            arrays[slot] = array;
        }
        return array;
    }
}
