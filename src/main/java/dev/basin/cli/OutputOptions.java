package dev.basin.cli;

import dev.basin.InvalidInputException;
import dev.basin.report.AtomicDirectory;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;

/** Where and how results go: {@code --out}, {@code --force}, {@code --format}. */
final class OutputOptions {
    @Option(names = "--out", paramLabel = "DIR",
            description = "Write the result files into DIR (written whole or not at all; refused if DIR exists, unless --force).")
    Path out;

    @Option(names = "--force", description = "Replace an existing --out directory.")
    boolean force;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What to print on stdout: text (for people) or json (the summary.json document). Default: ${DEFAULT-VALUE}.")
    String format;

    boolean json() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new InvalidInputException("--format must be text or json, got '" + format + "'");
        };
    }

    /** Fails fast, before any work, when the output cannot be written. */
    void checkBeforeRunning() {
        json();
        if (out != null) {
            AtomicDirectory.checkWritable(out, force);
        }
    }
}
