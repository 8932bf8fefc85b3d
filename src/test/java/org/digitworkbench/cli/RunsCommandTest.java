package org.digitworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.app.WorkbenchHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runs} lists what it can read of a history holding files that are not runs, and says what it skipped. */
class RunsCommandTest {
    @TempDir
    Path dir;

    private final RunHistory history = RunHistory.at(WorkbenchHome.current());
    private final String id = "bad-records-" + System.nanoTime();
    private Path empty;
    private Path nothing;

    @BeforeEach
    void writeARunAndTwoBadRecords() throws IOException {
        history.append(new RunEntry(id, RunEntry.COMMAND_LINE, "2026-12-01T10:00:00Z", "mnist", "mlp", 1, 64, 0.001,
                "adam", 42, 0, null, List.of(), List.of(), RunEntry.Outcome.DISCARDED, null, Double.NaN, 1, null,
                "constant", "none", 0, null, 0, null, 0, null, null, null));
        empty = Files.writeString(history.dir().resolve(id + "-empty.json"), "{}");
        nothing = Files.writeString(history.dir().resolve(id + "-null.json"), "null");
    }

    @AfterEach
    void removeThem() throws IOException {
        Files.deleteIfExists(empty);
        Files.deleteIfExists(nothing);
        Files.deleteIfExists(history.dir().resolve(id + ".json"));
    }

    @Test
    void listsTheReadableRunsAndCountsTheSkippedOnes() {
        CliRun text = CliRun.of("runs");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().lines().anyMatch(l -> l.matches("#\\d+ +2026-12-01T10:00:00Z  cli    mnist .*")),
                "each run's line starts with its number: " + text.out());
        assertFalse(text.err().contains("Exception"), text.err());
        assertTrue(text.err().contains("skipped 2 files in " + history.dir().toAbsolutePath()
                + " that are not a readable run"), text.err());

        CliRun json = CliRun.of("runs", "--json");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"id\":\"" + id + "\""), json.out());
        assertTrue(json.out().contains("\"number\":"), json.out());

        Path csv = dir.resolve("runs.csv");
        CliRun curves = CliRun.of("runs", "--csv", csv.toString());
        assertEquals(0, curves.exitCode(), curves.err());
        assertTrue(Files.exists(csv));
    }
}
