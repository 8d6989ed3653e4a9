package dev.basin.data;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Dataset#distinctRows()} against a set of rows as lists. */
class DatasetDistinctRowsTest {
    @Property(tries = 200, seed = "2026111701")
    void countsDistinctPositivelyWeightedRows(@ForAll long seed, @ForAll @IntRange(min = 0, max = 200) int rows,
                                              @ForAll @IntRange(min = 1, max = 4) int dims) {
        Random random = new Random(seed);
        double[] values = new double[rows * dims];
        double[] weights = new double[rows];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (random.nextInt(4)) {
                case 0 -> 0.0;
                case 1 -> -0.0;
                default -> random.nextInt(3);
            };
        }
        Set<List<Double>> naive = new HashSet<>();
        for (int i = 0; i < rows; i++) {
            weights[i] = random.nextInt(4) == 0 ? 0 : 1;
            if (weights[i] > 0) {
                List<Double> row = new ArrayList<>();
                for (int j = 0; j < dims; j++) {
                    row.add(values[i * dims + j] + 0.0);
                }
                naive.add(row);
            }
        }
        List<String> features = new ArrayList<>();
        for (int j = 0; j < dims; j++) {
            features.add("f" + j);
        }
        assertEquals(naive.size(), Dataset.builder(values, features).weights(weights).build().distinctRows());
    }
}
