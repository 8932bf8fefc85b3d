package org.digitworkbench.gui.train.run;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitworkbench.app.BackgroundTask;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.app.RunLabels;
import org.digitworkbench.app.RunRecorder;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.Messages;

/**
 * What the user changes in the run table: a run's name and note, written to the history off the FX thread (a
 * running run's through its recorder, so its entry keeps them), and removing a run, which moves its record aside
 * in the history and leaves its model file where it is. FX thread.
 */
public final class RunEdits {
    private final Messages text;
    private final RunHistory history;
    private final RunLog log;
    private final Executor ui;
    private final BackgroundExecutor io;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public RunEdits(Messages text, RunHistory history, RunLog log, Executor ui, BackgroundExecutor io) {
        this.text = text;
        this.history = history;
        this.log = log;
        this.ui = ui;
        this.io = io;
    }

    /** What the last change did or why it failed; empty before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Names and annotates {@code run}: blank is none; a name longer than the history keeps is cut there. */
    public CompletableFuture<?> label(LoggedRun run, String name, String note) {
        String newName = RunLabels.name(fit(oneLine(name), RunLabels.MAX_NAME));
        String newNote = RunLabels.note(fit(note, RunLabels.MAX_NOTE));
        RunRecorder recorder = run.recorder();
        String id = run.id();
        if (recorder == null && id == null) {
            return CompletableFuture.completedFuture(null);
        }
        return BackgroundTask.of(() -> {
            if (recorder != null) {
                recorder.name(newName);
                recorder.note(newNote);
                return null;
            }
            return history.rename(id, newName, newNote);
        }).onSuccess(changed -> {
            run.labelled(newName, newNote);
            message.set(text.format("train.edit.saved", run.number()));
        }).onFailure(failure -> message.set(text.format("train.edit.failed", run.number(), text.describe(failure))))
                .start(io, ui);
    }

    /** Whether {@code run} can be removed: it has ended and is in the history. */
    public boolean canRemove(LoggedRun run) {
        return run != null && !run.running() && run.id() != null;
    }

    /** Takes {@code run} out of the history (its record is moved to {@code removed/}) and out of the log. */
    public CompletableFuture<?> remove(LoggedRun run) {
        if (!canRemove(run)) {
            return CompletableFuture.completedFuture(null);
        }
        String id = run.id();
        return BackgroundTask.<RunEntry>of(() -> history.remove(id)).onSuccess(gone -> {
            log.removed(run);
            message.set(text.format("train.edit.removed", run.number()));
        }).onFailure(failure -> message.set(text.format("train.edit.failed", run.number(), text.describe(failure))))
                .start(io, ui);
    }

    private static String oneLine(String name) {
        return name == null ? null : name.replaceAll("[\\r\\n]+", " ");
    }

    private static String fit(String value, int max) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.codePointCount(0, stripped.length()) <= max ? stripped
                : stripped.substring(0, stripped.offsetByCodePoints(0, max));
    }
}
