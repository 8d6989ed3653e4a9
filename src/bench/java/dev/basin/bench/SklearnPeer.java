package dev.basin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * scikit-learn run side by side: {@code src/bench/python/bench_sklearn.py} under Debian's
 * {@code /usr/bin/python3}, one JSON object per line. Absent (empty results) when scikit-learn is not
 * installed.
 */
final class SklearnPeer {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/bench/python/bench_sklearn.py");

    private SklearnPeer() {
    }

    static boolean available() {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import sklearn").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The JSON lines of one mode ("m1" or "m2") for one set, the "prepared" line left out. */
    static List<String> run(BenchShape shape, String mode, int reps) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PYTHON.toString(), SCRIPT.toString(), "--data", shape.base().toString(),
                "--mode", mode, "--algo", "lloyd", "--reps", Integer.toString(reps))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("scikit-learn peer failed on " + shape.name());
        }
        List<String> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.contains("\"mode\": \"" + mode + "\"")) {
                lines.add(line);
            }
        }
        return lines;
    }

    static List<Double> numbers(List<String> lines, String key) {
        List<Double> values = new ArrayList<>();
        Pattern pattern = Pattern.compile("\"" + key + "\": ([-0-9.eE+]+)");
        for (String line : lines) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                values.add(Double.parseDouble(m.group(1)));
            }
        }
        return values;
    }

    /** Peak resident memory, in MB, of {@code command} under GNU time, when it is installed. */
    static Optional<Double> peakMegabytes(List<String> command) throws IOException, InterruptedException {
        Path time = Path.of("/usr/bin/time");
        if (!Files.isExecutable(time)) {
            return Optional.empty();
        }
        List<String> full = new ArrayList<>(List.of(time.toString(), "-v"));
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("failed: " + String.join(" ", command) + "\n" + err);
        }
        Matcher m = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)").matcher(err);
        return m.find() ? Optional.of(Long.parseLong(m.group(1)) / 1024.0) : Optional.empty();
    }
}
