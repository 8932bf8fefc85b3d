package org.digitworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.app.WorkbenchHome;
import org.digitworkbench.data.DatasetId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drawings} on a folder that holds more than the window's drawings. */
class DrawingsCommandTest {
    @TempDir
    Path dir;

    private final DrawingStore store = DrawingStore.at(WorkbenchHome.current());

    @Test
    void aBadRecordDoesNotStopTheCount() throws IOException {
        Files.createDirectories(store.folder(DatasetId.MNIST));
        Path bad = Files.writeString(store.folder(DatasetId.MNIST).resolve("bad-" + System.nanoTime() + ".json"), "{}");
        try {
            CliRun run = CliRun.of("drawings", "--dataset", "mnist");
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("drawings of MNIST in"), run.out());
        } finally {
            Files.delete(bad);
        }
    }

    @Test
    void exportingOntoAFileSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "mine");
        CliRun run = CliRun.of("drawings", "--export-idx", file.toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains("error: " + file + " already exists as a file; choose another folder or remove it"),
                run.err());
        assertEquals("mine", Files.readString(file));
    }
}
