package org.digitworkbench.gui.gallery;

import java.io.IOException;
import java.nio.file.Path;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetLoader;
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
        return (dataset, progress) -> DatasetLoader.loadTest(dataset, acquirer.acquire(dataset, progress).dir());
    }
}
