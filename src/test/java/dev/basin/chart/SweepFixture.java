package dev.basin.chart;

import dev.basin.analysis.Basin;
import dev.basin.analysis.ClusterMatching;
import dev.basin.analysis.Solution;
import dev.basin.analysis.Sweep;
import dev.basin.analysis.SweepConfig;
import dev.basin.analysis.SweepResult;
import dev.basin.analysis.SweepTables;
import dev.basin.analysis.SweepTables.RunRow;
import dev.basin.data.Dataset;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.init.KMeansPlusPlus;
import dev.basin.kmeans.init.RandomRows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small real sweep shared by the chart tests: five Gaussian blobs in the plane clustered with k = 3,
 * so that seeds land in several basins (which pairs of blobs get merged), 40 seeds, greedy k-means++ and
 * random rows. Built once; a few hundred milliseconds.
 */
final class SweepFixture {
    static final int SEEDS = 40;
    static final List<String> INITS = List.of("k-means++", "random");
    static final Dataset DATA = blobs();
    static final SweepResult SWEEP = Sweep.run(DATA, new SweepConfig(KMeansConfig.defaults(3),
            List.of(KMeansPlusPlus.greedy(), new RandomRows()), SweepConfig.seedRange(0, SEEDS),
            SweepConfig.DEFAULT_TRACE_RUNS, SweepConfig.DEFAULT_LABEL_BUDGET, SweepConfig.DEFAULT_MAX_RESTARTS),
            Sweep.Progress.NONE);
    static final SweepTables TABLES = SweepTables.of(SWEEP);

    private SweepFixture() {
    }

    /** 5 blobs of 30 points (σ = 0.6) at unequal distances, in a fixed order. */
    private static Dataset blobs() {
        double[][] centers = {{0, 0}, {4, 0}, {0, 5}, {9, 6}, {10, 1}};
        Random random = new Random(7);
        double[] values = new double[centers.length * 30 * 2];
        int v = 0;
        for (double[] c : centers) {
            for (int i = 0; i < 30; i++) {
                values[v++] = c[0] + 0.6 * random.nextGaussian();
                values[v++] = c[1] + 0.6 * random.nextGaussian();
            }
        }
        return Dataset.of(values, List.of("x", "y"));
    }

    /** The best basin and the second one, clusters of the second matched to the best's. */
    static List<Solution> solutions() {
        Basin best = SWEEP.basins().get(0);
        Basin other = SWEEP.basins().get(1);
        int[] bestLabels = SWEEP.basinLabels().get(0);
        int[] otherLabels = SWEEP.basinLabels().get(1);
        // The sweep keeps labels renamed in order of first appearance; centers are in the run's own order.
        // Both are put in the order of the labels, then the second basin is matched to the best.
        double[] bestCenters = centersOf(bestLabels, 3);
        double[] otherCenters = centersOf(otherLabels, 3);
        int[] p = ClusterMatching.match(bestCenters, otherCenters, 2);
        return List.of(
                new Solution("basin 1 (best), inertia " + ChartText.inertia(best.inertia()), "x", "y", DATA.values(),
                        bestLabels, bestCenters),
                new Solution("basin 2, inertia " + ChartText.inertia(other.inertia()), "x", "y", DATA.values(),
                        ClusterMatching.relabel(otherLabels, p), ClusterMatching.reorder(otherCenters, 2, p)));
    }

    /** Means of the rows of each label (row-major k × 2). */
    static double[] centersOf(int[] labels, int k) {
        double[] sums = new double[2 * k];
        int[] counts = new int[k];
        double[] x = DATA.values();
        for (int i = 0; i < labels.length; i++) {
            sums[2 * labels[i]] += x[2 * i];
            sums[2 * labels[i] + 1] += x[2 * i + 1];
            counts[labels[i]]++;
        }
        for (int c = 0; c < k; c++) {
            sums[2 * c] /= counts[c];
            sums[2 * c + 1] /= counts[c];
        }
        return sums;
    }

    /**
     * Tables of {@code runs} runs per initializer written directly (no sweep): inertia from a fixed
     * generator, with one best and one worst value planted at known seeds.
     */
    static SweepTables synthetic(List<String> inits, int runs) {
        Random random = new Random(11);
        List<RunRow> rows = new ArrayList<>();
        for (String init : inits) {
            for (int s = 0; s < runs; s++) {
                double inertia = 100 + 20 * random.nextDouble();
                if (s == 1234) {
                    inertia = 90;
                }
                if (s == runs - 7) {
                    inertia = 150;
                }
                int basin = inertia == 90 ? 1 : 2;
                rows.add(new RunRow(init, s, inertia, inertia * 1.5, 5, "strict", 1000, basin,
                        100 * (inertia - 90) / 90, basin == 1 ? 0 : 1));
            }
        }
        List<SweepTables.BasinRow> basins = List.of(
                new SweepTables.BasinRow(1, 90, 0, 0, inits.size(), (double) inits.size() / rows.size(),
                        Map.of(), Map.of()),
                new SweepTables.BasinRow(2, 100, 11.1, 1, rows.size() - inits.size(), 0.99, Map.of(), Map.of()));
        return new SweepTables(inits, rows, basins, List.of(), List.of());
    }
}
