package org.digitworkbench.gui.draw;

import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitworkbench.app.BackgroundTask;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.Messages;

/**
 * "Wrong? It's a ...": keeps the drawing on the canvas, with the label the user gives it, in the
 * {@link DrawingStore} (in the background), for the Gallery's "My drawings" and for fine-tuning.
 */
public final class Teaching {
    private final DrawingStore store;
    private final BackgroundExecutor files;
    private final Executor ui;
    private final Messages text;
    private final Supplier<Drawing> drawing;
    private final Supplier<DatasetId> dataset;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Runnable saved = () -> { };

    Teaching(DrawingStore store, BackgroundExecutor files, Executor ui, Messages text, Supplier<Drawing> drawing,
             Supplier<DatasetId> dataset) {
        this.store = store;
        this.files = files;
        this.ui = ui;
        this.text = text;
        this.drawing = drawing;
        this.dataset = dataset;
    }

    /** Told on the FX thread after each drawing saved (the Gallery's "My drawings" then reads them again). */
    public void onSaved(Runnable listener) {
        saved = listener;
    }

    /** Saves what the canvas holds as a drawing of {@code label}; nothing happens on an empty canvas. */
    public void save(int label) {
        Drawing now = drawing.get();
        DatasetId set = dataset.get();
        if (now.isEmpty()) {
            return;
        }
        String name = text.classNames(set).get(label);
        BackgroundTask.of(() -> {
            store.save(set, label, now.strokes(), now.picture() != null,
                    StrokeRasterizer.rasterize(now, StrokeRasterizer.SIDE), Instant.now());
            return store.list(set).size();
        }).onSuccess(count -> {
            message.set(text.format("draw.teach.saved", name, count));
            saved.run();
        }).onFailure(failure -> message.set(text.format("draw.teach.failed", text.describe(failure))))
                .start(files, ui);
    }

    /** What the last save did, for the line under the guess; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void clearMessage() {
        message.set("");
    }
}
