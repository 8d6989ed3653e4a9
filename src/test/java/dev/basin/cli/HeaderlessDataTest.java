package dev.basin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --no-header} and {@code --delimiter whitespace} from the command line. */
class HeaderlessDataTest {
    @TempDir
    Path dir;

    @Test
    void aWhitespaceSeparatedFileWithoutHeader() throws IOException {
        Path data = Files.writeString(dir.resolve("pts.txt"), " 1 1\n 1.5  2\n8 8\n9\t8.5\n1 0.5\n");
        Path out = dir.resolve("fit");
        Cli result = Cli.run("fit", data.toString(), "-k", "2", "--no-header", "--delimiter", "whitespace",
                "--random-state", "1", "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("5 rows × 2 features"), result.out());
        assertTrue(result.out().contains("--no-header"), "the replay command keeps the option: " + result.out());
        assertEquals("cluster,x1,x2", Files.readAllLines(out.resolve("centers.csv")).getFirst());
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"delimiter\": \"whitespace\""), summary);
        assertTrue(summary.contains("\"header\": false"), summary);

        Cli verify = Cli.run("verify", out.toString());
        assertEquals(0, verify.exitCode(), verify.out() + verify.err());
    }

    @Test
    void anUnknownDelimiterIsOneLine() {
        Cli result = Cli.run("fit", "datasets/iris.csv", "-k", "2", "--delimiter", "pipe");
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode());
        assertTrue(result.errLine().contains("--delimiter must be ',', ';', 'tab' or 'whitespace'"), result.err());
    }
}
