package org.digitworkbench.data.acquire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.digitworkbench.data.DataFile;

/**
 * Brings a staging folder to exactly the uncompressed files of a data set, each checked against its
 * expected size and SHA-256 (and the .gz against its own checksum where that is known).
 */
final class StagedFilesVerifier {

    private StagedFilesVerifier() {
    }

    static void decompressAndVerify(List<DataFile> files, Path dir, ProgressListener progress) throws IOException {
        for (DataFile file : files) {
            Path raw = dir.resolve(file.rawName());
            Path gz = dir.resolve(file.gzName());
            if (!Files.isRegularFile(raw)) {
                if (!Files.isRegularFile(gz)) {
                    throw new IOException("missing " + file.rawName() + " (neither it nor " + file.gzName() + " was provided)");
                }
                if (file.gzSha256() != null) {
                    requireSha(gz, file.gzName(), file.gzSha256(), progress);
                }
                GzipFiles.decompress(gz, raw, file.rawSize(), progress, "decompress " + file.gzName());
            }
            Files.deleteIfExists(gz);
            verify(raw, file, progress);
        }
    }

    /** True when {@code dir} holds every file, uncompressed, with the right size and checksum. */
    static boolean allPresentAndValid(List<DataFile> files, Path dir, ProgressListener progress) throws IOException {
        for (DataFile file : files) {
            Path raw = dir.resolve(file.rawName());
            if (!Files.isRegularFile(raw) || Files.size(raw) != file.rawSize()) {
                return false;
            }
        }
        for (DataFile file : files) {
            Path raw = dir.resolve(file.rawName());
            String actual = FileDigests.sha256(raw, progress, "verify " + file.rawName());
            if (!actual.equalsIgnoreCase(file.rawSha256())) {
                return false;
            }
        }
        return true;
    }

    static void verify(Path raw, DataFile file, ProgressListener progress) throws IOException {
        long size = Files.size(raw);
        if (size != file.rawSize()) {
            throw new IOException(file.rawName() + ": wrong size: expected " + file.rawSize() + " bytes, got " + size);
        }
        requireSha(raw, file.rawName(), file.rawSha256(), progress);
    }

    private static void requireSha(Path path, String name, String expected, ProgressListener progress)
            throws IOException {
        String actual = FileDigests.sha256(path, progress, "verify " + name);
        if (!actual.equalsIgnoreCase(expected)) {
            throw new IOException(name + ": sha256 mismatch: expected " + expected + ", got " + actual);
        }
    }
}
