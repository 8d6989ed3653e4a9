package dev.basin.kmeans.init;

import dev.basin.data.Dataset;
import dev.basin.random.Seeds;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every initializer returns k distinct centers for valid input, honours weights, and is a pure function
 * of its generator's seed; k-means++ and maximin choose what their papers say they choose.
 */
class InitializerPropertiesTest {

    record Case(Dataset data, int k, String description) {
        @Override
        public String toString() {
            return description;
        }
    }

    /**
     * Random data with many duplicate rows; when weighted, most rows often weigh 0, but at least k distinct
     * rows keep a positive weight (k is drawn below that count).
     */
    static Case randomCase(long caseSeed) {
        Random random = new Random(caseSeed);
        int n = 3 + random.nextInt(200);
        int d = 1 + random.nextInt(4);
        int palette = 1 + random.nextInt(Math.min(n, 12)); // few distinct points → many duplicates
        double[][] points = new double[palette][d];
        for (double[] p : points) {
            for (int j = 0; j < d; j++) {
                p[j] = random.nextInt(3) == 0 ? Math.rint(random.nextGaussian() * 3) : random.nextGaussian() * 5;
            }
        }
        boolean allDistinct = random.nextInt(3) == 0;
        double[] values = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                values[i * d + j] = allDistinct ? random.nextGaussian() * 4 : points[random.nextInt(palette)][j];
            }
        }
        List<String> features = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            features.add("f" + j);
        }
        Dataset.Builder builder = Dataset.builder(values, features);
        int weighting = random.nextInt(3);
        if (weighting > 0) {
            double zeroShare = weighting == 1 ? 0.9 : 0.3;
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                weights[i] = random.nextDouble() < zeroShare ? 0 : 0.01 + random.nextDouble() * 3;
            }
            if (Dataset.builder(values, features).weights(weights).build().distinctRows() == 0) {
                weights[random.nextInt(n)] = 1;
            }
            builder.weights(weights);
        }
        Dataset data = builder.build();
        int distinct = data.distinctRows();
        int k = 1 + random.nextInt(Math.min(distinct, 10));
        return new Case(data, k, "n=" + n + " d=" + d + " k=" + k + " distinct=" + distinct
                + " weighted=" + data.isWeighted());
    }

    static List<Initializer> all() {
        return List.of(new RandomRows(), KMeansPlusPlus.greedy(), new KMeansPlusPlus(1), new RandomPartition(),
                new Maximin(), KMeansParallel.sparkDefaults(), new KMeansParallel(1, 0.5));
    }

    static double[] rowOf(double[] centers, int c, int d) {
        double[] row = new double[d];
        System.arraycopy(centers, c * d, row, 0, d);
        return row;
    }

    static boolean samePoint(double[] a, int aOffset, double[] b, int bOffset, int d) {
        for (int j = 0; j < d; j++) {
            if (a[aOffset + j] != b[bOffset + j]) { // == so that -0.0 and 0.0 are one point
                return false;
            }
        }
        return true;
    }

    static double squaredDistance(double[] a, int aOffset, double[] b, int bOffset, int d) {
        double sum = 0;
        for (int j = 0; j < d; j++) {
            double diff = a[aOffset + j] - b[bOffset + j];
            sum += diff * diff;
        }
        return sum;
    }

    /** The lowest-index row with positive weight equal to center c, or -1. */
    static int positiveRowEqualTo(Dataset data, double[] centers, int c) {
        int d = data.dims();
        for (int i = 0; i < data.rows(); i++) {
            if (data.weight(i) > 0 && samePoint(data.values(), i * d, centers, c * d, d)) {
                return i;
            }
        }
        return -1;
    }

    @Property(tries = 200, seed = "777")
    void everyInitializerGivesKDistinctFiniteCenters(@ForAll long caseSeed) {
        Case c = randomCase(caseSeed);
        int d = c.data().dims();
        long seed = caseSeed & Long.MAX_VALUE;
        for (Initializer init : all()) {
            double[] centers = init.choose(c.data(), c.k(), Seeds.generator(seed)).centers();
            String where = c + " init=" + init + " seed=" + seed;
            assertEquals(c.k() * d, centers.length, where);
            for (double v : centers) {
                assertTrue(Double.isFinite(v), where);
            }
            for (int a = 0; a < c.k(); a++) {
                for (int b = a + 1; b < c.k(); b++) {
                    assertFalse(samePoint(centers, a * d, centers, b * d, d),
                            where + ": centers " + a + " and " + b + " are equal");
                }
            }
        }
    }

    @Property(tries = 200, seed = "778")
    void rowPickingInitializersPickPositivelyWeightedRows(@ForAll long caseSeed) {
        Case c = randomCase(caseSeed);
        long seed = caseSeed & Long.MAX_VALUE;
        for (Initializer init : List.of(new RandomRows(), KMeansPlusPlus.greedy(), new KMeansPlusPlus(1),
                new Maximin())) {
            double[] centers = init.choose(c.data(), c.k(), Seeds.generator(seed)).centers();
            for (int center = 0; center < c.k(); center++) {
                assertTrue(positiveRowEqualTo(c.data(), centers, center) >= 0,
                        c + " init=" + init + " seed=" + seed + ": center " + center + " "
                                + java.util.Arrays.toString(rowOf(centers, center, c.data().dims()))
                                + " is not a row with positive weight");
            }
        }
    }

    @Property(tries = 100, seed = "779")
    void sameSeedSameCenters(@ForAll long caseSeed) {
        Case c = randomCase(caseSeed);
        long seed = caseSeed & Long.MAX_VALUE;
        for (Initializer init : all()) {
            InitialCenters first = init.choose(c.data(), c.k(), Seeds.generator(seed));
            InitialCenters second = init.choose(c.data(), c.k(), Seeds.generator(seed));
            assertArrayEquals(first.centers(), second.centers(), c + " init=" + init);
            assertEquals(first.distanceComputations(), second.distanceComputations(), c + " init=" + init);
        }
    }

    @Property(tries = 100, seed = "780")
    void maximinSecondCenterIsTheFarthestRowFromTheFirst(@ForAll long caseSeed) {
        Case c = randomCase(caseSeed);
        if (c.k() < 2) {
            return;
        }
        Dataset data = c.data();
        int d = data.dims();
        double[] centers = new Maximin().choose(data, c.k(), Seeds.generator(caseSeed)).centers();
        double farthest = -1;
        for (int i = 0; i < data.rows(); i++) {
            if (data.weight(i) > 0) {
                farthest = Math.max(farthest, squaredDistance(data.values(), i * d, centers, 0, d));
            }
        }
        assertEquals(farthest, squaredDistance(centers, d, centers, 0, d), c.description());
        // And every later center is the farthest positively weighted row from the centers before it.
        for (int next = 2; next < c.k(); next++) {
            double best = -1;
            for (int i = 0; i < data.rows(); i++) {
                if (data.weight(i) > 0) {
                    double closest = Double.POSITIVE_INFINITY;
                    for (int chosen = 0; chosen < next; chosen++) {
                        closest = Math.min(closest, squaredDistance(data.values(), i * d, centers, chosen * d, d));
                    }
                    best = Math.max(best, closest);
                }
            }
            double closestOfNext = Double.POSITIVE_INFINITY;
            for (int chosen = 0; chosen < next; chosen++) {
                closestOfNext = Math.min(closestOfNext, squaredDistance(centers, next * d, centers, chosen * d, d));
            }
            assertEquals(best, closestOfNext, c + ": center " + next);
        }
    }

    @Property(tries = 100, seed = "781")
    void distanceCountsMatchTheMethod(@ForAll long caseSeed) {
        Case c = randomCase(caseSeed);
        int n = c.data().rows();
        int k = c.k();
        assertEquals(0, new RandomRows().choose(c.data(), k, Seeds.generator(caseSeed)).distanceComputations());
        assertEquals(0, new RandomPartition().choose(c.data(), k, Seeds.generator(caseSeed)).distanceComputations());
        assertEquals((long) (k - 1) * n, new Maximin().choose(c.data(), k, Seeds.generator(caseSeed))
                .distanceComputations(), c.description());
        KMeansPlusPlus greedy = KMeansPlusPlus.greedy();
        assertEquals(2 + (int) Math.log(k), greedy.trialsFor(k));
        assertEquals(n + (long) (k - 1) * greedy.trialsFor(k) * n,
                greedy.choose(c.data(), k, Seeds.generator(caseSeed)).distanceComputations(), c.description());
        assertEquals(n + (long) (k - 1) * n,
                new KMeansPlusPlus(1).choose(c.data(), k, Seeds.generator(caseSeed)).distanceComputations(),
                c.description());
    }

    // ---- fixed cases ----

    /** Ten rows on a line, all of weight 0 except rows 3, 6 and 8. */
    @Test
    void kMeansPlusPlusNeverPicksAZeroWeightRow() {
        double[] values = new double[10];
        double[] weights = new double[10];
        for (int i = 0; i < 10; i++) {
            values[i] = i * i; // the far rows would attract D² sampling if their weight were not 0
        }
        weights[3] = 1;
        weights[6] = 2;
        weights[8] = 0.5;
        Dataset data = Dataset.builder(values, List.of("x")).weights(weights).build();
        for (Initializer init : List.of(new KMeansPlusPlus(1), KMeansPlusPlus.greedy(), new RandomRows(),
                new Maximin())) {
            for (long seed = 0; seed < 300; seed++) {
                double[] centers = init.choose(data, 3, Seeds.generator(seed)).centers();
                java.util.Arrays.sort(centers);
                assertArrayEquals(new double[]{9, 36, 64}, centers, init + " seed " + seed);
            }
        }
    }

    /**
     * Most of the weight on one point (at three row indices): after the first center, rejection sampling
     * keeps hitting that point, and random rows must still end with the k distinct positively weighted points.
     */
    @Test
    void randomRowsFindsTheRemainingPointsWhenOnePointHoldsAlmostAllWeight() {
        Dataset data = Dataset.builder(new double[]{0, 0, 5, 1, 2, 0}, List.of("x"))
                .weights(new double[]{1e9, 1e9, 0, 1, 1, 1e9}).build();
        for (long seed = 0; seed < 100; seed++) {
            double[] centers = new RandomRows().choose(data, 3, Seeds.generator(seed)).centers();
            java.util.Arrays.sort(centers);
            assertArrayEquals(new double[]{0, 1, 2}, centers, "seed " + seed);
        }
    }

    /**
     * 50 rows spread over [0, 1] and one row at 100. With the first center among the 50 (probability
     * 50/51), D² sampling picks the far row with probability about 100² / (100² + 50 · 0.5²) > 0.99, so it
     * is the second center in about 97 % of seeds; uniform random rows pick it about 2 % of the time.
     */
    @Test
    void dSquaredSamplingPrefersTheFarPoint() {
        double[] values = new double[51];
        for (int i = 0; i < 50; i++) {
            values[i] = i / 49.0;
        }
        values[50] = 100;
        Dataset data = Dataset.of(values, List.of("x"));
        int kmppFar = 0;
        int randomFar = 0;
        for (long seed = 0; seed < 200; seed++) {
            if (new KMeansPlusPlus(1).choose(data, 2, Seeds.generator(seed)).centers()[1] == 100) {
                kmppFar++;
            }
            if (new RandomRows().choose(data, 2, Seeds.generator(seed)).centers()[1] == 100) {
                randomFar++;
            }
        }
        assertTrue(kmppFar >= 170, "k-means++ picked the far row second in " + kmppFar + " of 200 seeds");
        assertTrue(randomFar <= 20, "random rows picked the far row second in " + randomFar + " of 200 seeds");
    }

    /** Every first center is drawn by weight: with one row of weight 1000 among 99 of weight 1, it wins most. */
    @Test
    void firstCenterIsDrawnByWeight() {
        double[] values = new double[100];
        double[] weights = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = i;
            weights[i] = 1;
        }
        weights[37] = 1000;
        Dataset data = Dataset.builder(values, List.of("x")).weights(weights).build();
        for (Initializer init : List.of(new RandomRows(), new KMeansPlusPlus(1), new Maximin())) {
            int heavy = 0;
            for (long seed = 0; seed < 200; seed++) {
                if (init.choose(data, 1, Seeds.generator(seed)).centers()[0] == 37) {
                    heavy++;
                }
            }
            // expected share 1000 / 1099 ≈ 91 %
            assertTrue(heavy >= 160, init + " chose the heavy row in " + heavy + " of 200 seeds");
        }
    }

    @Test
    void differentSeedsGiveDifferentCenters() {
        Dataset data = Dataset.of(java.util.stream.IntStream.range(0, 100).mapToDouble(i -> i).toArray(),
                List.of("x"));
        for (Initializer init : List.of(new RandomRows(), KMeansPlusPlus.greedy(), new RandomPartition(),
                new Maximin())) {
            java.util.Set<List<Double>> seen = new java.util.HashSet<>();
            for (long seed = 0; seed < 20; seed++) {
                double[] centers = init.choose(data, 3, Seeds.generator(seed)).centers();
                seen.add(java.util.Arrays.stream(centers).boxed().toList());
            }
            assertTrue(seen.size() > 5, init + " gave only " + seen.size() + " center sets for 20 seeds");
        }
    }

    @Test
    void randomPartitionCentersAreWeightedMeansOfARandomPartition() {
        // Two distinct rows only, k = 2: the k centers must still be distinct, whatever the partition.
        Dataset data = Dataset.of(new double[]{1, 1, 1, 1, 5, 5, 5, 5}, List.of("x"));
        for (long seed = 0; seed < 200; seed++) {
            double[] centers = new RandomPartition().choose(data, 2, Seeds.generator(seed)).centers();
            assertTrue(centers[0] != centers[1], "seed " + seed);
            for (double v : centers) {
                assertTrue(v >= 1 && v <= 5, "seed " + seed + ": center " + v + " outside the data's range");
            }
        }
    }

    @Test
    void explicitCentersAreReturnedUnchangedAndValidated() {
        Dataset data = Dataset.of(new double[]{0, 0, 1, 1, 2, 2}, List.of("x", "y"));
        double[] given = {0.5, 0.5, 2, 2};
        ExplicitCenters init = new ExplicitCenters(given, "c.csv");
        given[0] = 99; // a copy was taken
        assertArrayEquals(new double[]{0.5, 0.5, 2, 2}, init.choose(data, 2, Seeds.generator(1)).centers());
        assertEquals(1, init.autoRestarts());
        assertEquals("c.csv", init.name());
        dev.basin.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.basin.InvalidInputException.class, () -> init.choose(data, 3, Seeds.generator(1)));
        assertTrue(e.getMessage().contains("c.csv"), e.getMessage());
    }

    @Test
    void namesAndAutoRestarts() {
        assertEquals(List.of("k-means++", "random", "random-partition", "maximin", "k-means||"), Initializers.NAMES);
        assertEquals(new KMeansPlusPlus(3), Initializers.byName("kmeans++", 3));
        assertEquals(new RandomRows(), Initializers.byName(" Random ", 0));
        assertEquals(new Maximin(), Initializers.byName("farthest-first", 0));
        assertEquals(new RandomPartition(), Initializers.byName("random-partition", 0));
        org.junit.jupiter.api.Assertions.assertThrows(dev.basin.InvalidInputException.class,
                () -> Initializers.byName("forgy", 0));
        org.junit.jupiter.api.Assertions.assertThrows(dev.basin.InvalidInputException.class,
                () -> new KMeansPlusPlus(-1));
        assertEquals(1, KMeansPlusPlus.greedy().autoRestarts());
        assertEquals(10, new RandomRows().autoRestarts());
        assertEquals(10, new RandomPartition().autoRestarts());
        assertEquals(10, new Maximin().autoRestarts());
    }
}
