package dev.basin.chart;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keeps the chart package in its place: it reads the analysis and never the report or command line, uses
 * no CSV or command-line library, and only {@link ChartWriter} touches files or encoders; the chart
 * classes build objects and nothing else.
 */
class ChartPackageTest {
    private static final Path CHART = Path.of("src/main/java/dev/basin/chart");
    private static final List<String> FORBIDDEN = List.of("dev.basin.report", "dev.basin.cli", "tech.tablesaw",
            "picocli");
    private static final List<String> IO = List.of("java.io", "java.nio", "javax.imageio",
            "org.knowm.xchart.BitmapEncoder", "org.knowm.xchart.VectorGraphicsEncoder", "org.knowm.xchart.SwingWrapper");

    @Test
    void importsOnlyDownwardsAndOnlyTheWriterDoesIo() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.list(CHART)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                boolean writer = file.getFileName().toString().equals("ChartWriter.java");
                for (String line : Files.readAllLines(file)) {
                    if (!line.startsWith("import ")) {
                        continue;
                    }
                    for (String forbidden : FORBIDDEN) {
                        if (line.contains(" " + forbidden)) {
                            violations.add(file.getFileName() + ": " + line);
                        }
                    }
                    for (String io : IO) {
                        if (!writer && line.contains(" " + io)) {
                            violations.add(file.getFileName() + ": " + line);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
