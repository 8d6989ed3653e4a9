package dev.basin.cli;

import dev.basin.report.AtomicDirectory;
import dev.basin.report.Json;

/** Writes a finished sweep's files into an output directory being built. */
final class SweepFiles {
    static final String[] NAMES = {"runs.csv", "basins.csv", "restarts.csv", "traces.csv", "summary.json"};

    private SweepFiles() {
    }

    static void write(AtomicDirectory dir, SweepOptions.Finished sweep, boolean keepLabels) {
        dir.write("runs.csv", sweep.outputs().runsCsv());
        dir.write("basins.csv", sweep.outputs().basinsCsv());
        dir.write("restarts.csv", sweep.outputs().restartsCsv());
        dir.write("traces.csv", sweep.outputs().tracesCsv());
        dir.write("summary.json", Json.write(sweep.outputs().summary()));
        if (keepLabels) {
            dir.write("basin_labels.csv", BasinLabelsCsv.write(sweep.prepared().scaled().data(),
                    sweep.prepared().config(), sweep.result()));
        }
    }
}
