package dev.basin.report;

import dev.basin.analysis.Elbow;
import dev.basin.analysis.ElbowConfig;
import dev.basin.analysis.ElbowResult;
import dev.basin.analysis.ElbowRule;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.StopReason;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The elbow study in words: whether the elbow moved, and the table's figures. */
class ElbowReportTest {
    private static final int[] KS = {2, 3, 4, 5, 6};

    /** A study from hand-made curves, one per seed (inertia at k = 2..6). */
    private static ElbowResult study(double[]... curves) {
        long[] seeds = new long[curves.length];
        for (int s = 0; s < seeds.length; s++) {
            seeds[s] = 100 + s;
        }
        List<ElbowResult.Run> runs = new ArrayList<>();
        for (int ki = 0; ki < KS.length; ki++) {
            for (int s = 0; s < curves.length; s++) {
                runs.add(new ElbowResult.Run(KS[ki], seeds[s], curves[s][ki], 5, StopReason.STRICT, 0.1 * ki + 0.01 * s, Double.NaN));
            }
        }
        ElbowConfig config = new ElbowConfig(KMeansConfig.defaults(2), KS, seeds, 100, 0, ElbowRule.KNEEDLE);
        return Elbow.summarize(config, runs, 100, 100, 0.1);
    }

    @Test
    void saysWhenTheElbowMovesWithTheSeed() {
        ElbowResult moved = study(new double[]{100, 20, 15, 10, 5}, new double[]{100, 80, 20, 15, 10},
                new double[]{100, 30, 25, 20, 15});
        assertEquals("The elbow moves with the seed: the inertia curves of 3 seeds bend at k = 3: 2 seeds (66.7%),"
                + " k = 4: 1 (33.3%).", ElbowReport.sentences(moved).getFirst());
    }

    @Test
    void saysWhenEverySeedAgrees() {
        ElbowResult same = study(new double[]{100, 20, 15, 10, 5}, new double[]{90, 25, 15, 12, 6});
        assertEquals("All 2 seeds' inertia curves bend at the same k = 3: here the elbow does not depend on the seed.",
                ElbowReport.sentences(same).getFirst());
    }

    @Test
    void saysWhenNoCurveBends() {
        ElbowResult straight = study(new double[]{50, 40, 30, 20, 10});
        assertTrue(ElbowReport.sentences(straight).getFirst().startsWith("No seed's inertia curve bends"));
        assertTrue(ElbowReport.sentences(straight).get(1).startsWith("The median curve bends at no k"));
    }

    @Test
    void tableRowsShowBandsAndSpread() {
        ElbowResult result = study(new double[]{100, 20, 15, 10, 5}, new double[]{100, 30, 15, 10, 5.0001},
                new double[]{100, 40, 15, 12, 5});
        List<List<String>> rows = ElbowReport.rows(result);
        // the third curve, scaled, lies .382 below the chord at k = 3 and .395 at k = 4: its elbow is k = 4
        assertEquals(List.of("3", "20.0000", "30.0000", "40.0000", "100.00%", "0.1000", "0.1100", "0.1200", "2", "0"),
                rows.get(1));
        assertEquals("0", rows.get(2).get(4));
        assertEquals("<0.01%", rows.get(4).get(4));
        assertEquals(10, ElbowReport.header(result).size(), "no ARI column without labels");
    }
}
