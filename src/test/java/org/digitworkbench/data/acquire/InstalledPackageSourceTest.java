package org.digitworkbench.data.acquire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.digitworkbench.data.DatasetId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstalledPackageSourceTest {

    @TempDir
    Path temp;

    private final FixtureDataset fixture = new FixtureDataset();

    @Test
    void copiesGzipFilesFromTheFirstRootThatHasThemAll() throws IOException {
        Path incomplete = temp.resolve("incomplete");
        Path packaged = temp.resolve("packaged");
        Files.createDirectories(incomplete.resolve("fashion-mnist"));
        fixture.writeGz(packaged.resolve("fashion-mnist"));
        Path cacheRoot = temp.resolve("cache");
        InstalledPackageSource source = new InstalledPackageSource(List.of(incomplete, packaged));

        AcquiredDataset acquired = new DatasetAcquirer(cacheRoot, List.of(source), fixture.catalog())
                .acquire(DatasetId.FASHION_MNIST, ProgressListener.NONE);

        assertEquals(new AcquiredDataset(DatasetId.FASHION_MNIST, cacheRoot.resolve("fashion-mnist"), "installed-package"),
                acquired);
        assertEquals(4, CacheContents.everything(packaged).size() - 1, "the installed files stay where they are");
    }

    @Test
    void saysWhereItLooked() throws IOException {
        Path root = temp.resolve("datasets");
        Files.createDirectories(root.resolve("fashion-mnist"));
        InstalledPackageSource source = new InstalledPackageSource(List.of(root));

        IOException mnist = assertThrows(IOException.class,
                () -> source.acquire(DatasetId.MNIST, temp, ProgressListener.NONE));
        assertEquals(root.resolve("mnist") + " does not exist", mnist.getMessage());

        IOException fashion = assertThrows(IOException.class,
                () -> source.acquire(DatasetId.FASHION_MNIST, temp, ProgressListener.NONE));
        assertEquals(root.resolve("fashion-mnist") + " lacks train-images-idx3-ubyte"
                + " (Debian package: dataset-fashion-mnist)", fashion.getMessage());
    }
}
