package dev.basin.report;

import dev.basin.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A few files written together, the single-file sibling of {@link AtomicDirectory}: each file is first
 * written whole into a hidden temporary file next to it, and only when all are written are they renamed into
 * place. A failure while writing leaves nothing behind; an existing file is replaced only when forced.
 */
public final class AtomicFiles {
    private final boolean force;
    private final Map<Path, String> contents = new LinkedHashMap<>();

    private AtomicFiles(boolean force) {
        this.force = force;
    }

    /**
     * Starts a set of files.
     *
     * @param force whether existing files may be replaced
     * @return an empty set
     */
    public static AtomicFiles create(boolean force) {
        return new AtomicFiles(force);
    }

    /**
     * Fails with one clear line if {@code target} exists and may not be replaced. Call before long work.
     *
     * @param target a file the user asked for
     * @param force  whether it may be replaced
     * @throws InvalidInputException if it exists and may not be replaced, or is a directory
     */
    public static void checkWritable(Path target, boolean force) {
        if (Files.isDirectory(target)) {
            throw new InvalidInputException(target + " is a directory; give a file name such as data.csv");
        }
        if (Files.exists(target) && !force) {
            throw new InvalidInputException(target + " already exists; choose another name or add --force to replace it");
        }
    }

    /**
     * Adds one text file (UTF-8) to write.
     *
     * @param target  where it goes
     * @param content its whole text
     * @return this set
     */
    public AtomicFiles add(Path target, String content) {
        checkWritable(target, force);
        contents.put(target.toAbsolutePath().normalize(), content);
        return this;
    }

    /**
     * Writes every file into a temporary sibling, then renames them all into place.
     *
     * @return the absolute paths written, in the order added
     */
    public List<Path> commit() {
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, String> file : contents.entrySet()) {
                Path target = file.getKey();
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".partial");
                staged.put(target, temp);
                Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
            }
            for (Map.Entry<Path, String> file : contents.entrySet()) {
                checkWritable(file.getKey(), force); // it may have appeared meanwhile
            }
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> file : staged.entrySet()) {
                move(file.getValue(), file.getKey());
                written.add(file.getKey());
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Path temp : staged.values()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: a leftover hidden .partial file is harmless
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
