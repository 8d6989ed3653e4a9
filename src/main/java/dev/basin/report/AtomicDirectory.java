package dev.basin.report;

import dev.basin.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An output directory written all at once: files go into a hidden temporary sibling, and {@link #commit}
 * renames it into place, so a reader never sees a half-written result and a failed run leaves nothing
 * behind. An existing directory is replaced only when the user forced it.
 */
public final class AtomicDirectory implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final boolean force;
    private boolean committed;

    private AtomicDirectory(Path target, Path staging, boolean force) {
        this.target = target;
        this.staging = staging;
        this.force = force;
    }

    /**
     * Fails with one clear line if {@code target} exists and {@code force} is false. Call before long work.
     *
     * @param target the output directory the user asked for
     * @param force  whether an existing directory may be replaced
     * @throws InvalidInputException if {@code target} exists and may not be replaced, or is not a directory
     */
    public static void checkWritable(Path target, boolean force) {
        if (Files.exists(target) && !force) {
            throw new InvalidInputException("output directory " + target + " already exists; choose another --out or add --force to replace it");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InvalidInputException(target + " exists and is not a directory; choose another --out");
        }
    }

    /**
     * Starts writing {@code target}.
     *
     * @param target the output directory the user asked for; its parent directories are created
     * @param force  whether an existing directory may be replaced on {@link #commit}
     * @return the directory being built; close it, so that an uncommitted one is removed
     * @throws InvalidInputException if {@code target} may not be written or the temporary directory cannot
     *                               be created
     */
    public static AtomicDirectory create(Path target, boolean force) {
        checkWritable(target, force);
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
            return new AtomicDirectory(absolute, staging, force);
        } catch (IOException e) {
            throw new InvalidInputException("cannot create output directory " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes one text file (UTF-8) into the directory being built.
     *
     * @param name    the file's name inside the directory, e.g. {@code runs.csv}
     * @param content the whole text of the file
     */
    public void write(String name, String content) {
        try {
            Files.writeString(staging.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A path inside the directory being built, for writers that stream.
     *
     * @param name the file's name inside the directory
     * @return its path in the temporary directory; it moves with the directory on {@link #commit}
     */
    public Path resolve(String name) {
        return staging.resolve(name);
    }

    /**
     * Moves the finished directory into place (replacing an existing one when forced).
     *
     * @return the absolute path of the output directory
     * @throws InvalidInputException if the directory appeared meanwhile and may not be replaced
     */
    public Path commit() {
        try {
            Path old = null;
            if (Files.exists(target)) {
                if (!force) {
                    throw new InvalidInputException("output directory " + target + " appeared while Basin was running; nothing was replaced (add --force to replace it)");
                }
                old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
                move(target, old);
            }
            move(staging, target);
            committed = true;
            if (old != null) {
                deleteTree(old);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Removes the staging directory if it was not committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException ignored) {
                // best effort: a leftover hidden .partial directory is harmless
            }
        }
    }

    /**
     * Deletes a directory and everything in it; nothing happens when it does not exist.
     *
     * @param root the directory
     * @throws IOException when a file cannot be deleted
     */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
