package dev.basin.analysis;

import dev.basin.data.BlobSizes;
import dev.basin.data.Dataset;
import dev.basin.data.OverlapBlobs;
import dev.basin.kmeans.KMeans;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An elbow study: its bands hold every seed, its runs replay alone, and threads change nothing. */
class ElbowTest {
    private static Dataset data;
    private static ElbowResult result;
    private static ElbowConfig config;

    @BeforeAll
    static void study() {
        data = OverlapBlobs.withOverlap(1500, 6, 2, BlobSizes.EQUAL, 0.08).generate(4).generated().data();
        config = new ElbowConfig(KMeansConfig.defaults(2).withThreads(2), ElbowConfig.parseKRange("2..9", "k"),
                SweepConfig.seedRange(0, 12), 400, 5, ElbowRule.KNEEDLE);
        result = Elbow.run(data, config, Sweep.Progress.NONE);
    }

    @Test
    void bandsContainEverySeedsInertiaAndSilhouette() {
        assertEquals(8 * 12, result.runs().size());
        for (ElbowResult.AtK at : result.byK()) {
            List<ElbowResult.Run> runs = result.runsAt(at.k());
            assertEquals(12, runs.size());
            for (ElbowResult.Run run : runs) {
                assertTrue(at.inertiaMin() <= run.inertia() && run.inertia() <= at.inertiaMax(), "k " + at.k());
                assertTrue(at.silhouetteMin() <= run.silhouette() && run.silhouette() <= at.silhouetteMax(), "k " + at.k());
            }
            assertTrue(runs.stream().anyMatch(r -> r.inertia() == at.inertiaMin()));
            assertTrue(runs.stream().anyMatch(r -> r.inertia() == at.inertiaMax()));
            assertTrue(at.inertiaMin() <= at.inertiaMedian() && at.inertiaMedian() <= at.inertiaMax());
            assertTrue(at.silhouetteMin() <= at.silhouetteMedian() && at.silhouetteMedian() <= at.silhouetteMax());
        }
    }

    @Test
    void everyRunIsTheFitOfItsSeed() {
        for (ElbowResult.Run run : List.of(result.runs().getFirst(), result.runs().get(37), result.runs().getLast())) {
            RunResult alone = KMeans.run(data, KMeansConfig.defaults(run.k()), run.seed());
            assertEquals(alone.inertia(), run.inertia(), 0.0);
            assertEquals(alone.iterations(), run.iterations());
            Silhouette silhouette = Silhouette.prepare(data, 400, 5);
            assertEquals(silhouette.score(alone.labels(), run.k()), run.silhouette(), 0.0);
            assertEquals(PartitionMetrics.adjustedRandIndex(data.labels().orElseThrow(), alone.labels()), run.ari(), 0.0);
        }
    }

    @Test
    void theTrueKAgreesBestWithTheTrueLabels() {
        assertTrue(result.hasLabels());
        ElbowResult.AtK six = result.byK().stream().filter(a -> a.k() == 6).findFirst().orElseThrow();
        for (ElbowResult.AtK at : result.byK()) {
            assertTrue(at.ariOfBest() <= six.ariOfBest(), "k " + at.k() + " agrees better than the true k = 6");
        }
    }

    @Test
    void elbowsAreCountedPerSeedByTheRule() {
        int counted = result.byK().stream().mapToInt(ElbowResult.AtK::elbowVotes).sum();
        assertEquals(12 - result.seedsWithoutElbow(), counted);
        assertEquals(12, result.byK().stream().mapToInt(ElbowResult.AtK::silhouetteVotes).sum());
        for (ElbowResult.SeedElbow seed : result.bySeed()) {
            double[] curve = result.runs().stream().filter(r -> r.seed() == seed.seed()).mapToDouble(ElbowResult.Run::inertia).toArray();
            int index = ElbowRule.KNEEDLE.elbowIndex(config.ks(), curve);
            assertEquals(index < 0 ? null : config.ks()[index], seed.elbow());
        }
        assertEquals(400, result.silhouetteRows());
        assertEquals(1500, result.rows());
    }

    @Test
    void theResultDoesNotDependOnThreads() {
        ElbowConfig oneThread = new ElbowConfig(config.engine().withThreads(1), config.ks(), config.seeds(),
                config.silhouetteSample(), config.sampleSeed(), config.rule());
        ElbowResult again = Elbow.run(data, oneThread, Sweep.Progress.NONE);
        assertEquals(result.runs(), again.runs());
        assertEquals(result.byK(), again.byK());
        assertEquals(result.bySeed(), again.bySeed());
    }
}
