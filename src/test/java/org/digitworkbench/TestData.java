package org.digitworkbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetLoader;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.acquire.DatasetAcquirer;
import org.digitworkbench.data.acquire.ProgressListener;

/**
 * The real data sets, acquired through the product's own chain into a cache that outlives one run
 * ({@code digitworkbench.test.data}, else {@code target/test-datasets}) and loaded once per test JVM.
 */
public final class TestData {
    private static final Map<DatasetId, DatasetSplits> LOADED = new EnumMap<>(DatasetId.class);

    private TestData() {
    }

    public static Path cacheRoot() {
        String configured = System.getProperty("digitworkbench.test.data");
        return configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("target", "test-datasets");
    }

    public static synchronized DatasetSplits load(DatasetId id) {
        return LOADED.computeIfAbsent(id, key -> {
            try {
                Path dir = DatasetAcquirer.withDefaults(cacheRoot()).acquire(key, ProgressListener.NONE).dir();
                return DatasetLoader.load(key, dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static DatasetSplits mnist() {
        return load(DatasetId.MNIST);
    }
}
