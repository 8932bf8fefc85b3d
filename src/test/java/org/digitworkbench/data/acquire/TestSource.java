package org.digitworkbench.data.acquire;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.digitworkbench.data.DatasetId;

/** A real source whose behaviour a test writes inline; it records that it was asked. */
final class TestSource implements DatasetSource {

    @FunctionalInterface
    interface Action {
        void fill(Path stagingDir) throws IOException;
    }

    private final String name;
    private final Action action;
    private final List<Path> stagingDirsSeen = new ArrayList<>();

    TestSource(String name, Action action) {
        this.name = name;
        this.action = action;
    }

    static TestSource failing(String name, String reason) {
        return new TestSource(name, dir -> {
            throw new IOException(reason);
        });
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Path acquire(DatasetId id, Path stagingDir, ProgressListener progress) throws IOException {
        stagingDirsSeen.add(stagingDir);
        action.fill(stagingDir);
        return stagingDir;
    }

    int calls() {
        return stagingDirsSeen.size();
    }

    List<Path> stagingDirsSeen() {
        return stagingDirsSeen;
    }
}
