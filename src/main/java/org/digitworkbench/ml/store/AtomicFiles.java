package org.digitworkbench.ml.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Write-then-rename, so readers see the old file or the new one and never a half-written one. */
public final class AtomicFiles {
    /** The name {@link #write} gives its temporary file: a dot, the target's name, random digits, ".tmp". */
    private static final java.util.regex.Pattern LEFTOVER = java.util.regex.Pattern.compile("\\..+\\.[A-Za-z]+-?\\d+\\.tmp");
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
     * {@link #write}, once they are older than {@code minutes} (a younger one may be another process's write
     * under way). Nothing else is touched.
     */
    public static int removeLeftovers(Path dir, long minutes) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        long before = System.currentTimeMillis() - minutes * 60_000;
        int removed = 0;
        try (java.nio.file.DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path temp : temps) {
                if (LEFTOVER.matcher(temp.getFileName().toString()).matches() && Files.isRegularFile(temp)
                        && Files.getLastModifiedTime(temp).toMillis() < before) {
                    Files.deleteIfExists(temp);
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
