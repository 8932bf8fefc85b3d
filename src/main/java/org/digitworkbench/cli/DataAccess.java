package org.digitworkbench.cli;

import java.io.IOException;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetLoader;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.acquire.AcquiredDataset;
import org.digitworkbench.data.acquire.DatasetAcquirer;

/** Acquires (with a terminal progress bar) and loads a data set for a command. */
final class DataAccess {
    private DataAccess() {
    }

    static AcquiredDataset acquire(CommonOptions options, DatasetId id) throws IOException {
        try (TerminalProgress progress = new TerminalProgress()) {
            return DatasetAcquirer.withDefaults(options.cacheRoot()).acquire(id, progress);
        }
    }

    static DatasetSplits load(CommonOptions options, DatasetId id) throws IOException {
        return DatasetLoader.load(id, acquire(options, id).dir());
    }
}
