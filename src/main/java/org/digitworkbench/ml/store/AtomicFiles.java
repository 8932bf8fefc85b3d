package org.digitworkbench.ml.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;

/** Write-then-rename, so readers see the old file or the new one and never a half-written one. */
public final class AtomicFiles {
    /** A temporary file this old is no write under way: one that a killed process left. */
    public static final long LEFTOVER_MINUTES = 10;
    /** The name {@link #write} gives its temporary file: a dot, the target's name, random digits, ".tmp". */
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.[A-Za-z]+-?\\d+\\.tmp");
    private AtomicFiles() {
    }

    /** Writes what {@code content} produces; the target changes only once it has all been written. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path file, byte[] content) throws IOException {
        write(file, out -> out.write(content));
    }

    public static void write(Path file, Content content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                // temporary files start private; the finished file should read like any other
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            moveIntoPlace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes what writes killed half-way left in {@code dir}: the hidden {@code .<name>...tmp} files of
     * {@link #write}, once older than {@link #LEFTOVER_MINUTES}. Nothing else is touched.
     */
    public static int removeLeftovers(Path dir) throws IOException {
        return removeStale(dir, LEFTOVER);
    }

    /**
     * Deletes the files of {@code dir} whose whole name matches {@code names} and that are older than
     * {@link #LEFTOVER_MINUTES} (a younger one may be another process's work under way).
     */
    public static int removeStale(Path dir, Pattern names) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        long before = System.currentTimeMillis() - LEFTOVER_MINUTES * 60_000;
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                if (names.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file)
                        && Files.getLastModifiedTime(file).toMillis() < before) {
                    Files.deleteIfExists(file);
                    removed++;
                }
            }
        }
        return removed;
    }

    /** Renames {@code from} to {@code to} in one step where the file system can, refusing to replace a file. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
