package org.digitworkbench.gui.gallery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.digitworkbench.data.DataFile;
import org.digitworkbench.data.DataFileRole;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.IdxReader;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.data.acquire.DatasetAcquirer;
import org.digitworkbench.data.acquire.ProgressListener;

/** Where the gallery gets a data set's test images from. Called on a background thread. */
@FunctionalInterface
public interface TestImageSource {

    LabeledImages testImages(DatasetId dataset, ProgressListener progress) throws IOException;

    /** The normal acquirer (cache first, then the other sources) with its cache in {@code cacheRoot}; only the test split is read. */
    static TestImageSource acquiring(Path cacheRoot) {
        DatasetAcquirer acquirer = DatasetAcquirer.withDefaults(cacheRoot);
        return (dataset, progress) -> {
            Path dir = acquirer.acquire(dataset, progress).dir();
            return IdxReader.read(locate(dataset, dir, DataFileRole.TEST_IMAGES),
                    locate(dataset, dir, DataFileRole.TEST_LABELS));
        };
    }

    private static Path locate(DatasetId dataset, Path dir, DataFileRole role) throws NoSuchFileException {
        DataFile file = dataset.file(role);
        Path raw = dir.resolve(file.rawName());
        if (Files.isRegularFile(raw)) {
            return raw;
        }
        Path gz = dir.resolve(file.gzName());
        if (Files.isRegularFile(gz)) {
            return gz;
        }
        throw new NoSuchFileException(raw.toString(), null, dataset.displayName() + " file missing");
    }
}
