package dev.basin.kmeans;

import dev.basin.InvalidInputException;
import dev.basin.kmeans.variant.Elkan;

import java.util.Locale;

/**
 * How {@link Algorithm#AUTO} picks a variant, and the memory guard on Elkan's bounds. All variants give the
 * same results bit for bit, so the choice only affects speed and memory.
 *
 * <p>The rule, from Basin's engine benchmark (README, "Performance"; shapes B1–B4): Hamerly when there
 * are at most {@value #HAMERLY_MAX_DIMS} features, Lloyd above. In low dimension Hamerly's two bounds per
 * row skip most rows (B1, d = 2: 54× fewer distances than Lloyd; B3, d = 8: 3×), and what is left is cheap;
 * in high dimension bounds prune less, while Lloyd's brute force runs on the vector kernel's 4-row tiles,
 * about twice as fast per distance as the single-row scans of the bounded variants (B4, d = 64). Elkan
 * evaluates the fewest distances but spends k bound updates per row per iteration and n × k doubles of
 * memory, and was never the fastest on the benchmark shapes: {@code auto} does not pick it, and an
 * explicit {@code --algorithm elkan} is refused when its bounds would not fit in half the heap.
 */
public final class AutoRule {
    /** Above this many features, {@code auto} runs Lloyd; at or below, Hamerly. */
    public static final int HAMERLY_MAX_DIMS = 32;

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
        return dims <= HAMERLY_MAX_DIMS ? Algorithm.HAMERLY : Algorithm.LLOYD;
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
