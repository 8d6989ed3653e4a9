package dev.basin.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The sweep benchmark's options. Each can be given as an argument ({@code --seeds 200}) or as a system
 * property ({@code -Dbench.seeds=200}); an argument wins over a property, a property over the default.
 * {@code --help} lists them.
 *
 * @param seeds        seeds per initializer in a measured sweep (default 1000)
 * @param repetitions  measured sweeps (default 5)
 * @param warmups      untimed sweeps before them, so the JIT has compiled the engine (default 2)
 * @param warmupSeeds  seeds per initializer in a warm-up sweep (default 100)
 * @param threads      threads of each sweep, 0 for all cores (default 0)
 * @param spread       standard deviation of the blobs' noise (default 5, see {@link SweepBenchmark})
 * @param labels       whether the data keeps its true labels, so every run also computes its ARI against
 *                     them as {@code basin sweep --label-column} does (default true; false leaves that out)
 */
record BenchOptions(int seeds, int repetitions, int warmups, int warmupSeeds, int threads, double spread,
                    boolean labels) {
    private static final Map<String, String> DEFAULTS = defaults();
    private static final Map<String, String> MEANINGS = Map.of(
            "seeds", "seeds per initializer in a timed sweep",
            "repetitions", "timed sweeps",
            "warmups", "untimed sweeps first",
            "warmup-seeds", "seeds per initializer in an untimed sweep",
            "threads", "threads per sweep, 0 for all cores",
            "spread", "standard deviation of the blobs' noise",
            "labels", "keep the true labels, so each run computes its ARI (true or false)");

    BenchOptions {
        if (seeds < 1 || repetitions < 1 || warmups < 0 || warmupSeeds < 1 || threads < 0
                || !(spread >= 0) || Double.isInfinite(spread)) {
            throw new IllegalArgumentException("options out of range: seeds " + seeds + ", repetitions "
                    + repetitions + ", warmups " + warmups + ", warmup-seeds " + warmupSeeds + ", threads " + threads
                    + ", spread " + spread);
        }
    }

    static BenchOptions parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        DEFAULTS.forEach((name, fallback) -> values.put(name, System.getProperty("bench." + name, fallback)));
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!values.containsKey(name) || i + 1 == args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i]
                        + "; --help lists the options");
            }
            values.put(name, args[++i]);
        }
        return new BenchOptions(Integer.parseInt(values.get("seeds")), Integer.parseInt(values.get("repetitions")),
                Integer.parseInt(values.get("warmups")), Integer.parseInt(values.get("warmup-seeds")),
                Integer.parseInt(values.get("threads")), Double.parseDouble(values.get("spread")),
                parseBoolean(values.get("labels")));
    }

    /** Whether the arguments ask for {@link #usage()} instead of a run. */
    static boolean wantsHelp(String[] args) {
        return Arrays.asList(args).contains("--help");
    }

    /** One line per option: name, default, meaning. */
    static String usage() {
        StringBuilder text = new StringBuilder("SweepBenchmark options (arguments, or system properties bench.NAME):\n");
        DEFAULTS.forEach((name, fallback) -> text.append(String.format(Locale.ROOT, "  --%-13s %-5s %s%n", name,
                fallback, MEANINGS.get(name))));
        return text.toString();
    }

    /** Threads a sweep actually uses. */
    int threadCount() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    private static boolean parseBoolean(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("labels must be true or false, got " + text);
        };
    }

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("seeds", "1000");
        defaults.put("repetitions", "5");
        defaults.put("warmups", "2");
        defaults.put("warmup-seeds", "100");
        defaults.put("threads", "0");
        defaults.put("spread", "5");
        defaults.put("labels", "true");
        return defaults;
    }
}
