package dev.basin.bench;

/**
 * Per measured sweep, in seconds.
 *
 * @param wall the whole sweep on the wall clock, from {@code Sweep.run} called to result returned
 * @param runs the part spent running K-means (the sweep's own {@code seconds()}), on all threads
 * @param cpu  CPU time of the whole process during the sweep, all threads added up
 */
record Timings(double[] wall, double[] runs, double[] cpu) {

    /** Wall seconds around the runs: the data check before them and the analysis into basins and summaries after. */
    double[] rest() {
        double[] rest = new double[wall.length];
        for (int i = 0; i < wall.length; i++) {
            rest[i] = wall[i] - runs[i];
        }
        return rest;
    }
}
