package dev.basin.bench;

import dev.basin.data.Dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One benchmark set (B1–B4) as written by {@code src/bench/python/gen_data.py}: the raw little-endian
 * float64 matrix ({@code .f64}, what every peer loads, so parsing is not measured) and its metadata.
 *
 * @param name  B1 … B4
 * @param base  the path without extension
 * @param rows  n
 * @param dims  d
 * @param k     clusters to run
 */
record BenchShape(String name, Path base, int rows, int dims, int k) {

    static BenchShape read(Path directory, String name) throws IOException {
        Path base = directory.resolve(name);
        String json = Files.readString(Path.of(base + ".json"));
        return new BenchShape(name, base, field(json, "n"), field(json, "d"), field(json, "k"));
    }

    private static int field(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no \"" + key + "\" in the metadata");
        }
        return Integer.parseInt(m.group(1));
    }

    Path csv() {
        return Path.of(base + ".csv");
    }

    Dataset load() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of(base + ".f64"));
        double[] values = new double[rows * dims];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
        List<String> features = new ArrayList<>();
        for (int j = 0; j < dims; j++) {
            features.add("x" + (j + 1));
        }
        return Dataset.of(values, features);
    }

    double[][] rowsForSmile(Dataset data) {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = data.row(i);
        }
        return out;
    }
}
