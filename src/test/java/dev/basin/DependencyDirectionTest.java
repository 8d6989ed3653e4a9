package dev.basin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keeps the layering of DESIGN.md: the engine and the data model import no CSV, chart or command-line
 * library (Tablesaw only in {@code data.CsvLoader}), and lower layers never import higher ones.
 */
class DependencyDirectionTest {
    private static final Path MAIN = Path.of("src/main/java/dev/basin");

    /** Package → imports it must not have. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "random", List.of("tech.tablesaw", "org.knowm", "picocli", "smile", "dev.basin.data", "dev.basin.kmeans",
                    "dev.basin.analysis", "dev.basin.chart", "dev.basin.report", "dev.basin.cli"),
            "data", List.of("tech.tablesaw", "org.knowm", "picocli", "dev.basin.kmeans", "dev.basin.analysis",
                    "dev.basin.chart", "dev.basin.report", "dev.basin.cli"),
            "kmeans", List.of("tech.tablesaw", "org.knowm", "picocli", "dev.basin.analysis", "dev.basin.chart",
                    "dev.basin.report", "dev.basin.cli"),
            "analysis", List.of("tech.tablesaw", "org.knowm", "picocli", "dev.basin.chart", "dev.basin.report",
                    "dev.basin.cli"),
            "report", List.of("tech.tablesaw", "picocli", "dev.basin.cli"),
            "landscape", List.of("tech.tablesaw", "org.knowm", "picocli", "dev.basin.data", "dev.basin.kmeans",
                    "dev.basin.analysis", "dev.basin.chart", "dev.basin.report", "dev.basin.cli"));

    /**
     * The Vector API is an incubator module that a JVM only has when started with
     * {@code --add-modules jdk.incubator.vector}; one class may use it, and it is loaded only then.
     */
    @Test
    void onlyTheVectorKernelUsesTheIncubatorModule() throws IOException {
        List<String> users = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("jdk.incubator.vector.")) {
                    users.add(MAIN.relativize(file).toString());
                }
            }
        }
        assertEquals(List.of("kmeans/kernel/VectorDistanceKernel.java"), users);
    }

    @Test
    void layersImportOnlyDownwards() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, List<String>> rule : FORBIDDEN.entrySet()) {
            Path dir = MAIN.resolve(rule.getKey());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    boolean loader = file.getFileName().toString().equals("CsvLoader.java");
                    for (String line : Files.readAllLines(file)) {
                        if (!line.startsWith("import ")) {
                            continue;
                        }
                        for (String forbidden : rule.getValue()) {
                            if (line.contains(" " + forbidden) || line.contains("static " + forbidden)) {
                                if (!(loader && forbidden.equals("tech.tablesaw"))) {
                                    violations.add(MAIN.relativize(file) + ": " + line);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
