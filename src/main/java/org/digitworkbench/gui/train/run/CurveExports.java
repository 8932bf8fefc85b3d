package org.digitworkbench.gui.train.run;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitworkbench.app.BackgroundTask;
import org.digitworkbench.app.PngFiles;
import org.digitworkbench.app.RunCurvesCsv;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.gui.common.Messages;

/** Saving the curves shown, off the FX thread: the runs' figures as CSV, the charts as PNG; and how it went. */
public final class CurveExports {
    private final Messages text;
    private final RunLog log;
    private final Executor io;
    private final Executor ui;
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private Supplier<BufferedImage> picture = () -> null;

    public CurveExports(Messages text, RunLog log, Executor io, Executor ui) {
        this.text = text;
        this.log = log;
        this.io = io;
        this.ui = ui;
    }

    /** "Saved …" or what went wrong with the last export. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The runs compared, else the run shown, one row per run and epoch. */
    public CompletableFuture<Void> csv(Path file) {
        List<RunEntry> runs = log.comparison().toExport(log.shownRunProperty().get());
        return save(file, BackgroundTask.of(() -> RunCurvesCsv.write(file, runs)));
    }

    /** The view hands over how to draw the charts' picture (at a fixed size, whatever the window's). */
    public void setPicture(Supplier<BufferedImage> charts) {
        this.picture = charts;
    }

    /** The charts' picture, taken now on the FX thread, written in the background. */
    public CompletableFuture<Void> png(Path file) {
        return png(file, picture.get());
    }

    public CompletableFuture<Void> png(Path file, BufferedImage charts) {
        return save(file, BackgroundTask.of(() -> PngFiles.write(file, charts)));
    }

    /** The picture Export PNG would save now; FX thread. */
    public BufferedImage picture() {
        return picture.get();
    }

    private CompletableFuture<Void> save(Path file, BackgroundTask<Void> task) {
        result.set("");
        return task.onSuccess(done -> result.set(text.format("train.export.saved", file.getFileName())))
                .onFailure(failure -> result.set(text.format("train.export.failed", text.describe(failure))))
                .start(io, ui);
    }
}
