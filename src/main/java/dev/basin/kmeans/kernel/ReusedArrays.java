package dev.basin.kmeans.kernel;

/**
 * Per-thread reuse of a run's per-row working arrays: the bounded variants' bounds, k-means++'s distances.
 * A run or seeding writes every row of them before reading any, so the arrays of the thread's previous one
 * can serve the next: restarts and sweep seeds then allocate them once per thread, not once per run, which
 * keeps the heap from filling with the dead arrays of finished runs (on a million rows with 10 restarts,
 * fresh k-means++ arrays per seeding doubled the peak memory of {@code basin fit}).
 *
 * <p>Each use has its own instance ({@link #BOUNDS}, {@link #SEEDING}), so arrays of different sizes do not
 * evict each other. A user takes its thread's set with {@link #take} and gives it back with
 * {@link Set#give}; a take on a thread whose set is taken (a run inside a run) gets a fresh set.
 */
public final class ReusedArrays {
    /** Hamerly's and Elkan's bounds. */
    public static final ReusedArrays BOUNDS = new ReusedArrays();
    /** k-means++'s nearest distances, its own and each trial's. */
    public static final ReusedArrays SEEDING = new ReusedArrays();

    private final ThreadLocal<Set> cached = ThreadLocal.withInitial(Set::new);

    private ReusedArrays() {
    }

    /** @return this thread's set if it is free (now taken), otherwise a fresh set */
    public Set take() {
        Set set = cached.get();
        if (set.taken) {
            return new Set();
        }
        set.taken = true;
        return set;
    }

    /** Numbered arrays, each reused when asked for again with the same size. */
    public static final class Set {
        private double[][] arrays = new double[2][];
        private boolean taken;

        private Set() {
        }

        /**
         * Array {@code slot}, of exactly {@code size} values, contents unspecified.
         *
         * @param slot which array, from 0
         * @param size values needed
         * @return the array, reused when the previous user of the slot needed the same size
         */
        public double[] array(int slot, int size) {
            if (slot >= arrays.length) {
                arrays = java.util.Arrays.copyOf(arrays, slot + 1);
            }
            double[] array = arrays[slot];
            if (array == null || array.length != size) {
                arrays[slot] = null; // let the old one go before allocating the new one
                array = new double[size];
                arrays[slot] = array;
            }
            return array;
        }

        /** Exchanges the arrays of two slots (k-means++'s winning trial becomes the current distances). */
        public void swap(int a, int b) {
            double[] held = arrays[a];
            arrays[a] = arrays[b];
            arrays[b] = held;
        }

        /** Gives the set back to its thread's cache. */
        public void give() {
            taken = false;
        }
    }
}
