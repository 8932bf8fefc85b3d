package org.digitworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.app.WorkbenchHome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runs --name}, {@code --note} and {@code --remove}: runs named by number or id, in the shared history. */
class RunsLabelCommandTest {
    @TempDir
    Path dir;

    private final RunHistory history = RunHistory.at(WorkbenchHome.current());
    private final String id = "label-test-" + System.nanoTime();
    private int number;
    private Path model;

    @BeforeEach
    void writeARun() throws IOException {
        number = history.nextNumber();
        model = Files.writeString(dir.resolve("model.zip"), "weights");
        history.append(new RunEntry(id, RunEntry.COMMAND_LINE, "2026-12-01T10:00:00Z", "mnist", "mlp", 1, 64, 0.001,
                "adam", 42, 0, null, List.of(), List.of(), RunEntry.Outcome.FINISHED, model.toString(), 0.9, 1, null,
                "constant", "none", 0, null, 0, null, number, null, null, null));
    }

    private RunEntry stored() throws IOException {
        return history.list().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    @Test
    void aRunIsNamedAndNotedByNumberAndListedWithItsName() throws IOException {
        CliRun named = CliRun.of("runs", "--name", Integer.toString(number), "baseline, 2 epochs",
                "--note", id, "the one to beat");

        assertEquals(0, named.exitCode(), named.err());
        assertTrue(named.out().contains("run #" + number + " named baseline, 2 epochs"), named.out());
        assertTrue(named.out().contains("note written on run #" + number), named.out());
        assertEquals("baseline, 2 epochs", stored().name());
        assertEquals("the one to beat", stored().note());

        CliRun listed = CliRun.of("runs");
        String line = listed.out().lines().filter(l -> l.startsWith("#" + number + " ")).findFirst().orElse("");
        assertTrue(line.contains("baseline, 2 epochs") && line.contains("2026-12-01T10:00:00Z"), listed.out());

        CliRun json = CliRun.of("runs", "--json");
        assertTrue(json.out().contains("\"number\":" + number + ",\"name\":\"baseline, 2 epochs\","
                + "\"note\":\"the one to beat\""), json.out());

        CliRun cleared = CliRun.of("runs", "--name", "#" + number, "");
        assertEquals(0, cleared.exitCode(), cleared.err());
        assertTrue(cleared.out().contains("run #" + number + " has no name now"), cleared.out());
        assertNull(stored().name());
        assertEquals("the one to beat", stored().note(), "the note stays");
    }

    @Test
    void aNameTooLongOrAnUnknownRunIsAUsageErrorAndChangesNothing() throws IOException {
        CliRun tooLong = CliRun.of("runs", "--name", Integer.toString(number), "n".repeat(81));
        assertEquals(ExitCodes.USAGE, tooLong.exitCode());
        assertTrue(tooLong.err().contains("at most 80 characters"), tooLong.err());

        CliRun unknown = CliRun.of("runs", "--note", "no-such-run", "x");
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("no run no-such-run"), unknown.err());

        CliRun both = CliRun.of("runs", "--remove", id, "--name", id, "x");
        assertEquals(ExitCodes.USAGE, both.exitCode());
        assertNull(stored().name());
        assertNull(stored().note());
    }

    @Test
    void aRemovedRunLeavesTheListingButNotTheDiskAndItsNumberStaysTaken() throws IOException {
        CliRun removed = CliRun.of("runs", "--remove", Integer.toString(number));

        assertEquals(0, removed.exitCode(), removed.err());
        assertTrue(removed.out().contains("run #" + number + " (" + id + ") removed"), removed.out());
        assertTrue(removed.out().contains("the model it wrote stays in " + model), removed.out());
        assertNull(stored(), "no longer listed");
        assertFalse(CliRun.of("runs").out().contains(id));
        assertTrue(Files.exists(history.removedDir().resolve(id + ".json")), "moved, not deleted");
        assertEquals("weights", Files.readString(model));
        assertTrue(history.nextNumber() > number, "its number is not given again");

        CliRun again = CliRun.of("runs", "--remove", id);
        assertEquals(ExitCodes.USAGE, again.exitCode());
    }
}
