package dev.basin.kmeans;

import dev.basin.data.Dataset;
import dev.basin.kmeans.init.ExplicitCenters;
import dev.basin.testing.NumericCsv;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * From the same explicit initial centers, Basin's Lloyd gives scikit-learn's labels and iteration count,
 * and its inertia and centers within 1e-9 relative. The expected values were produced by
 * {@code src/test/resources/sklearn/make_fixtures.py} with Debian's python3-sklearn (see the README there);
 * this test reads only the committed fixtures.
 */
class ScikitLearnCrossCheckTest {
    private static final Path FIXTURES = Path.of("src/test/resources/sklearn");

    @ParameterizedTest
    @ValueSource(strings = {"iris", "wine", "digits", "blobs", "blobs-weighted", "empty-cluster"})
    void lloydMatchesScikitLearn(String name) throws IOException {
        Path dir = FIXTURES.resolve(name);
        Properties expected = new Properties();
        try (Reader reader = Files.newBufferedReader(dir.resolve("expected.properties"))) {
            expected.load(reader);
        }
        List<String> columns = List.of(expected.getProperty("columns").split(","));
        NumericCsv csv = NumericCsv.read(Path.of(expected.getProperty("data")));
        Dataset.Builder builder = Dataset.builder(csv.columns(columns), columns);
        String weightColumn = expected.getProperty("weight_column");
        if (!weightColumn.isEmpty()) {
            builder.weights(csv.column(weightColumn));
        }
        Dataset data = builder.build();
        int k = Integer.parseInt(expected.getProperty("k"));
        double[] init = NumericCsv.read(dir.resolve("init.csv")).columns(columns);

        KMeansConfig config = KMeansConfig.defaults(k)
                .withInit(new ExplicitCenters(init, "init.csv"))
                .withMaxIter(Integer.parseInt(expected.getProperty("max_iter")))
                .withTol(Double.parseDouble(expected.getProperty("tol")))
                .withAlgorithm(Algorithm.LLOYD)
                .withRandomState(0L);
        RunResult run = KMeans.fit(data, config).best();

        int[] expectedLabels = Arrays.stream(NumericCsv.read(dir.resolve("expected_labels.csv")).column("label"))
                .mapToInt(v -> (int) v).toArray();
        assertArrayEquals(expectedLabels, run.labels(), name + " labels");
        assertEquals(Integer.parseInt(expected.getProperty("n_iter")), run.iterations(), name + " n_iter");
        assertEquals(expected.getProperty("stop_reason"), run.stopReason().label(), name + " stop reason");
        double inertia = Double.parseDouble(expected.getProperty("inertia"));
        assertEquals(inertia, run.inertia(), 1e-9 * inertia, name + " inertia");
        double[] centers = NumericCsv.read(dir.resolve("expected_centers.csv")).columns(columns);
        double scale = Arrays.stream(centers).map(Math::abs).max().orElse(1);
        for (int i = 0; i < centers.length; i++) {
            assertEquals(centers[i], run.centers()[i], 1e-9 * scale, name + " center value " + i);
        }
    }
}
