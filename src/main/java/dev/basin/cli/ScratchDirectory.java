package dev.basin.cli;

import dev.basin.report.AtomicDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A new temporary directory that is deleted with everything in it on {@link #close}, however the work ended. */
final class ScratchDirectory implements AutoCloseable {
    private final Path path;

    private ScratchDirectory(Path path) {
        this.path = path;
    }

    /** A new, empty directory in the system's temporary directory. */
    static ScratchDirectory create(String prefix) {
        try {
            return new ScratchDirectory(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            AtomicDirectory.deleteTree(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary directory " + path, e);
        }
    }
}
