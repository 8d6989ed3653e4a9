package dev.basin.kmeans;

import dev.basin.InvalidInputException;
import dev.basin.kmeans.variant.Elkan;

import java.util.Locale;

/**
 * How {@link Algorithm#AUTO} picks a variant, and the memory guard on Elkan's bounds. All variants give the
 * same results bit for bit, so the choice only affects speed and memory.
 *
 * <p>The rule, from Basin's engine benchmark (README, "Performance"; shapes B1–B4, and their data with
 * other k): Hamerly up to {@value #HAMERLY_MAX_DIMS} features when there are at least
 * {@value #HAMERLY_MIN_K} clusters; Lloyd otherwise. Lloyd's pass reads its rows packed once per dataset
 * and scores them in vector tiles with no per-row bookkeeping, which beats the bounds while there are
 * few clusters per row to skip: B1's data (d = 2) at k = 15 and 50, B2 (d = 16, k = 32), B3's data
 * (d = 8) at k = 8, 32 and 64. From about 64 clusters in low dimension the bounds skip enough to win
 * (B1's data at k = 100: 3.4 against 4.8 ms per iteration; B2's at k = 64: 14.5 against 16.7). In high
 * dimension bounds prune little (B4, d = 64, k = 100: 4.8 of 5.0 million distances), and Lloyd wins.
 * Elkan evaluates the fewest distances but spends k bound updates per row per iteration and n × k doubles
 * of memory, and was never the fastest on the benchmark shapes: {@code auto} does not pick it, and an
 * explicit {@code --algorithm elkan} is refused when its bounds would not fit in half the heap.
 */
public final class AutoRule {
    /** Above this many features {@code auto} runs Lloyd whatever k. */
    public static final int HAMERLY_MAX_DIMS = 32;
    /** Up to {@link #HAMERLY_MAX_DIMS} features, {@code auto} runs Hamerly from this many clusters on. */
    public static final int HAMERLY_MIN_K = 64;

    private AutoRule() {
    }

    /**
     * The variant {@code auto} runs.
     *
     * @param rows rows (n)
     * @param dims features (d)
     * @param k    clusters
     * @return {@link Algorithm#HAMERLY} or {@link Algorithm#LLOYD}
     */
    public static Algorithm choose(int rows, int dims, int k) {
        boolean hamerly = dims <= HAMERLY_MAX_DIMS && k >= HAMERLY_MIN_K;
        return hamerly ? Algorithm.HAMERLY : Algorithm.LLOYD;
    }

    /**
     * Refuses Elkan when its bounds for the runs that may be in flight at once would take more than half the
     * heap.
     *
     * @param rows       rows (n)
     * @param dims       features (d)
     * @param k          clusters
     * @param concurrent runs in flight at once (threads running whole runs, or 1)
     * @param heapBytes  the JVM's maximum heap
     * @throws InvalidInputException if they would not fit
     */
    public static void requireElkanFits(int rows, int dims, int k, int concurrent, long heapBytes) {
        long need = new Elkan().boundBytes(rows, dims, k) * Math.max(1, concurrent);
        if (need > heapBytes / 2) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "--algorithm elkan needs %,d MB for its bounds (%d rows x %d clusters x 8 bytes, %d run(s) at once)"
                            + " but the heap is %,d MB; use --algorithm hamerly or auto (same results, 2 doubles per row),"
                            + " fewer --threads, or a larger heap (BASIN_JAVA_OPTS=-Xmx...)",
                    need >> 20, rows, k, Math.max(1, concurrent), heapBytes >> 20));
        }
    }
}
