package dev.basin.bench;

import dev.basin.data.Dataset;
import dev.basin.kmeans.Algorithm;
import dev.basin.kmeans.FitResult;
import dev.basin.kmeans.KMeans;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.RunResult;
import dev.basin.kmeans.init.ExplicitCenters;
import dev.basin.kmeans.init.InitialCenters;
import dev.basin.kmeans.init.KMeansPlusPlus;
import dev.basin.kmeans.kernel.DistanceKernel;
import dev.basin.random.Seeds;
import smile.clustering.CentroidClustering;
import smile.clustering.Clustering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The engine benchmark: Basin's variants against Smile (same JVM) and scikit-learn (side by side, same
 * invocation) on the shapes B1–B4, as medians of repeated measurements after a warm-up.
 * <ul>
 *   <li>M1: ms per Lloyd iteration from fixed k-means++ centers, (t(20 iterations) − t(1)) / (iterations − 1),
 *       so fixed per-fit costs cancel (scikit-learn's peer measures the same way);</li>
 *   <li>M2: wall seconds of a 10-restart fit with k-means++ and the default tolerance (1e-4), and its best
 *       inertia;</li>
 *   <li>counted distance evaluations per iteration (M1) per variant, the k-means++ seeding time, and with
 *       {@code --memory}, peak resident memory of {@code basin fit} with 10 restarts on B3 from CSV beside
 *       scikit-learn's M2 on the same data.</li>
 * </ul>
 * Each shape is measured in a fresh JVM (see {@link #measureInFreshJvm}); {@code --in-process} keeps them in one.
 * Run: {@code mvn -q -Pbench -DskipTests verify -Dbench.main=dev.basin.bench.EngineBenchmark -Dbench.heap=6g
 * -Dbench.args="--data /tmp/kbench"}. Data: {@code /usr/bin/python3 src/bench/python/gen_data.py --out /tmp/kbench}
 * (done automatically when missing).
 */
public final class EngineBenchmark {
    private static final List<Algorithm> VARIANTS = List.of(Algorithm.LLOYD, Algorithm.HAMERLY, Algorithm.ELKAN,
            Algorithm.AUTO);
    private static final int THREADS = 2;

    private final Map<String, Map<String, String>> table = new LinkedHashMap<>();
    private final List<String> shapes = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path data = Path.of("/tmp/kbench");
        List<String> only = List.of("B1", "B2", "B3", "B4");
        int reps = 3;
        boolean sklearn = true;
        boolean smile = true;
        boolean memory = false;
        List<String> modes = List.of("m1", "m2");
        boolean inProcess = false;
        boolean child = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--in-process" -> inProcess = true;
                case "--child" -> child = true;
                case "--data" -> data = Path.of(args[++i]);
                case "--only" -> only = List.of(args[++i].split(","));
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--no-sklearn" -> sklearn = false;
                case "--no-smile" -> smile = false;
                case "--memory" -> memory = true;
                case "--modes" -> modes = List.of(args[++i].split(","));
                case "--help" -> {
                    System.out.println("options: --data DIR (default /tmp/kbench) --only B1,B2 --reps N (3) "
                            + "--no-sklearn --no-smile --memory --modes m1,m2 --in-process (all shapes in one JVM)");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ensureData(data, only);
        sklearn = sklearn && SklearnPeer.available();
        System.out.printf(Locale.ROOT, "Basin engine benchmark: kernel %s, %d threads, %d cores, Java %s%s%n",
                DistanceKernel.fastest().name(), THREADS, Runtime.getRuntime().availableProcessors(),
                Runtime.version(), sklearn ? ", scikit-learn side by side" : ", without scikit-learn");
        EngineBenchmark bench = new EngineBenchmark();
        for (String name : only) {
            if (inProcess || child || only.size() == 1) {
                bench.measure(BenchShape.read(data, name), reps, sklearn, smile, modes);
            } else {
                bench.measureInFreshJvm(name, args);
            }
        }
        if (child) {
            bench.printRows();
            return;
        }
        if (memory && only.contains("B3")) {
            bench.measureMemory(BenchShape.read(data, "B3"), sklearn);
        }
        bench.print();
    }

    private static void ensureData(Path data, List<String> only) throws IOException, InterruptedException {
        boolean missing = only.stream().anyMatch(n -> !Files.exists(data.resolve(n + ".f64")));
        if (missing) {
            System.out.println("generating " + String.join(",", only) + " into " + data + " ...");
            Process p = new ProcessBuilder("/usr/bin/python3", "src/bench/python/gen_data.py", "--out", data.toString(),
                    "--only", String.join(",", only)).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("gen_data.py failed (needs Debian's python3-numpy)");
            }
        }
    }

    /**
     * Measures one shape in a JVM of its own, as a user's run of Basin would be: a JVM that has run other
     * shapes first has compiled the hot loops for their dimensions and cluster counts, which measured up to
     * 30% slower on the next shape (B3's Lloyd iteration after B1 and B2). The child gets this JVM's options
     * and classpath, and hands its table rows back on standard output.
     */
    private void measureInFreshJvm(String name, String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), EngineBenchmark.class.getName()));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--only" -> i++;
                case "--memory" -> { }
                default -> command.add(args[i]);
            }
        }
        command.addAll(List.of("--only", name, "--child"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        shapes.add(name);
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] cells = line.split("\t", -1);
                if (cells.length == 4 && cells[0].equals(ROW_MARK)) {
                    put(cells[1], cells[2], cells[3]);
                } else if (!line.startsWith("Basin engine benchmark:") && !line.startsWith("WARNING")) {
                    System.out.println(line);
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IOException("the benchmark of " + name + " failed (exit " + process.exitValue() + ")");
        }
    }

    /** Marks a table row printed by a child JVM for its parent. */
    private static final String ROW_MARK = "ROW";

    private void printRows() {
        for (Map.Entry<String, Map<String, String>> row : table.entrySet()) {
            for (Map.Entry<String, String> cell : row.getValue().entrySet()) {
                System.out.println(ROW_MARK + "\t" + row.getKey() + "\t" + cell.getKey() + "\t" + cell.getValue());
            }
        }
    }

    private void put(String row, String shape, String value) {
        table.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(shape, value);
    }

    private void measure(BenchShape shape, int reps, boolean sklearn, boolean smile, List<String> modes) throws Exception {
        shapes.add(shape.name());
        System.out.printf(Locale.ROOT, "%s: n=%d d=%d k=%d%n", shape.name(), shape.rows(), shape.dims(), shape.k());
        Dataset data = shape.load();
        int k = shape.k();
        KMeansConfig base = KMeansConfig.defaults(k).withThreads(THREADS).withNInit(1);

        // k-means++ seeding (greedy, 2 + ln k trials, as scikit-learn)
        int warmUps = 8; // the JIT compiles the seeding loops over several calls in a fresh JVM
        double[] seeding = new double[warmUps + reps];
        InitialCenters initial = null;
        for (int r = 0; r < seeding.length; r++) {
            long t0 = System.nanoTime();
            initial = KMeansPlusPlus.greedy().choose(data, k, Seeds.generator(42 + r));
            seeding[r] = (System.nanoTime() - t0) / 1e6;
        }
        put("k-means++ seeding, ms: Basin", shape.name(), fmt(median(Arrays.copyOfRange(seeding, warmUps, seeding.length))));
        double[] centers0 = initial.centers();

        // M1 per variant
        double bestM1 = Double.POSITIVE_INFINITY;
        double lloydM1 = Double.NaN;
        // every variant's code is compiled before any is timed, so the first one measured is not penalized
        for (Algorithm algorithm : modes.contains("m1") ? VARIANTS : List.<Algorithm>of()) {
            KMeans.fit(data, base.withInit(new ExplicitCenters(centers0, "bench")).withTol(0).withAlgorithm(algorithm)
                    .withMaxIter(20));
        }
        for (Algorithm algorithm : modes.contains("m1") ? VARIANTS : List.<Algorithm>of()) {
            KMeansConfig config = base.withInit(new ExplicitCenters(centers0, "bench")).withTol(0).withAlgorithm(algorithm);
            double[] perIteration = new double[reps];
            long distancesPerIteration = 0;
            String chosen = "";
            for (int r = -1; r < reps; r++) { // r = -1 warms up
                long t0 = System.nanoTime();
                RunResult twenty = KMeans.fit(data, config.withMaxIter(20)).best();
                long t1 = System.nanoTime();
                RunResult one = KMeans.fit(data, config.withMaxIter(1)).best();
                long t2 = System.nanoTime();
                if (r >= 0) {
                    int iterations = Math.max(2, twenty.iterations());
                    perIteration[r] = ((t1 - t0) - (t2 - t1)) / 1e6 / (iterations - 1);
                    distancesPerIteration = (twenty.distanceComputations() - one.distanceComputations()) / (iterations - 1);
                    chosen = twenty.algorithm();
                }
            }
            double m1 = median(perIteration);
            String label = algorithm == Algorithm.AUTO ? "auto (" + chosen + ")" : algorithm.label();
            put("M1 ms/iteration: Basin " + algorithm.label(), shape.name(), fmt(m1) + (algorithm == Algorithm.AUTO ? " " + chosen : ""));
            put("distances/iteration: Basin " + algorithm.label(), shape.name(), String.format(Locale.ROOT, "%.3g", (double) distancesPerIteration));
            System.out.printf(Locale.ROOT, "  M1 %-16s %8s ms/iteration, %,d distances/iteration%n", label, fmt(m1), distancesPerIteration);
            bestM1 = Math.min(bestM1, m1);
            if (algorithm == Algorithm.LLOYD) {
                lloydM1 = m1;
            }
        }

        // M2 per variant
        double bestM2 = Double.POSITIVE_INFINITY;
        double bestInertia = Double.NaN;
        for (Algorithm algorithm : modes.contains("m2") ? VARIANTS : List.<Algorithm>of()) {
            KMeansConfig config = KMeansConfig.defaults(k).withNInit(10).withRandomState(42L).withThreads(THREADS)
                    .withAlgorithm(algorithm);
            List<Double> wall = new ArrayList<>();
            FitResult fit = null;
            for (int r = -1; r < reps; r++) {
                long t0 = System.nanoTime();
                fit = KMeans.fit(data, config);
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (r >= 0 || seconds > 20) {
                    wall.add(seconds); // a run this slow is its own warm-up: one measurement is enough
                }
                if (seconds > 20) {
                    break;
                }
            }
            double m2 = median(wall);
            put("M2 s (10 restarts): Basin " + algorithm.label(), shape.name(), fmt(m2));
            System.out.printf(Locale.ROOT, "  M2 %-16s %8s s, best inertia %.10g%n", algorithm.label(), fmt(m2), fit.best().inertia());
            bestM2 = Math.min(bestM2, m2);
            bestInertia = fit.best().inertia();
        }
        put("M2 best inertia: Basin", shape.name(), String.format(Locale.ROOT, "%.10g", bestInertia));

        if (smile) {
            measureSmile(shape, data, reps);
        }
        if (sklearn) {
            List<String> m1 = SklearnPeer.run(shape, "m1", reps);
            double skM1 = median(SklearnPeer.numbers(m1, "per_iter_ms"));
            double skInit = median(SklearnPeer.numbers(m1, "init_ms"));
            List<String> m2 = SklearnPeer.run(shape, "m2", reps);
            double skM2 = median(SklearnPeer.numbers(m2, "wall_s"));
            double skInertia = SklearnPeer.numbers(m2, "best_inertia").getFirst();
            put("M1 ms/iteration: scikit-learn lloyd", shape.name(), fmt(skM1));
            put("M2 s (10 restarts): scikit-learn lloyd", shape.name(), fmt(skM2));
            put("M2 best inertia: scikit-learn", shape.name(), String.format(Locale.ROOT, "%.10g", skInertia));
            put("k-means++ seeding, ms: scikit-learn", shape.name(), fmt(skInit));
            put("ratio M1 best Basin / scikit-learn", shape.name(), fmt(bestM1 / skM1));
            put("ratio M1 Basin lloyd / scikit-learn", shape.name(), fmt(lloydM1 / skM1));
            put("ratio M2 best Basin / scikit-learn", shape.name(), fmt(bestM2 / skM2));
            put("M2 best inertia, Basin relative to scikit-learn", shape.name(),
                    String.format(Locale.ROOT, "%+.2e", (bestInertia - skInertia) / skInertia));
            System.out.printf(Locale.ROOT, "  scikit-learn: M1 %s ms/iteration, M2 %s s, seeding %s ms%n", fmt(skM1), fmt(skM2), fmt(skInit));
        }
    }

    private void measureSmile(BenchShape shape, Dataset data, int reps) {
        double[][] rows = shape.rowsForSmile(data);
        int k = shape.k();
        for (String method : List.of("lloyd", "fit")) {
            double[] perIteration = new double[reps];
            for (int r = -1; r < reps; r++) {
                smile.math.MathEx.setSeed(42 + Math.max(r, 0));
                long t0 = System.nanoTime();
                run(method, rows, new Clustering.Options(k, 20, 0.0, null));
                long t1 = System.nanoTime();
                smile.math.MathEx.setSeed(42 + Math.max(r, 0));
                run(method, rows, new Clustering.Options(k, 1, 0.0, null));
                long t2 = System.nanoTime();
                if (r >= 0) {
                    perIteration[r] = ((t1 - t0) - (t2 - t1)) / 1e6 / 19;
                }
            }
            put("M1 ms/iteration: Smile KMeans." + method, shape.name(), fmt(median(perIteration)));
            smile.math.MathEx.setSeed(42);
            long t0 = System.nanoTime();
            double best = Double.POSITIVE_INFINITY;
            int restarts = 0;
            // Smile has no n_init: ten fits in a row. When they are slow, the first few give the estimate.
            while (restarts < 10 && (restarts < 2 || (System.nanoTime() - t0) / 1e9 < 30)) {
                best = Math.min(best, run(method, rows, new Clustering.Options(k, 300, 1e-4, null)).distortion());
                restarts++;
            }
            double wall = (System.nanoTime() - t0) / 1e9 * 10 / restarts;
            if (restarts < 10) {
                System.out.printf(Locale.ROOT, "  Smile KMeans.%s: M2 estimated from %d of 10 fits%n", method, restarts);
            }
            put("M2 s (10 restarts): Smile KMeans." + method, shape.name(), fmt(wall) + (restarts < 10 ? " *" : ""));
            System.out.printf(Locale.ROOT, "  Smile KMeans.%s: M1 %s ms/iteration, M2 %s s (best distortion %.10g)%n", method,
                    fmt(median(perIteration)), fmt(wall), best);
        }
    }

    private static CentroidClustering<double[], double[]> run(String method, double[][] rows, Clustering.Options options) {
        return method.equals("lloyd") ? smile.clustering.KMeans.lloyd(rows, options) : smile.clustering.KMeans.fit(rows, options);
    }

    private void measureMemory(BenchShape shape, boolean sklearn) throws Exception {
        // the launcher rebuilds target/basin.jar when the sources are newer: do that first, untimed
        if (new ProcessBuilder("./basin", "--version").inheritIO().start().waitFor() != 0) {
            throw new IOException("./basin --version failed");
        }
        Path out = Files.createTempDirectory("basin-bench-fit");
        Optional<Double> basin = SklearnPeer.peakMegabytes(List.of("./basin", "fit", shape.csv().toString(), "--no-header",
                "-k", Integer.toString(shape.k()), "--n-init", "10", "--random-state", "0", "-q", "--force", "--out",
                out.resolve("fit").toString()));
        basin.ifPresent(mb -> put("peak memory MB, fit 10 restarts from CSV: Basin", shape.name(), fmt(mb)));
        if (sklearn) {
            Optional<Double> peer = SklearnPeer.peakMegabytes(List.of("/usr/bin/python3", "src/bench/python/bench_sklearn.py",
                    "--data", shape.base().toString(), "--mode", "m2", "--algo", "lloyd", "--reps", "1"));
            peer.ifPresent(mb -> put("peak memory MB, M2: scikit-learn", shape.name(), fmt(mb)));
        }
    }

    private void print() {
        System.out.println();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "| %-52s |", "measure"));
        StringBuilder rule = new StringBuilder("|" + "-".repeat(54) + "|");
        for (String s : shapes) {
            header.append(String.format(Locale.ROOT, " %13s |", s));
            rule.append("-".repeat(14)).append(":|");
        }
        System.out.println(header);
        System.out.println(rule);
        for (Map.Entry<String, Map<String, String>> row : table.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %-52s |", row.getKey()));
            for (String s : shapes) {
                line.append(String.format(Locale.ROOT, " %13s |", row.getValue().getOrDefault(s, "")));
            }
            System.out.println(line);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.3g", v);
    }
}
