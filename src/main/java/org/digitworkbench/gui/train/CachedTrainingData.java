package org.digitworkbench.gui.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetLoader;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.acquire.DatasetAcquirer;
import org.digitworkbench.data.acquire.ProgressListener;

/**
 * Fetches a data set through the acquirer (cache first, then the other sources) and keeps each loaded data set
 * in memory, so a second run starts at once.
 */
public final class CachedTrainingData implements TrainingData {
    private final DatasetAcquirer acquirer;
    private final Map<DatasetId, DatasetSplits> loaded = new EnumMap<>(DatasetId.class);

    public CachedTrainingData(DatasetAcquirer acquirer) {
        this.acquirer = acquirer;
    }

    public static CachedTrainingData at(Path cacheRoot) {
        return new CachedTrainingData(DatasetAcquirer.withDefaults(cacheRoot));
    }

    @Override
    public synchronized DatasetSplits load(DatasetId dataset, ProgressListener progress) throws IOException {
        DatasetSplits splits = loaded.get(dataset);
        if (splits == null) {
            Path dir = acquirer.acquire(dataset, progress).dir();
            splits = DatasetLoader.load(dataset, dir);
            loaded.put(dataset, splits);
        }
        return splits;
    }
}
