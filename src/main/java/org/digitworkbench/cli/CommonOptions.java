package org.digitworkbench.cli;

import java.nio.file.Path;

import org.digitworkbench.data.acquire.DatasetAcquirer;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
    @Option(names = "--json", description = "Print machine-readable JSON on standard output.")
    boolean json;

    @Option(names = "--verbose", description = "Print stack traces with errors.")
    boolean verbose;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data set cache (default: $DIGIT_WORKBENCH_DATA or ~/.digit-workbench/datasets).")
    Path dataDir;

    Path cacheRoot() {
        return dataDir != null ? dataDir : DatasetAcquirer.defaultCacheRoot();
    }
}
