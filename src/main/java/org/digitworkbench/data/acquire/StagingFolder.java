package org.digitworkbench.data.acquire;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * A private scratch folder in the cache for one acquisition, holding a lock while in use. A folder whose lock
 * nobody holds was left by a process that died (a killed {@code fetch}), and the next acquisition removes it.
 */
final class StagingFolder implements AutoCloseable {
    static final String PREFIX = ".staging-";
    private static final String LOCK = ".in-use";
    /** A folder without a lock file is a moment old at most while its owner starts, unless its owner died. */
    private static final Duration UNLOCKED_GRACE = Duration.ofMinutes(1);

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private StagingFolder(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    static StagingFolder create(Path cacheRoot, String datasetId) throws IOException {
        Path dir = Files.createTempDirectory(cacheRoot, PREFIX + datasetId + "-");
        FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            return new StagingFolder(dir, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            channel.close();
            PathTrees.deleteQuietly(dir);
            throw e;
        }
    }

    Path dir() {
        return dir;
    }

    /** Releases the lock and deletes the folder with whatever is left in it. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the folder goes anyway
        }
        PathTrees.deleteQuietly(dir);
    }

    /** Removes every staging folder of the data set that no living acquisition holds. Housekeeping only. */
    static void removeAbandoned(Path cacheRoot, String datasetId) {
        if (!Files.isDirectory(cacheRoot)) {
            return;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(cacheRoot, PREFIX + datasetId + "-*")) {
            for (Path folder : folders) {
                if (abandoned(folder)) {
                    PathTrees.deleteQuietly(folder);
                }
            }
        } catch (IOException ignored) {
            // acquisition works without it
        }
    }

    private static boolean abandoned(Path folder) throws IOException {
        Path lockFile = folder.resolve(LOCK);
        if (!Files.exists(lockFile)) {
            return Files.getLastModifiedTime(folder).toInstant().isBefore(Instant.now().minus(UNLOCKED_GRACE));
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return false; // another process holds it
            }
            probe.release();
            return true;
        } catch (OverlappingFileLockException heldHere) {
            return false; // an acquisition in this process holds it
        }
    }
}
