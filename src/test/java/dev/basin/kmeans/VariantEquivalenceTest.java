package dev.basin.kmeans;

import dev.basin.data.Dataset;
import dev.basin.kmeans.init.KMeansPlusPlus;
import dev.basin.kmeans.init.RandomRows;
import dev.basin.testing.NumericCsv;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hamerly and Elkan against Lloyd: from the same initial centers (the same seed and initializer), the same
 * labels, centers, inertia, iteration count, stop reason and per-iteration trace, bit for bit, on every
 * dataset shipped in {@code datasets/} and on random inputs (weights, duplicates, ties, empty clusters,
 * every stopping rule); only the number of distances evaluated may differ, and never upwards.
 */
class VariantEquivalenceTest {
    private static final List<Algorithm> BOUNDED = List.of(Algorithm.HAMERLY, Algorithm.ELKAN);

    static void assertSameRun(RunResult lloyd, RunResult other, String where) {
        assertArrayEquals(lloyd.labels(), other.labels(), where + ": labels");
        assertArrayEquals(lloyd.centers(), other.centers(), where + ": centers");
        assertEquals(Double.doubleToRawLongBits(lloyd.inertia()), Double.doubleToRawLongBits(other.inertia()),
                where + ": inertia");
        assertEquals(lloyd.iterations(), other.iterations(), where + ": iterations");
        assertEquals(lloyd.stopReason(), other.stopReason(), where + ": stop reason");
        assertEquals(lloyd.trace().size(), other.trace().size(), where);
        for (int i = 0; i < lloyd.trace().size(); i++) {
            IterationTrace a = lloyd.trace().get(i);
            IterationTrace b = other.trace().get(i);
            assertEquals(Double.doubleToRawLongBits(a.inertia()), Double.doubleToRawLongBits(b.inertia()),
                    where + ": inertia of iteration " + (i + 1));
            assertEquals(a.reassignments(), b.reassignments(), where + ": reassignments of iteration " + (i + 1));
            assertEquals(Double.doubleToRawLongBits(a.centerShift()), Double.doubleToRawLongBits(b.centerShift()),
                    where + ": shift of iteration " + (i + 1));
        }
    }

    @ParameterizedTest(name = "{0}, k = {2}")
    @CsvSource({
            "iris.csv, species, 3", "iris.csv, species, 8",
            "wine.csv, cultivar, 3", "wine.csv, cultivar, 12",
            "breast-cancer.csv, diagnosis, 2", "breast-cancer.csv, diagnosis, 9",
            "digits.csv, digit, 10", "digits.csv, digit, 30",
            "blobs15.csv, cluster, 15", "blobs15.csv, cluster, 40"})
    void boundedVariantsRunExactlyAsLloydOnTheShippedDatasets(String file, String labelColumn, int k) {
        NumericCsv csv = NumericCsv.read(Path.of("datasets", file));
        List<String> features = new ArrayList<>(csv.header());
        features.remove(labelColumn);
        Dataset data = Dataset.of(csv.columns(features), features);
        for (long seed = 0; seed < 3; seed++) {
            for (double tol : new double[]{0, 1e-4}) {
                KMeansConfig config = KMeansConfig.defaults(k).withInit(seed == 2 ? new RandomRows() : KMeansPlusPlus.greedy())
                        .withTol(tol).withNInit(1).withThreads(1);
                RunResult lloyd = KMeans.run(data, config.withAlgorithm(Algorithm.LLOYD), seed);
                for (Algorithm algorithm : BOUNDED) {
                    RunResult other = KMeans.run(data, config.withAlgorithm(algorithm), seed);
                    String where = file + " k=" + k + " seed=" + seed + " tol=" + tol + " " + algorithm.label();
                    assertSameRun(lloyd, other, where);
                    assertTrue(other.distanceComputations() <= lloyd.distanceComputations() + 2L * k * k * lloyd.iterations(),
                            where + ": " + other.distanceComputations() + " distances vs Lloyd's " + lloyd.distanceComputations());
                }
            }
        }
    }

    @Property(tries = 300, seed = "5150")
    void boundedVariantsRunExactlyAsLloydOnRandomInputs(@ForAll long caseSeed) {
        LloydPropertiesTest.Case c = LloydPropertiesTest.randomCase(caseSeed);
        RunResult lloyd = KMeans.run(c.data(), c.config().withAlgorithm(Algorithm.LLOYD), c.seed());
        for (Algorithm algorithm : BOUNDED) {
            RunResult other = KMeans.run(c.data(), c.config().withAlgorithm(algorithm), c.seed());
            assertSameRun(lloyd, other, c + " " + algorithm.label());
        }
    }

    @org.junit.jupiter.api.Test
    void boundedVariantsSkipMostDistancesOnSeparatedBlobs() {
        NumericCsv csv = NumericCsv.read(Path.of("datasets", "blobs15.csv"));
        Dataset data = Dataset.of(csv.columns(List.of("x0", "x1")), List.of("x0", "x1"));
        KMeansConfig config = KMeansConfig.defaults(15).withInit(new RandomRows()).withTol(0).withNInit(1).withThreads(1);
        RunResult lloyd = KMeans.run(data, config.withAlgorithm(Algorithm.LLOYD), 1);
        assertTrue(lloyd.iterations() > 10, "a long enough run to show pruning: " + lloyd.iterations());
        for (Algorithm algorithm : BOUNDED) {
            RunResult other = KMeans.run(data, config.withAlgorithm(algorithm), 1);
            assertTrue(other.distanceComputations() * 3 < lloyd.distanceComputations(),
                    algorithm.label() + ": " + other.distanceComputations() + " vs " + lloyd.distanceComputations());
        }
    }
}
