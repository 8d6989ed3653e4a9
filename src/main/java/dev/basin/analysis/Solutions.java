package dev.basin.analysis;

import dev.basin.data.Dataset;
import dev.basin.kmeans.RunResult;

/** Two clusterings of the same data, ready to be drawn side by side with matched cluster colors. */
public final class Solutions {
    /** Rows drawn at most; larger data is thinned to every m-th row (the same rows in both pictures). */
    public static final int MAX_POINTS = 20_000;

    private Solutions() {
    }

    /**
     * The first run as it is and the second with its clusters renamed after the first's nearest-matching
     * clusters ({@link ClusterMatching}), both on the same plane ({@link PlaneProjection} of {@code data}).
     *
     * @param data        the clustered rows, in the units the runs were fitted in
     * @param first       the run drawn first; its cluster numbers are kept
     * @param firstTitle  the first picture's title
     * @param second      the run drawn second; its clusters take the numbers of the first's nearest clusters
     * @param secondTitle the second picture's title
     * @return the two pictures, in order, with the same rows (at most {@link #MAX_POINTS}) at the same places
     */
    public static Solution[] sideBySide(Dataset data, RunResult first, String firstTitle, RunResult second,
                                        String secondTitle) {
        PlaneProjection plane = PlaneProjection.of(data);
        int[] mapping = ClusterMatching.match(first.centers(), second.centers(), data.dims());
        int[] secondLabels = ClusterMatching.relabel(second.labels(), mapping);
        double[] secondCenters = ClusterMatching.reorder(second.centers(), data.dims(), mapping);
        int step = Math.max(1, (data.rows() + MAX_POINTS - 1) / MAX_POINTS);
        int kept = (data.rows() + step - 1) / step;
        double[] rows = new double[kept * data.dims()];
        int[] firstKept = new int[kept];
        int[] secondKept = new int[kept];
        for (int i = 0, r = 0; i < data.rows(); i += step, r++) {
            System.arraycopy(data.values(), i * data.dims(), rows, r * data.dims(), data.dims());
            firstKept[r] = first.labels()[i];
            secondKept[r] = secondLabels[i];
        }
        double[] points = plane.project(rows);
        return new Solution[]{
                new Solution(firstTitle, plane.xLabel(), plane.yLabel(), points, firstKept, plane.project(first.centers())),
                new Solution(secondTitle, plane.xLabel(), plane.yLabel(), points, secondKept, plane.project(secondCenters))};
    }
}
