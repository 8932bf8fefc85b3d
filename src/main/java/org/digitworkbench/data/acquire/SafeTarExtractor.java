package org.digitworkbench.data.acquire;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Extracts regular files from a tar stream, refusing the whole archive when any entry's path
 * would land outside the target folder ("zip slip"), whether or not that entry was wanted.
 * Links and devices are never created.
 */
final class SafeTarExtractor {

    private SafeTarExtractor() {
    }

    /**
     * @param archiveName shown in error messages
     * @param wanted      decides, from the entry's name without a leading "./", which files to write
     * @return the files written, in archive order
     */
    static List<Path> extract(TarArchiveInputStream tar, String archiveName, Path targetDir,
                              Predicate<String> wanted) throws IOException {
        Path root = targetDir.toAbsolutePath().normalize();
        Files.createDirectories(root);
        List<Path> written = new ArrayList<>();
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            String name = entry.getName();
            Path destination = safeDestination(root, archiveName, name);
            String relative = root.relativize(destination).toString().replace('\\', '/');
            if (!entry.isFile() || relative.isEmpty() || !wanted.test(relative)) {
                continue;
            }
            Files.createDirectories(destination.getParent());
            try (OutputStream out = Files.newOutputStream(destination)) {
                tar.transferTo(out);
            }
            written.add(destination);
        }
        return written;
    }

    static Path safeDestination(Path root, String archiveName, String entryName) throws IOException {
        Path destination;
        try {
            destination = root.resolve(entryName).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new IOException(archiveName + ": refusing entry '" + entryName + "': not a valid path", e);
        }
        if (!destination.startsWith(root)) {
            throw new IOException(archiveName + ": refusing entry '" + entryName
                    + "': its path leaves the target folder (possible path traversal / zip slip)");
        }
        return destination;
    }
}
