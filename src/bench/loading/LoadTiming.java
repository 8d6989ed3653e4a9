package dev.basin.data;

import java.nio.file.Path;

/**
 * Times one load of a headerless CSV file in this (fresh) JVM, from the call to a loaded dataset:
 * {@code fast} lets the loader use its fast path, {@code tablesaw} forces the general path. Prints the
 * seconds and the rows read. Run by {@code side-by-side.sh}.
 */
public final class LoadTiming {
    private LoadTiming() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        LoadedData loaded = CsvLoader.load(Path.of(args[0]), CsvOptions.defaults().withHeader(false),
                args[1].equals("fast"));
        System.out.printf("%.3f %d%n", (System.nanoTime() - start) / 1e9, loaded.dataset().rows());
    }
}
