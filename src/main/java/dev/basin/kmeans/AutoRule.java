package dev.basin.kmeans;

import dev.basin.InvalidInputException;
import dev.basin.kmeans.variant.Elkan;

import java.util.Locale;

/**
 * How {@link Algorithm#AUTO} picks a variant, and the memory guard on Elkan's bounds. All variants give the
 * same results bit for bit, so the choice only affects speed and memory.
 *
 * <p>The rule, from Basin's engine benchmark (README, "Performance"; shapes B1–B4, and B3's data with
 * k = 12, 16, 24): Hamerly in very low dimension (at most {@value #LOW_DIMS} features) whatever k, and up to
 * {@value #HAMERLY_MAX_DIMS} features when there are at least {@value #HAMERLY_MIN_K} clusters; Lloyd
 * otherwise. Hamerly's two bounds per row skip most rows in low dimension (B1, d = 2: 66× fewer distances
 * than Lloyd), where a brute-force pass is mostly per-row overhead. With few clusters Lloyd's pass is
 * cheap, its 8-row × 4-center vector tiles beat the bounds' bookkeeping and their 16 bytes per row of
 * memory traffic (B3, d = 8, k = 8: Lloyd 22 ms per iteration against Hamerly's 25, and the same up to
 * k = 24); the two meet at about k = 32 (B2, d = 16). In high dimension bounds prune little (B4, d = 64).
 * Elkan evaluates the fewest distances but spends k bound updates per row per iteration and n × k doubles
 * of memory, and was never the fastest on the benchmark shapes: {@code auto} does not pick it, and an
 * explicit {@code --algorithm elkan} is refused when its bounds would not fit in half the heap.
 */
public final class AutoRule {
    /** Up to this many features {@code auto} runs Hamerly whatever k. */
    public static final int LOW_DIMS = 4;
    /** Above this many features {@code auto} runs Lloyd whatever k. */
    public static final int HAMERLY_MAX_DIMS = 32;
    /** Between the two, {@code auto} runs Hamerly from this many clusters on. */
    public static final int HAMERLY_MIN_K = 32;

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
        boolean hamerly = dims <= LOW_DIMS || (dims <= HAMERLY_MAX_DIMS && k >= HAMERLY_MIN_K);
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
