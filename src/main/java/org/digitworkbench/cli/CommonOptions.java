package org.digitworkbench.cli;

import java.nio.file.Path;

import org.digitworkbench.app.WorkbenchHome;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
    @Option(names = "--json", description = "Print machine-readable JSON on standard output.")
    boolean json;

    @Option(names = "--verbose", description = "Print stack traces with errors.")
    boolean verbose;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data set cache (default: $DIGIT_WORKBENCH_DATA, else datasets/ in "
                    + "$DIGIT_WORKBENCH_HOME or ~/.digit-workbench).")
    Path dataDir;

    Path cacheRoot() {
        return dataDir != null ? dataDir : WorkbenchHome.current().datasets();
    }
}
