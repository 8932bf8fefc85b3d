package org.digitworkbench.gui.gallery;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitworkbench.app.BackgroundTask;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.store.AtomicFiles;

/** Writing the gallery's exports (the matrix as CSV, pictures as PNG) and saying how that went. */
final class GalleryExports {
    private final Messages text;
    private final Executor ui;
    private final Executor io;
    private final Supplier<ConfusionMatrix> matrix;
    private final List<String> classNames;
    private final Supplier<DrawingStore> drawings;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    /**
     * {@code matrix}: the matrix shown (null: none); {@code classNames}: in the current language;
     * {@code drawings}: where the user's drawings are (null: nowhere).
     */
    GalleryExports(Messages text, Executor ui, Executor io, Supplier<ConfusionMatrix> matrix,
            List<String> classNames, Supplier<DrawingStore> drawings) {
        this.text = text;
        this.ui = ui;
        this.io = io;
        this.matrix = matrix;
        this.classNames = classNames;
        this.drawings = drawings;
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Forgets what the last export said: it belongs to what was shown then. */
    void clear() {
        error.set(null);
        notice.set("");
    }

    String matrixCsv() {
        ConfusionMatrix now = matrix.get();
        return now == null ? null
                : now.toCsv(classNames, text.get("gallery.csvCorner"), text.get("gallery.csvAccuracy"));
    }

    /** The user's drawings of {@code dataset} as IDX files in MNIST's format, in {@code dir}. */
    CompletableFuture<List<Path>> exportDrawings(DatasetId dataset, Path dir) {
        error.set(null);
        DrawingStore store = drawings.get();
        return BackgroundTask.of(() -> {
            if (store == null) {
                throw new IllegalStateException("no drawings folder");
            }
            return store.exportIdx(dataset, dir);
        }).onSuccess(files -> notice.set(text.format("gallery.exportedDrawings", files.get(0).getFileName(),
                files.get(1).getFileName(), dir)))
                .onFailure(failure -> error.set(text.format("gallery.exportFailed", text.describe(failure))))
                .start(io, ui);
    }

    CompletableFuture<Void> save(Path file, Supplier<byte[]> content) {
        error.set(null);
        return BackgroundTask.of(() -> AtomicFiles.write(file, content.get()))
                .onSuccess(done -> notice.set(text.format("gallery.exported", file.getFileName())))
                .onFailure(failure -> error.set(text.format("gallery.exportFailed", text.describe(failure))))
                .start(io, ui);
    }
}
