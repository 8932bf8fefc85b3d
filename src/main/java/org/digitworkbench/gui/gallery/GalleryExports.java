package org.digitworkbench.gui.gallery;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitworkbench.app.BackgroundTask;
import org.digitworkbench.app.FailureText;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.store.AtomicFiles;

/** Writing the gallery's exports (the matrix as CSV, pictures as PNG) and saying how that went. */
final class GalleryExports {
    private final Messages text;
    private final Executor ui;
    private final Executor io;
    private final Supplier<ConfusionMatrix> matrix;
    private final List<String> classNames;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    /** {@code matrix}: the matrix shown (null: none); {@code classNames}: in the current language. */
    GalleryExports(Messages text, Executor ui, Executor io, Supplier<ConfusionMatrix> matrix,
            List<String> classNames) {
        this.text = text;
        this.ui = ui;
        this.io = io;
        this.matrix = matrix;
        this.classNames = classNames;
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    String matrixCsv() {
        ConfusionMatrix now = matrix.get();
        return now == null ? null
                : now.toCsv(classNames, text.get("gallery.csvCorner"), text.get("gallery.csvAccuracy"));
    }

    CompletableFuture<Void> save(Path file, Supplier<byte[]> content) {
        error.set(null);
        return BackgroundTask.of(() -> AtomicFiles.write(file, content.get()))
                .onSuccess(done -> notice.set(text.format("gallery.exported", file.getFileName())))
                .onFailure(failure -> error.set(text.format("gallery.exportFailed", FailureText.describe(failure))))
                .start(io, ui);
    }
}
