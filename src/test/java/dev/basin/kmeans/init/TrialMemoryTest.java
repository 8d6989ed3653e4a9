package dev.basin.kmeans.init;

import dev.basin.data.Dataset;
import dev.basin.random.Seeds;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Greedy k-means++ keeps every trial's distances when they are few and recomputes the winner's otherwise,
 * and scores candidates with centers or rows in the kernel's lanes depending on d; every way gives the same
 * centers bit for bit, so a dataset's seeding never depends on its size or width crossing a threshold.
 */
class TrialMemoryTest {
    @Property(tries = 60, seed = "2026")
    void keptAndRecomputedTrialDistancesGiveTheSameCenters(@ForAll long seed,
                                                           @ForAll @IntRange(min = 2, max = 200) int rows,
                                                           @ForAll @IntRange(min = 1, max = 9) int dims,
                                                           @ForAll @IntRange(min = 1, max = 12) int k,
                                                           @ForAll boolean weighted) {
        Random random = new Random(seed);
        double[] x = new double[rows * dims];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1e3 + random.nextInt(7) + random.nextGaussian(); // repeated values and an offset origin
        }
        List<String> features = new ArrayList<>();
        for (int j = 0; j < dims; j++) {
            features.add("f" + j);
        }
        Dataset.Builder builder = Dataset.builder(x, features);
        if (weighted) {
            double[] weights = new double[rows];
            for (int i = 0; i < rows; i++) {
                weights[i] = 0.5 + random.nextInt(3);
            }
            builder = builder.weights(weights);
        }
        Dataset data = builder.build();
        int clusters = Math.min(k, data.distinctRows());
        KMeansPlusPlus greedy = KMeansPlusPlus.greedy();
        InitialCenters kept = greedy.choose(data, clusters, Seeds.generator(seed), Long.MAX_VALUE, Integer.MAX_VALUE);
        InitialCenters recomputed = greedy.choose(data, clusters, Seeds.generator(seed), 0, Integer.MAX_VALUE);
        assertArrayEquals(kept.centers(), recomputed.centers());
        assertEquals(kept.distanceComputations() + (long) rows * (clusters - 1), recomputed.distanceComputations());
        // scored with rows in the kernel's lanes instead of centers: the same centers, both memory paths
        assertArrayEquals(kept.centers(), greedy.choose(data, clusters, Seeds.generator(seed), Long.MAX_VALUE, 1).centers());
        assertArrayEquals(kept.centers(), greedy.choose(data, clusters, Seeds.generator(seed), 0, 1).centers());
    }
}
