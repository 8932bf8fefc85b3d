package org.digitworkbench.gui.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.digitworkbench.app.RunEntry.LossPoint;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.ChartOptions;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Naming, annotating and removing runs from the table, without the toolkit, on a real run history. */
class RunEditsTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    @TempDir
    Path dir;
    private final BackgroundExecutor io = new BackgroundExecutor("edits-test", 1);

    @AfterEach
    void stop() {
        io.close();
    }

    private static RunEntry entry(String id, String modelFile) {
        return new RunEntry(id, RunEntry.WINDOW, "2026-12-01T10:00:00Z", "mnist", "mlp", 1, 64, 0.001, "adam", 42, 0,
                null, List.of(new LossPoint(1, 0.5)), List.of(new EpochRecord(1, 0.5, 0.9, 0.91, 3, null)),
                RunEntry.Outcome.FINISHED, modelFile, 0.91, 3, null, "constant", "none", 0, null, 0, null, 0, null,
                null, null);
    }

    @Test
    void aNameAndNoteAreKeptInTheHistoryAndARemovedRunsNumberIsNotGivenAgain() throws Exception {
        Path model = Files.writeString(dir.resolve("model.zip"), "the user's model");
        RunHistory history = new RunHistory(dir.resolve("runs"));
        history.append(entry("20261201-100000-000-mnist-mlp", model.toString()));
        history.append(entry("20261201-110000-000-mnist-mlp", null));
        RunLog log = new RunLog(TEXT, new TrainFormat(TEXT), new ChartOptions());
        log.addPast(history.list());
        RunEdits edits = new RunEdits(TEXT, history, log, Runnable::run, io);
        LoggedRun newest = log.runs().get(0);
        LoggedRun oldest = log.runs().get(1);
        assertEquals(2, newest.number());

        edits.label(newest, "  wider\nlayers ", "lower rate\nsame seed").get(10, TimeUnit.SECONDS);
        assertEquals("wider layers", newest.name(), "one line, trimmed");
        assertEquals("lower rate\nsame seed", newest.note());
        RunEntry kept = history.list().get(0);
        assertEquals("wider layers", kept.name());
        assertEquals("lower rate\nsame seed", kept.note());
        assertEquals("Run #2 saved.", edits.messageProperty().get());

        edits.label(newest, "", null).get(10, TimeUnit.SECONDS);
        assertNull(newest.name(), "blank: no name");
        assertNull(history.list().get(0).name());

        log.show(oldest);
        assertTrue(edits.canRemove(oldest));
        edits.remove(oldest).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(newest), log.runs());
        assertNull(log.shownRunProperty().get(), "the removed run is no longer shown");
        assertEquals(1, history.list().size());
        assertTrue(Files.isRegularFile(model), "the model file stays");
        assertTrue(edits.messageProperty().get().contains("its model file is where it was"));
        assertEquals(3, history.nextNumber(), "run 1's number is not given again");
        assertFalse(edits.canRemove(null));
    }
}
