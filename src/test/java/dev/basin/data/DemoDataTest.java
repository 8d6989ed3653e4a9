package dev.basin.data;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The bundled demo data, {@code datasets/blobs15.csv} and its true centers {@code datasets/blobs15-centers.csv},
 * are exactly {@code Generators.blobs(5000, 15, 2, 3.0, 1)} written with Java's shortest round-trip numbers.
 */
class DemoDataTest {
    @Test
    void theBundledBlobsAreTheGeneratorsOutput() throws IOException {
        Generated generated = Generators.blobs(5000, 15, 2, 3.0, 1);
        Dataset data = generated.data();
        String[] labels = data.labels().orElseThrow();
        StringBuilder rows = new StringBuilder("x0,x1,cluster\n");
        for (int i = 0; i < data.rows(); i++) {
            rows.append(data.value(i, 0)).append(',').append(data.value(i, 1)).append(',').append(labels[i]).append('\n');
        }
        assertEquals(rows.toString(), Files.readString(Path.of("datasets/blobs15.csv")));
        StringBuilder centers = new StringBuilder("x0,x1\n");
        double[] truth = generated.trueCenters();
        for (int c = 0; c < 15; c++) {
            centers.append(truth[2 * c]).append(',').append(truth[2 * c + 1]).append('\n');
        }
        assertEquals(centers.toString(), Files.readString(Path.of("datasets/blobs15-centers.csv")));
    }
}
