package org.digitworkbench.data.acquire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;

/** Decompresses a .gz file next to itself without ever leaving a half-written target behind. */
final class GzipFiles {

    private static final long REPORT_EVERY = 4L << 20;

    private GzipFiles() {
    }

    /**
     * Decompresses {@code gz} into {@code target}, stopping with an error once more than
     * {@code maxBytes} come out (a wrong or hostile file must not fill the disk).
     */
    static void decompress(Path gz, Path target, long maxBytes, ProgressListener progress, String stage)
            throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            long done = 0;
            long lastReport = 0;
            progress.onProgress(stage, 0, maxBytes);
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz), 1 << 16);
                 OutputStream out = Files.newOutputStream(part)) {
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    done += n;
                    if (done > maxBytes) {
                        throw new IOException(gz.getFileName() + ": decompresses to more than the expected "
                                + maxBytes + " bytes");
                    }
                    out.write(buffer, 0, n);
                    if (done - lastReport >= REPORT_EVERY) {
                        progress.onProgress(stage, done, maxBytes);
                        lastReport = done;
                    }
                }
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                throw new IOException(gz.getFileName() + ": corrupt gzip data (" + Failures.describe(e) + ")", e);
            }
            progress.onProgress(stage, done, maxBytes);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
