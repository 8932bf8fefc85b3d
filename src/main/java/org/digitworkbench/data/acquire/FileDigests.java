package org.digitworkbench.data.acquire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Streaming SHA-256 of files. */
final class FileDigests {

    private static final int BUFFER = 1 << 16;
    /** Report progress at most every this many bytes to keep listeners cheap. */
    private static final long REPORT_EVERY = 4L << 20;

    private FileDigests() {
    }

    static String sha256(Path file, ProgressListener progress, String stage) throws IOException {
        MessageDigest digest = newSha256();
        long total = Files.size(file);
        long done = 0;
        long lastReport = 0;
        byte[] buffer = new byte[BUFFER];
        progress.onProgress(stage, 0, total);
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                done += n;
                if (done - lastReport >= REPORT_EVERY) {
                    progress.onProgress(stage, done, total);
                    lastReport = done;
                }
            }
        }
        progress.onProgress(stage, done, total);
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
