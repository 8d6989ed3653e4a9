package dev.basin.cli;

import dev.basin.InvalidInputException;
import dev.basin.analysis.Elbow;
import dev.basin.analysis.ElbowConfig;
import dev.basin.analysis.ElbowResult;
import dev.basin.analysis.ElbowRule;
import dev.basin.analysis.Sweep;
import dev.basin.kmeans.init.ExplicitCenters;
import dev.basin.kmeans.init.Initializer;
import dev.basin.report.AtomicDirectory;
import dev.basin.report.ElbowOutputs;
import dev.basin.report.ElbowReport;
import dev.basin.report.ReportSection;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/** The elbow study {@code basin report --k-range} adds: run on the report's data, written beside the page. */
final class ElbowSection {
    private ElbowSection() {
    }

    /** Fails fast, before the sweep runs, on a k range or seed count that cannot work. */
    static void check(String kRange, int elbowSeeds) {
        if (kRange == null) {
            return;
        }
        ElbowConfig.parseKRange(kRange, "--k-range");
        if (elbowSeeds < 1) {
            throw new InvalidInputException("--elbow-seeds must be at least 1, got " + elbowSeeds);
        }
    }

    /**
     * Runs the study with the sweep's engine settings, first initializer and first {@code elbowSeeds} seeds,
     * writes its files into the report directory and its charts into {@code charts}, and returns the section.
     */
    static ReportSection write(String kRange, int elbowSeeds, SweepOptions.Prepared prepared, Map<String, Object> provenance,
                               AtomicDirectory dir, Path charts, Sweep.Progress progress) {
        int[] ks = ElbowConfig.parseKRange(kRange, "--k-range");
        Initializer init = prepared.config().inits().getFirst();
        if (init instanceof ExplicitCenters) {
            throw new InvalidInputException("--k-range runs the first --init at many k, but it is a centers file (one k);"
                    + " put a built-in initializer such as k-means++ first");
        }
        long[] sweepSeeds = prepared.config().seeds();
        long[] seeds = Arrays.copyOf(sweepSeeds, Math.min(elbowSeeds, sweepSeeds.length));
        ElbowConfig config = new ElbowConfig(prepared.config().engine().withInit(init), ks, seeds,
                ElbowConfig.DEFAULT_SILHOUETTE_SAMPLE, 0, ElbowRule.KNEEDLE);
        ElbowResult result = Elbow.run(prepared.scaled().data(), config, progress);
        new ElbowOutputs(result, prepared.scaled().data().features(), provenance).writeTo(dir);
        return ElbowReport.section(result, charts);
    }
}
