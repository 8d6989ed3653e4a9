package dev.basin.bench;

import dev.basin.analysis.InitSummary;
import dev.basin.analysis.SweepResult;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/** The benchmark's one table: timings of the measured sweeps, what the runs found, and where it ran. */
final class BenchReport {
    /** The goal from the issue: the whole 1,000-seed × 2-initializer sweep in under 10 s on 2 cores. */
    static final double GOAL_SECONDS = 10.0;

    private BenchReport() {
    }

    static void print(PrintStream out, BenchOptions options, SweepResult result, Timings timings,
                      double loadBefore) {
        double[] seconds = timings.wall();
        double[] cpuSeconds = timings.cpu();
        int runs = result.runs().size();
        double[] sorted = sorted(seconds);
        double median = median(sorted);
        double min = sorted[0];
        int cores = Runtime.getRuntime().availableProcessors();

        out.println("Basin sweep benchmark");
        line(out, "data", "blobs(n %d, k %d, dims %d, spread %s, seed %d), %s", SweepBenchmark.ROWS,
                SweepBenchmark.CLUSTERS, SweepBenchmark.DIMS, number(options.spread()), SweepBenchmark.DATA_SEED,
                options.labels() ? "with labels (ARI per run)" : "without labels");
        line(out, "sweep", "%d seeds × %d initializers = %d runs; %s of %d seeds untimed, then %s timed",
                options.seeds(), result.summaries().size(), runs, sweeps(options.warmups()), options.warmupSeeds(),
                sweeps(seconds.length));
        line(out, "threads", "%d (of %d cores)", options.threadCount(), cores);
        line(out, "java", "%s, %s (%s)", Runtime.version(), System.getProperty("java.vm.name"),
                System.getProperty("java.home"));
        // Other work on the machine slows the sweep down; the load average hints whether there was any. It
        // counts this benchmark's own threads too, so alone on the machine it nears the thread count at the end.
        line(out, "load", "1-minute load average %.2f before warm-up, %.2f after the last sweep (its own included)",
                loadBefore, loadAverage());
        out.println();
        line(out, "wall s", "median %.3f, min %.3f (each: %s)", median, min, list(seconds));
        line(out, "runs/s", "median %.0f, best %.0f", runs / median, runs / min);
        // The runs spread over the threads; the data check before them and the analysis after them (basins,
        // summaries) run on one thread.
        line(out, "parts", "median %.3f s running K-means, %.3f s around it (data check, analysis)",
                median(sorted(timings.runs())), median(sorted(timings.rest())));
        // CPU time over wall time: close to the thread count when the sweep had the cores to itself, lower when
        // other processes took turns on them.
        if (sum(cpuSeconds) > 0) {
            line(out, "cpu s", "median %.3f, so %.2f cores busy on average", median(sorted(cpuSeconds)),
                    sum(cpuSeconds) / sum(seconds));
        }
        if (options.seeds() == 1000) {
            line(out, "goal", "whole sweep under %.0f s on 2 cores: %s (median, %d threads)", GOAL_SECONDS,
                    median < GOAL_SECONDS ? "met" : "not met", options.threadCount());
        }
        out.println();
        out.printf(Locale.ROOT, "%-10s %10s %10s %11s %7s%n", "init", "mean iter", "max iter", "best basin",
                "basins");
        for (InitSummary s : result.summaries()) {
            out.printf(Locale.ROOT, "%-10s %10.2f %10d %10.1f%% %7d%n", s.init(), s.meanIterations(),
                    s.maxIterations(), 100 * s.shareBest(), s.basins());
        }
    }

    /** The system's 1-minute load average, or NaN where the platform has none. */
    static double loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? Double.NaN : load;
    }

    /** CPU time of every thread of this process so far, in nanoseconds (JIT and GC threads included). */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static String sweeps(int count) {
        return count + (count == 1 ? " sweep" : " sweeps");
    }

    private static double[] sorted(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void line(PrintStream out, String label, String format, Object... values) {
        out.printf(Locale.ROOT, "%-8s %s%n", label, String.format(Locale.ROOT, format, values));
    }

    private static String list(double[] seconds) {
        StringBuilder text = new StringBuilder();
        for (double s : seconds) {
            text.append(text.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.3f", s));
        }
        return text.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
