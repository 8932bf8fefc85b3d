package org.digitworkbench.data.acquire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.digitworkbench.data.DataFile;
import org.digitworkbench.data.DatasetId;

/**
 * Copies a data set that a system package already installed, e.g. Debian's
 * {@code dataset-fashion-mnist} in {@code /usr/share/datasets/fashion-mnist/}. Looks for
 * {@code <root>/<id>/<rawName>} or {@code <rawName>.gz} under each root in turn.
 */
public final class InstalledPackageSource implements DatasetSource {

    public static final Path DEBIAN_DATASETS = Path.of("/usr/share/datasets");

    private final List<Path> roots;

    public InstalledPackageSource(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    public static InstalledPackageSource withDefaultRoots() {
        return new InstalledPackageSource(List.of(DEBIAN_DATASETS));
    }

    @Override
    public String name() {
        return "installed-package";
    }

    public List<Path> roots() {
        return roots;
    }

    @Override
    public Path acquire(DatasetId id, Path stagingDir, ProgressListener progress) throws IOException {
        List<String> reasons = new ArrayList<>();
        for (Path root : roots) {
            Path dir = root.resolve(id.id());
            String missing = firstMissing(id, dir);
            if (missing == null) {
                copyAll(id, dir, stagingDir, progress);
                return stagingDir;
            }
            reasons.add(Files.isDirectory(dir) ? dir + " lacks " + missing : dir + " does not exist");
        }
        String hint = id == DatasetId.FASHION_MNIST ? " (Debian package: dataset-fashion-mnist)" : "";
        throw new IOException(roots.isEmpty() ? "no folders to look in" : String.join("; ", reasons) + hint);
    }

    private static String firstMissing(DatasetId id, Path dir) {
        for (DataFile file : id.files()) {
            if (!Files.isRegularFile(dir.resolve(file.rawName())) && !Files.isRegularFile(dir.resolve(file.gzName()))) {
                return file.rawName();
            }
        }
        return null;
    }

    private static void copyAll(DatasetId id, Path dir, Path stagingDir, ProgressListener progress) throws IOException {
        for (DataFile file : id.files()) {
            Path raw = dir.resolve(file.rawName());
            Path source = Files.isRegularFile(raw) ? raw : dir.resolve(file.gzName());
            String stage = "copy " + source.getFileName();
            long size = Files.size(source);
            progress.onProgress(stage, 0, size);
            Files.copy(source, stagingDir.resolve(source.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            progress.onProgress(stage, size, size);
        }
    }
}
