package org.digitworkbench.gui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitworkbench.app.BackgroundTask;
import org.digitworkbench.app.ModelFiles;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.keras.KerasFiles;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelLocator;
import org.digitworkbench.ml.store.StoredModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The active model of the chosen data set. Files are read on background threads; {@link #statusProperty()}
 * and {@link #errorProperty()} change only on the {@code ui} executor (the FX thread in the application).
 */
public final class ModelService {
    private static final Logger LOG = LoggerFactory.getLogger(ModelService.class);
    private final ModelLocator locator;
    private final BackgroundExecutor background;
    private final Executor ui;
    private final Messages text;
    private final Map<DatasetId, CompletableFuture<Loaded>> loads = new EnumMap<>(DatasetId.class);
    /** The shipped models' cards, read once: they are part of the program and do not change while it runs. */
    private final Map<DatasetId, CompletableFuture<ModelCard>> shippedCards = new EnumMap<>(DatasetId.class);
    private final ReadOnlyObjectWrapper<ModelStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    private record Loaded(TrainedModel model, boolean userModel) {
    }

    /** A data set's test images, to score a model opened from a Keras file with; null leaves it unscored. */
    @FunctionalInterface
    public interface TestImages {
        LabeledImages of(DatasetId dataset) throws IOException;
    }

    private volatile TestImages testImages = dataset -> null;

    public ModelService(ModelLocator locator, BackgroundExecutor background, Executor ui, Messages text) {
        this.locator = locator;
        this.background = background;
        this.ui = ui;
        this.text = text;
    }

    public ReadOnlyObjectProperty<ModelStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ModelStatus status() {
        return status.get();
    }

    /** The last failed "open" or "reset", for a dialog; cleared by the next attempt. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Starts reading the model without touching the UI; safe before the toolkit runs (start-up head start). */
    public synchronized CompletableFuture<?> prefetch(DatasetId dataset) {
        return loads.computeIfAbsent(dataset, d -> background.supply(() -> readActive(d)));
    }

    /** Makes {@code dataset} the one whose model {@link #statusProperty()} reports. */
    public void activate(DatasetId dataset) {
        status.set(ModelStatus.loading(dataset));
        CompletableFuture<Loaded> load;
        synchronized (this) {
            prefetch(dataset);
            load = loads.get(dataset);
        }
        BackgroundTask.deliver(load, ui, (loaded, failure) -> {
            if (isCurrent(dataset, load)) {
                status.set(failure == null ? ModelStatus.ready(dataset, loaded.model(), loaded.userModel())
                        : statusFor(dataset, failure));
            }
        });
    }

    /** Where a model opened from a Keras file gets its test accuracy (the window's data sets). */
    public void setTestImages(TestImages images) {
        testImages = images;
    }

    /**
     * Reads a model file and, if it fits the current data set, makes it the active one (kept for next time). A Keras
     * file is read as a model of the current data set and scored on its test images.
     */
    public CompletableFuture<?> openModel(Path file) {
        DatasetId dataset = Objects.requireNonNull(status.get()).dataset();
        error.set(null);
        return BackgroundTask.of(() -> {
            TrainedModel model = ModelFiles.open(file, dataset);
            LabeledImages test = model.card().importedFrom() == null ? null : testImages.of(dataset);
            if (test != null) {
                model = ModelFiles.scored(model, test);
            }
            DatasetId trainedOn = DatasetId.fromId(model.card().dataset());
            if (trainedOn != dataset) {
                throw new IllegalArgumentException(text.format("model.wrongDataset", file.getFileName(),
                        trainedOn.displayName(), dataset.displayName()));
            }
            locator.saveAsActive(model);
            return new Loaded(model, true);
        }).onSuccess(loaded -> replace(dataset, loaded))
                .onFailure(failure -> error.set(text.format("model.openFailed", text.describe(failure))))
                .start(background, ui);
    }

    /** Writes the model in use as a Keras file (.keras or .h5 by its name); completes on {@code ui}. */
    public CompletableFuture<Void> exportForKeras(Path file) {
        ModelStatus now = status.get();
        if (now == null || !now.ready()) {
            return CompletableFuture.completedFuture(null);
        }
        error.set(null);
        TrainedModel model = now.model();
        return BackgroundTask.of(() -> KerasFiles.write(model, file))
                .onFailure(failure -> error.set(text.format("model.exportFailed", text.describe(failure))))
                .start(background, ui);
    }

    /** The user's models of the current data set, the active one first; completes on the {@code ui} executor. */
    public CompletableFuture<List<StoredModel>> userModels() {
        DatasetId dataset = Objects.requireNonNull(status.get()).dataset();
        return BackgroundTask.of(() -> locator.userModels(dataset)).start(background, ui);
    }

    /**
     * The card of the shipped model of the current data set, null when this build has none or it cannot be read
     * (then the dialog simply does not name it); completes on the {@code ui} executor.
     */
    public synchronized CompletableFuture<ModelCard> shippedCard() {
        DatasetId dataset = Objects.requireNonNull(status.get()).dataset();
        return shippedCards.computeIfAbsent(dataset, id -> BackgroundTask.of(() -> {
            try {
                return locator.defaultCard(dataset);
            } catch (IOException e) {
                LOG.info("Cannot read the card of the shipped {} model: {}", dataset.id(), e.getMessage());
                return null;
            }
        }).start(background, ui));
    }

    /** Makes a kept model the active one (the active one is kept in its place); completes on {@code ui}. */
    public CompletableFuture<Void> useKept(StoredModel kept) {
        return changeModels(dataset -> locator.activate(dataset, kept.file()));
    }

    /** Deletes one of the user's models for good (ask first); completes on {@code ui}. */
    public CompletableFuture<Void> delete(StoredModel model) {
        return changeModels(dataset -> locator.delete(model.file()));
    }

    /** Puts the user's model of the current data set on the shelf and goes back to the shipped one. */
    public void resetToDefault() {
        error.set(null);
        changeModels(locator::resetToDefault).exceptionally(failure -> {
            error.set(text.format("model.resetFailed", text.describe(failure)));
            return null;
        });
    }

    private interface FileChange {
        void apply(DatasetId dataset) throws IOException;
    }

    /**
     * Changes the model files of the current data set off the FX thread, then reloads its active model, whether
     * the change worked or not; completes on {@code ui}.
     */
    private CompletableFuture<Void> changeModels(FileChange change) {
        DatasetId dataset = Objects.requireNonNull(status.get()).dataset();
        synchronized (this) {
            loads.remove(dataset);
        }
        Runnable reload = () -> {
            synchronized (this) {
                loads.remove(dataset);
            }
            if (status.get() != null && status.get().dataset() == dataset) {
                activate(dataset);
            }
        };
        return BackgroundTask.of(() -> change.apply(dataset))
                .onSuccess(done -> reload.run()).onFailure(failure -> reload.run())
                .start(background, ui);
    }

    /** A model trained or chosen elsewhere in the application becomes the active one of its data set. */
    public void replace(DatasetId dataset, TrainedModel model) {
        replace(dataset, new Loaded(model, true));
    }

    private void replace(DatasetId dataset, Loaded loaded) {
        CompletableFuture<Loaded> done = CompletableFuture.completedFuture(loaded);
        synchronized (this) {
            loads.put(dataset, done);
        }
        if (status.get() != null && status.get().dataset() == dataset) {
            status.set(ModelStatus.ready(dataset, loaded.model(), loaded.userModel()));
        }
    }

    private synchronized boolean isCurrent(DatasetId dataset, CompletableFuture<Loaded> load) {
        return status.get() != null && status.get().dataset() == dataset && loads.get(dataset) == load;
    }

    private Loaded readActive(DatasetId dataset) {
        try {
            boolean user = locator.hasUserModel(dataset);
            return new Loaded(locator.loadActive(dataset), user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ModelStatus statusFor(DatasetId dataset, Throwable failure) {
        // no user model and no shipped default is a normal state (nothing trained yet), not an error
        if (!locator.hasUserModel(dataset) && !locator.hasDefaultModel(dataset)) {
            return ModelStatus.missing(dataset);
        }
        return ModelStatus.failed(dataset, text.describe(failure));
    }
}
