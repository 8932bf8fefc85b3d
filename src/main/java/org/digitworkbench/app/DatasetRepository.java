package org.digitworkbench.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetLoader;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.data.acquire.AcquiredDataset;
import org.digitworkbench.data.acquire.DatasetAcquirer;
import org.digitworkbench.data.acquire.ProgressListener;

/**
 * The one way to the data sets: acquired through the verifying acquirer (cache first, then the other sources),
 * loaded once per process and kept, so the window's Train and Gallery views share one copy and a second run
 * starts at once. Thread-safe.
 */
public final class DatasetRepository {
    private final DatasetAcquirer acquirer;
    private final Map<DatasetId, DatasetSplits> loaded = new EnumMap<>(DatasetId.class);
    /** Test splits read on their own, before anyone needed the training images; kept as the same instances. */
    private final Map<DatasetId, LabeledImages> tests = new EnumMap<>(DatasetId.class);

    public DatasetRepository(DatasetAcquirer acquirer) {
        this.acquirer = acquirer;
    }

    /** The usual sources, with the cache in {@code cacheRoot}. */
    public static DatasetRepository at(Path cacheRoot) {
        return new DatasetRepository(DatasetAcquirer.withDefaults(cacheRoot));
    }

    /** Makes sure the verified files are on this machine and says where they are and where they came from. */
    public AcquiredDataset acquire(DatasetId dataset, ProgressListener progress) throws IOException {
        return acquirer.acquire(dataset, progress);
    }

    /** Both splits, in memory; acquired and read only the first time. */
    public synchronized DatasetSplits load(DatasetId dataset, ProgressListener progress) throws IOException {
        DatasetSplits splits = loaded.get(dataset);
        if (splits == null) {
            Path dir = acquire(dataset, progress).dir();
            LabeledImages test = tests.remove(dataset);
            splits = test == null ? DatasetLoader.load(dataset, dir)
                    : new DatasetSplits(dataset, DatasetLoader.loadTrain(dataset, dir), test);
            loaded.put(dataset, splits);
        }
        return splits;
    }

    /**
     * The test split, the same instance {@link #load} later returns in its splits; read on its own when nothing
     * else was (what the Gallery needs first: a third of a second less than both splits).
     */
    public synchronized LabeledImages testImages(DatasetId dataset, ProgressListener progress) throws IOException {
        DatasetSplits splits = loaded.get(dataset);
        if (splits != null) {
            return splits.test();
        }
        LabeledImages test = tests.get(dataset);
        if (test == null) {
            test = DatasetLoader.loadTest(dataset, acquire(dataset, progress).dir());
            tests.put(dataset, test);
        }
        return test;
    }
}
