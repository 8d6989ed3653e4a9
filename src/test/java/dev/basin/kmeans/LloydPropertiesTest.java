package dev.basin.kmeans;

import dev.basin.data.Dataset;
import dev.basin.kmeans.init.Initializer;
import dev.basin.kmeans.init.KMeansPlusPlus;
import dev.basin.kmeans.init.Maximin;
import dev.basin.kmeans.init.RandomPartition;
import dev.basin.kmeans.init.RandomRows;
import dev.basin.kmeans.kernel.SquaredDistance;
import dev.basin.kmeans.variant.RowChunks;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lloyd's runs on random small datasets, checked against a naive reference: the trace never goes up, the
 * final labels are the nearest centers, the inertia is what it says, strict stops end at weighted means,
 * and a run is bit-identical whatever the thread count.
 */
class LloydPropertiesTest {

    /** A random dataset and configuration, fully determined by one long. */
    record Case(Dataset data, KMeansConfig config, long seed, String description) {
        @Override
        public String toString() {
            return description;
        }
    }

    static Case randomCase(long caseSeed) {
        Random random = new Random(caseSeed);
        int n = 5 + random.nextInt(296);
        int d = 1 + random.nextInt(5);
        int blobs = 1 + random.nextInt(6);
        double[][] blobCenters = new double[blobs][d];
        for (double[] c : blobCenters) {
            for (int j = 0; j < d; j++) {
                c[j] = random.nextDouble() * 20 - 10;
            }
        }
        double spread = 0.1 + random.nextDouble() * 3;
        boolean grid = random.nextInt(4) == 0; // coarse values: many ties and duplicates
        double duplicates = random.nextDouble() * 0.5;
        double[] values = new double[n * d];
        for (int i = 0; i < n; i++) {
            if (i > 0 && random.nextDouble() < duplicates) {
                int source = random.nextInt(i);
                System.arraycopy(values, source * d, values, i * d, d);
                continue;
            }
            double[] c = blobCenters[random.nextInt(blobs)];
            for (int j = 0; j < d; j++) {
                double v = c[j] + random.nextGaussian() * spread;
                values[i * d + j] = grid ? Math.rint(v) : v;
            }
        }
        List<String> features = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            features.add("f" + j);
        }
        Dataset.Builder builder = Dataset.builder(values, features);
        int weighting = random.nextInt(3);
        if (weighting > 0) {
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                weights[i] = weighting == 1 ? 1 + random.nextInt(4) : 0.05 + random.nextDouble() * 5;
            }
            builder.weights(weights);
        }
        Dataset data = builder.build();
        int k = 1 + random.nextInt(Math.min(8, data.distinctRows()));
        Initializer init = switch (random.nextInt(5)) {
            case 0 -> KMeansPlusPlus.greedy();
            case 1 -> new KMeansPlusPlus(1);
            case 2 -> new RandomRows();
            case 3 -> new RandomPartition();
            default -> new Maximin();
        };
        double tol = switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> 1e-4;
            default -> 1e-2;
        };
        int maxIter = random.nextInt(5) == 0 ? 1 + random.nextInt(4) : KMeansConfig.DEFAULT_MAX_ITER;
        EmptyClusterPolicy policy = random.nextInt(4) == 0 ? EmptyClusterPolicy.KEEP : EmptyClusterPolicy.RELOCATE;
        KMeansConfig config = KMeansConfig.defaults(k).withInit(init).withTol(tol).withMaxIter(maxIter)
                .withEmptyClusters(policy).withAlgorithm(Algorithm.LLOYD).withNInit(1).withThreads(1);
        long seed = random.nextLong() & Long.MAX_VALUE;
        String description = "n=" + n + " d=" + d + " k=" + k + " weighted=" + data.isWeighted() + " grid=" + grid
                + " init=" + init.name() + " tol=" + tol + " maxIter=" + maxIter + " policy=" + policy
                + " seed=" + seed;
        return new Case(data, config, seed, description);
    }

    // ---- naive reference ----

    static double squaredDistance(double[] x, int row, double[] centers, int center, int d) {
        double sum = 0;
        for (int j = 0; j < d; j++) {
            double diff = x[row * d + j] - centers[center * d + j];
            sum += diff * diff;
        }
        return sum;
    }

    /**
     * Asserts that {@code label} is a nearest center of the row. The engine scores centers as
     * ‖c − m‖² − 2(x − m)·(c − m) (as scikit-learn does), which can order two centers whose distances differ
     * by less than rounding differently from direct differences, so such near-ties accept either.
     */
    static void assertNearest(double[] x, int row, double[] centers, int k, int d, int label, String where) {
        int naive = nearest(x, row, centers, k, d);
        if (naive == label) {
            return;
        }
        double scale = 1;
        for (int j = 0; j < d; j++) {
            scale += x[row * d + j] * x[row * d + j];
        }
        for (int c = 0; c < k; c++) {
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += centers[c * d + j] * centers[c * d + j];
            }
            scale = Math.max(scale, norm);
        }
        double gap = squaredDistance(x, row, centers, label, d) - squaredDistance(x, row, centers, naive, d);
        assertTrue(gap <= 1e-12 * scale, where + ": label " + label + " is farther than " + naive + " by " + gap);
    }

    static int nearest(double[] x, int row, double[] centers, int k, int d) {
        int best = 0;
        double bestDistance = squaredDistance(x, row, centers, 0, d);
        for (int c = 1; c < k; c++) {
            double dist = squaredDistance(x, row, centers, c, d);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = c;
            }
        }
        return best;
    }

    static double naiveInertia(Dataset data, double[] centers, int[] labels) {
        double total = 0;
        for (int i = 0; i < data.rows(); i++) {
            total += data.weight(i) * squaredDistance(data.values(), i, centers, labels[i], data.dims());
        }
        return total;
    }

    // ---- properties ----

    @Property(tries = 150, seed = "4242")
    void traceInertiaNeverIncreases(@ForAll long caseSeed) {
        Case c = randomCase(caseSeed);
        RunResult run = KMeans.run(c.data(), c.config(), c.seed());
        List<IterationTrace> trace = run.trace();
        assertEquals(run.iterations(), trace.size(), c.description());
        for (int t = 1; t < trace.size(); t++) {
            double before = trace.get(t - 1).inertia();
            double after = trace.get(t).inertia();
            assertTrue(after <= before + 1e-12 * Math.max(before, trace.getFirst().inertia()),
                    c + ": iteration " + (t + 1) + " inertia " + after + " > " + before);
        }
        // The final labels are nearest to the final centers, so the final inertia is at most the last entry's.
        double last = trace.getLast().inertia();
        assertTrue(run.inertia() <= last + 1e-12 * Math.max(last, trace.getFirst().inertia()), c.description());
    }

    @Property(tries = 150, seed = "4243")
    void finalLabelsAreTheNearestCentersAndInertiaIsRecomputable(@ForAll long caseSeed) {
        Case c = randomCase(caseSeed);
        Dataset data = c.data();
        int k = c.config().k();
        RunResult run = KMeans.run(data, c.config(), c.seed());
        assertEquals(k * data.dims(), run.centers().length, c.description());
        assertEquals(data.rows(), run.labels().length, c.description());
        for (int i = 0; i < data.rows(); i++) {
            assertNearest(data.values(), i, run.centers(), k, data.dims(), run.labels()[i], c + ": row " + i);
        }
        for (double v : run.centers()) {
            assertTrue(Double.isFinite(v), c.description());
        }
        double expected = naiveInertia(data, run.centers(), run.labels());
        assertEquals(expected, run.inertia(), 1e-12 * Math.max(1e-300, expected), c.description());
        assertEquals(naiveInertia(data, run.initialCenters(), nearestLabels(data, run.initialCenters(), k)),
                run.initialInertia(), 1e-12 * Math.max(1e-300, run.initialInertia()), c.description());
        assertEquals(run.initialInertia(), run.trace().getFirst().inertia(), c.description());
        assertEquals(data.rows(), run.trace().getFirst().reassignments(), c.description());
        assertEquals(c.seed(), run.seed());
    }

    @Property(tries = 150, seed = "4244")
    void strictStopEndsAtWeightedMeans(@ForAll long caseSeed) {
        Case c = randomCase(caseSeed);
        KMeansConfig config = c.config().withMaxIter(KMeansConfig.DEFAULT_MAX_ITER).withTol(0);
        Dataset data = c.data();
        int k = config.k();
        int d = data.dims();
        RunResult run = KMeans.run(data, config, c.seed());
        if (run.stopReason() != StopReason.STRICT) {
            return; // tol 0 and 300 iterations: only a rare shift-exactly-zero stop lands here
        }
        assertEquals(0, run.trace().getLast().reassignments(), c.description());
        double[] sums = new double[k * d];
        double[] weights = new double[k];
        for (int i = 0; i < data.rows(); i++) {
            int label = run.labels()[i];
            weights[label] += data.weight(i);
            for (int j = 0; j < d; j++) {
                sums[label * d + j] += data.weight(i) * data.value(i, j);
            }
        }
        for (int cluster = 0; cluster < k; cluster++) {
            if (weights[cluster] == 0) {
                assertEquals(EmptyClusterPolicy.KEEP, config.emptyClusters(),
                        c + ": empty cluster " + cluster + " at a strict stop with relocation");
                continue;
            }
            for (int j = 0; j < d; j++) {
                double mean = sums[cluster * d + j] / weights[cluster];
                double scale = Math.max(1, Math.abs(mean));
                assertEquals(mean, run.centers()[cluster * d + j], 1e-12 * scale,
                        c + ": cluster " + cluster + " feature " + j);
            }
        }
    }

    @Property(tries = 60, seed = "4245")
    void bitIdenticalAcrossRepeatsAndThreadCounts(@ForAll long caseSeed) {
        Case c = randomCase(caseSeed);
        KMeansConfig config = c.config().withRandomState(c.seed());
        RunResult once = KMeans.run(c.data(), config, c.seed());
        RunResult again = KMeans.run(c.data(), config, c.seed());
        assertTrue(once.sameOutcome(again), c.description());
        assertArrayEquals(once.initialCenters(), again.initialCenters(), c.description());
        assertEquals(once.trace(), again.trace(), c.description());
        assertEquals(once.distanceComputations(), again.distanceComputations(), c.description());

        for (int nInit : new int[]{1, 5}) {
            FitResult reference = KMeans.fit(c.data(), config.withNInit(nInit).withThreads(1));
            assertEquals(nInit, reference.restarts().size());
            if (nInit == 1) {
                assertTrue(reference.best().sameOutcome(once), c.description());
            }
            for (int threads : new int[]{2, 8}) {
                FitResult other = KMeans.fit(c.data(), config.withNInit(nInit).withThreads(threads));
                String where = c + " n_init=" + nInit + " threads=" + threads;
                assertTrue(reference.best().sameOutcome(other.best()), where);
                assertEquals(reference.bestRestart(), other.bestRestart(), where);
                assertEquals(reference.randomState(), other.randomState(), where);
                for (int r = 0; r < nInit; r++) {
                    FitResult.Restart a = reference.restarts().get(r);
                    FitResult.Restart b = other.restarts().get(r);
                    assertEquals(a.seed(), b.seed(), where);
                    assertEquals(a.restart(), b.restart(), where);
                    assertEquals(Double.doubleToRawLongBits(a.inertia()), Double.doubleToRawLongBits(b.inertia()),
                            where + " restart " + r);
                    assertEquals(a.iterations(), b.iterations(), where);
                    assertEquals(a.stopReason(), b.stopReason(), where);
                    assertEquals(Double.doubleToRawLongBits(a.initialInertia()),
                            Double.doubleToRawLongBits(b.initialInertia()), where);
                    assertEquals(a.distanceComputations(), b.distanceComputations(), where);
                }
            }
        }
    }

    static int[] nearestLabels(Dataset data, double[] centers, int k) {
        int[] labels = new int[data.rows()];
        for (int i = 0; i < data.rows(); i++) {
            labels[i] = nearest(data.values(), i, centers, k, data.dims());
        }
        return labels;
    }

    // ---- more than one 4096-row chunk ----

    /** 20,000 rows (four full chunks and a partial one) in 5 blobs, 3 features, weighted. */
    static Dataset large() {
        Random random = new Random(20_000);
        int n = 20_000;
        int d = 3;
        double[] values = new double[n * d];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            int blob = random.nextInt(5);
            for (int j = 0; j < d; j++) {
                values[i * d + j] = blob * 3.0 * (j + 1) + random.nextGaussian() * 2.5;
            }
            weights[i] = 0.5 + random.nextDouble();
        }
        return Dataset.builder(values, List.of("a", "b", "c")).weights(weights).build();
    }

    @Test
    void rowsBeyondOneChunkGiveBitIdenticalResultsForAnyThreadCount() {
        Dataset data = large();
        assertTrue(data.rows() > 4 * RowChunks.CHUNK_ROWS);
        KMeansConfig config = KMeansConfig.defaults(5).withInit(new RandomRows()).withTol(0)
                .withAlgorithm(Algorithm.LLOYD).withRandomState(11L);

        RunResult sequential = KMeans.run(data, config.withNInit(1), 11L);
        assertTrue(sequential.iterations() > 2, "the run should iterate a few times");
        for (int threads : new int[]{1, 2, 8}) {
            RunResult fitted = KMeans.fit(data, config.withNInit(1).withThreads(threads)).best();
            assertTrue(sequential.sameOutcome(fitted), "threads " + threads);
            assertEquals(sequential.trace(), fitted.trace(), "threads " + threads);
        }

        FitResult three = KMeans.fit(data, config.withNInit(3).withThreads(1));
        for (int threads : new int[]{2, 8}) {
            FitResult other = KMeans.fit(data, config.withNInit(3).withThreads(threads));
            assertTrue(three.best().sameOutcome(other.best()), "n_init 3, threads " + threads);
            for (int r = 0; r < 3; r++) {
                assertEquals(Double.doubleToRawLongBits(three.restarts().get(r).inertia()),
                        Double.doubleToRawLongBits(other.restarts().get(r).inertia()), "restart " + r);
            }
        }

        // Labels are the nearest final centers and the inertia is the chunk-by-chunk sum, in chunk order.
        int[] labels = sequential.labels();
        double[] centers = sequential.centers();
        for (int i = 0; i < data.rows(); i++) {
            assertNearest(data.values(), i, centers, 5, 3, labels[i], "row " + i);
        }
        double inertia = 0;
        for (int start = 0; start < data.rows(); start += RowChunks.CHUNK_ROWS) {
            double chunk = 0;
            for (int i = start; i < Math.min(data.rows(), start + RowChunks.CHUNK_ROWS); i++) {
                // SquaredDistance's documented order of summation, which the engine's inertia follows
                chunk += data.weight(i) * SquaredDistance.between(data.values(), i * 3, centers, labels[i] * 3, 3);
            }
            inertia += chunk;
        }
        assertEquals(inertia, sequential.inertia());
    }
}
