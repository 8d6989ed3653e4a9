package dev.basin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every property test names its seed, so the suite draws the same cases on every run and machine: a
 * failure in CI is one anyone can repeat, and a green suite stays green. (A property found failing with a
 * new seed is kept by adding that case as an example.)
 */
class SeededPropertiesTest {
    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern PROPERTY = Pattern.compile("^\\s*@Property\\b(\\([^)]*\\))?");

    @Test
    void everyPropertyNamesItsSeed() throws IOException {
        List<String> unseeded = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String[] lines = Files.readString(file).split("\n", -1);
                for (int n = 0; n < lines.length; n++) {
                    Matcher m = PROPERTY.matcher(lines[n]);
                    if (m.find() && (m.group(1) == null || !m.group(1).contains("seed"))) {
                        unseeded.add(TESTS.relativize(file) + ":" + (n + 1));
                    }
                }
            }
        }
        assertEquals(List.of(), unseeded, "properties without seed = \"...\"");
    }
}
