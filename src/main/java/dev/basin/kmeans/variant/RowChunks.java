package dev.basin.kmeans.variant;

import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Rows split into fixed chunks of {@link #CHUNK_ROWS}. Kernels compute partial sums per chunk and reduce
 * them in chunk order, so results depend on the chunk size (a constant) and never on how many threads ran
 * the chunks or in what order they finished.
 */
public final class RowChunks {
    /** Rows per chunk: large enough to amortize scheduling, small enough to balance two to 64 threads. */
    public static final int CHUNK_ROWS = 4096;

    private final int rows;
    private final int count;
    private final ForkJoinPool pool;

    private RowChunks(int rows, ForkJoinPool pool) {
        this.rows = rows;
        this.count = countFor(rows);
        this.pool = pool;
    }

    /**
     * The number of chunks {@code rows} rows split into.
     *
     * @param rows rows to split, not negative
     * @return ⌈rows / {@link #CHUNK_ROWS}⌉, and at least 1
     */
    public static int countFor(int rows) {
        return Math.max(1, (rows + CHUNK_ROWS - 1) / CHUNK_ROWS);
    }

    /**
     * Chunks run one after another on the calling thread.
     *
     * @param rows rows to split, not negative
     * @return the chunks
     */
    public static RowChunks sequential(int rows) {
        return new RowChunks(rows, null);
    }

    /**
     * Chunks run on {@code pool} (a pool of one thread is the same as sequential).
     *
     * @param rows rows to split, not negative
     * @param pool the threads that run the chunks
     * @return the chunks; results are the same as with {@link #sequential}
     */
    public static RowChunks parallel(int rows, ForkJoinPool pool) {
        return new RowChunks(rows, pool.getParallelism() > 1 ? pool : null);
    }

    /**
     * The number of chunks.
     *
     * @return ⌈rows / {@link #CHUNK_ROWS}⌉, and at least 1 (a single empty chunk when there are no rows)
     */
    public int count() {
        return count;
    }

    /**
     * The first row of a chunk.
     *
     * @param chunk the chunk, 0 to {@link #count()} − 1
     * @return the index of the chunk's first row (inclusive)
     */
    public int start(int chunk) {
        return chunk * CHUNK_ROWS;
    }

    /**
     * The end of a chunk.
     *
     * @param chunk the chunk, 0 to {@link #count()} − 1
     * @return the index after the chunk's last row (exclusive)
     */
    public int end(int chunk) {
        return Math.min(rows, (chunk + 1) * CHUNK_ROWS);
    }

    /**
     * Runs {@code task} once per chunk index; returns when all are done. Tasks must write only their own chunk's slots.
     *
     * @param task receives a chunk index, 0 to {@link #count()} − 1
     */
    public void forEach(IntConsumer task) {
        if (pool == null || count == 1) {
            for (int c = 0; c < count; c++) {
                task.accept(c);
            }
        } else {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(task)).join();
        }
    }
}
