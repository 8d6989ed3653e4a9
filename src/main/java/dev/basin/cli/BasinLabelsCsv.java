package dev.basin.cli;

import dev.basin.InvalidInputException;
import dev.basin.analysis.SweepConfig;
import dev.basin.analysis.SweepResult;
import dev.basin.data.Dataset;

/** {@code basin_labels.csv} of {@code sweep --keep-labels}: {@code row, basin_1, basin_2, ...}. */
final class BasinLabelsCsv {
    private BasinLabelsCsv() {
    }

    static String write(Dataset data, SweepConfig config, SweepResult sweep) {
        if (sweep.basinLabels().isEmpty()) {
            throw new InvalidInputException("the basins' labels were not kept");
        }
        StringBuilder out = new StringBuilder("row");
        for (int b = 1; b <= sweep.basinLabels().size(); b++) {
            out.append(",basin_").append(b);
        }
        out.append('\n');
        for (int i = 0; i < data.rows(); i++) {
            out.append(i);
            for (int[] labels : sweep.basinLabels()) {
                out.append(',').append(labels[i]);
            }
            out.append('\n');
        }
        return out.toString();
    }
}
