package dev.basin.kmeans.init;

import dev.basin.data.Dataset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** k-means++'s streaming D² draw picks exactly the rows an inverse-CDF lookup on stored running sums picks. */
class StreamingDrawTest {
    @Property(tries = 300, seed = "99")
    void streamingDrawEqualsTheStoredRunningSumLookup(@ForAll long seed) {
        Random random = new Random(seed);
        int rows = 1 + random.nextInt(60);
        double[] closest = new double[rows];
        double[] weights = new double[rows];
        for (int i = 0; i < rows; i++) {
            closest[i] = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 10;
            weights[i] = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(3);
        }
        closest[random.nextInt(rows)] = 1; // something adds to the sum
        weights[random.nextInt(rows)] = 1;
        List<String> features = new ArrayList<>(List.of("x"));
        Dataset data = Dataset.builder(new double[rows], features).weights(weights).build();
        double[] cumulative = new double[rows];
        double running = 0;
        for (int i = 0; i < rows; i++) {
            running += weights[i] * closest[i];
            cumulative[i] = running;
        }
        if (!(running > 0)) {
            return;
        }
        double[] targets = new double[6];
        for (int t = 0; t < targets.length; t++) {
            targets[t] = t == 5 ? running : random.nextDouble() * running; // one at the total: rounding
        }
        int[] drawn = new int[targets.length];
        KMeansPlusPlus.drawRows(data, closest, targets, drawn);
        for (int t = 0; t < targets.length; t++) {
            assertEquals(Cumulative.firstAbove(cumulative, targets[t]), drawn[t], "target " + targets[t]);
        }
    }
}
