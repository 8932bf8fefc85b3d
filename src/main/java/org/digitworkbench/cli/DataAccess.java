package org.digitworkbench.cli;

import java.io.IOException;

import org.digitworkbench.app.DatasetRepository;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.acquire.AcquiredDataset;

/** A command's way to the data sets: the repository, with its progress drawn as terminal progress bars. */
final class DataAccess {
    private DataAccess() {
    }

    static AcquiredDataset acquire(CommonOptions options, DatasetId id) throws IOException {
        try (TerminalProgress progress = new TerminalProgress()) {
            return DatasetRepository.at(options.cacheRoot()).acquire(id, progress);
        }
    }

    static DatasetSplits load(CommonOptions options, DatasetId id) throws IOException {
        try (TerminalProgress progress = new TerminalProgress()) {
            return DatasetRepository.at(options.cacheRoot()).load(id, progress);
        }
    }
}
