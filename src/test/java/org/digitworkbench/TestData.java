package org.digitworkbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.digitworkbench.app.DatasetRepository;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.acquire.ProgressListener;

/**
 * The real data sets, acquired through the product's own chain into a cache that outlives one run
 * ({@code digitworkbench.test.data}, else {@code target/test-datasets}) and loaded once per test JVM, through
 * the product's data-set repository.
 */
public final class TestData {
    private static final DatasetRepository DATA = DatasetRepository.at(cacheRoot());

    private TestData() {
    }

    public static Path cacheRoot() {
        String configured = System.getProperty("digitworkbench.test.data");
        return configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("target", "test-datasets");
    }

    public static DatasetSplits load(DatasetId id) {
        try {
            return DATA.load(id, ProgressListener.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code train} training and {@code test} test images of a real data set: small, quick runs. */
    public static DatasetSplits subset(DatasetId id, int train, int test) {
        DatasetSplits all = load(id);
        return new DatasetSplits(id, all.train().first(train), all.test().first(test));
    }

    public static DatasetSplits mnist() {
        return load(DatasetId.MNIST);
    }
}
