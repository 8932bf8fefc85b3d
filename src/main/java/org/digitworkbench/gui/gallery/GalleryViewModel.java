package org.digitworkbench.gui.gallery;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.common.LastRunEvaluations;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.ml.eval.ErrorChanges;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.eval.Misclassification;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.preprocess.GrayImage;
import org.digitworkbench.ml.store.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the Gallery view: the active model's misclassified test images (filtered and sorted), its confusion
 * matrix, what the last epoch of the last run fixed and broke, and the image picked for a closer look.
 * Called on one thread (the FX thread); evaluations run on the {@link GalleryEngine}'s thread and come back
 * through {@code ui}. A model is evaluated only while the view is active (its tab showing), once per model.
 */
public final class GalleryViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(GalleryViewModel.class);
    /** No filter on a class. */
    public static final int ANY = -1;

    /** Where the gallery stands. */
    public enum Phase { IDLE, LOADING_MODEL, NO_MODEL, MODEL_FAILED, WAITING, LOADING_DATA, EVALUATING, FAILED, READY }

    /** Timing of the last evaluation shown: reading and evaluating, and from the request until it was shown. */
    public record Timing(DatasetId dataset, int images, int errors, long evaluateMillis, long shownAfterMillis,
            boolean cached) {
    }

    private final Messages text;
    private final Executor ui;
    private final Executor io;
    private final GalleryEngine engine;
    private final Consumer<GrayImage> sendToDraw;

    private final ObjectProperty<DatasetId> dataset = new SimpleObjectProperty<>(this, "dataset", DatasetId.MNIST);
    private final ObservableList<String> classNames = FXCollections.observableArrayList();
    private final ObservableList<String> shortNames = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyObjectWrapper<EvaluationResult> evaluation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConfusionMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<GallerySource> source = new SimpleObjectProperty<>(GallerySource.ERRORS);
    private final ObjectProperty<GallerySort> sort = new SimpleObjectProperty<>(GallerySort.CONFIDENCE);
    private final IntegerProperty actualFilter = new SimpleIntegerProperty(ANY);
    private final IntegerProperty predictedFilter = new SimpleIntegerProperty(ANY);
    private final ObservableList<Misclassification> shown = FXCollections.observableArrayList();
    private final ObservableList<Misclassification> readOnlyShown = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyIntegerWrapper sourceTotal = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper changesAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Misclassification> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<float[]> selectedProbabilities = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final StringBinding countText;

    private ModelStatus status;
    private boolean active;
    private TrainedModel shownModel;
    private LabeledImages images;
    private LastRunEvaluations.Run run;
    private ErrorChanges changes;
    private Timing timing;

    public GalleryViewModel(Messages text, Executor ui, Executor io, GalleryEngine engine,
            Consumer<GrayImage> sendToDraw) {
        this.text = text;
        this.ui = ui;
        this.io = io;
        this.engine = engine;
        this.sendToDraw = Objects.requireNonNull(sendToDraw);
        dataset.addListener((obs, old, now) -> showNames(now));
        showNames(dataset.get());
        source.addListener((obs, old, now) -> refilter());
        sort.addListener((obs, old, now) -> refilter());
        actualFilter.addListener((obs, old, now) -> refilter());
        predictedFilter.addListener((obs, old, now) -> refilter());
        countText = Bindings.createStringBinding(() -> text.format("gallery.showing", shown.size(), sourceTotal.get()),
                shown, sourceTotal);
    }

    // ---- inputs ----

    public ObjectProperty<DatasetId> datasetProperty() {
        return dataset;
    }

    /** The active model changed (or is loading, missing, broken). */
    public void setModelStatus(ModelStatus now) {
        status = now;
        if (now == null) {
            clear(Phase.IDLE, "");
            return;
        }
        String name = now.dataset().displayName();
        switch (now.state()) {
            case LOADING -> clear(Phase.LOADING_MODEL, text.format("gallery.loadingModel", name));
            case MISSING -> clear(Phase.NO_MODEL, text.format("gallery.noModel", name));
            case FAILED -> clear(Phase.MODEL_FAILED, text.format("gallery.modelFailed", name, now.problem()));
            case READY -> showOrEvaluate();
        }
        updateChanges();
    }

    /** The Train view finished a run (null: none yet). */
    public void setLastRun(LastRunEvaluations.Run latest) {
        run = latest;
        changes = latest != null && latest.previous() != null
                ? ErrorChanges.between(latest.previous(), latest.last()) : null;
        updateChanges();
        refilter();
    }

    /** Whether the view is showing; models are evaluated only then (an evaluation takes all cores for seconds). */
    public void setActive(boolean showing) {
        active = showing;
        if (showing && status != null && status.ready()) {
            showOrEvaluate();
        }
    }

    // ---- state ----

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** What the view says instead of the gallery while there is nothing to show yet. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Share of the evaluation done, 0 to 1; -1 while unknown (reading the images). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The active model's evaluation, null until there is one. */
    public ReadOnlyObjectProperty<EvaluationResult> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConfusionMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /** The test images of the data set shown, null until evaluated. */
    public LabeledImages images() {
        return images;
    }

    public ObservableList<String> classNames() {
        return classNames;
    }

    /** Class names short enough for the columns of the confusion matrix. */
    public ObservableList<String> shortClassNames() {
        return shortNames;
    }

    public ObjectProperty<GallerySource> sourceProperty() {
        return source;
    }

    public ObjectProperty<GallerySort> sortProperty() {
        return sort;
    }

    /** Actual class to show, or {@link #ANY}. */
    public IntegerProperty actualFilterProperty() {
        return actualFilter;
    }

    /** Predicted class to show, or {@link #ANY}. */
    public IntegerProperty predictedFilterProperty() {
        return predictedFilter;
    }

    /** The images shown, filtered and sorted. */
    public ObservableList<Misclassification> shown() {
        return readOnlyShown;
    }

    /** How many images the chosen source has before the class filters. */
    public ReadOnlyIntegerProperty sourceTotalProperty() {
        return sourceTotal.getReadOnlyProperty();
    }

    /** "Showing 12 of 87". */
    public StringBinding countText() {
        return countText;
    }

    /** True after a run of two or more epochs on the data set shown: the fixed and broken sources can be chosen. */
    public ReadOnlyBooleanProperty changesAvailableProperty() {
        return changesAvailable.getReadOnlyProperty();
    }

    /** How many images the source has (before the class filters), for the source menu. */
    public int sourceSize(GallerySource which) {
        return base(which).size();
    }

    public ReadOnlyObjectProperty<Misclassification> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The active model's ten probabilities for the selected image, null until computed. */
    public ReadOnlyObjectProperty<float[]> selectedProbabilitiesProperty() {
        return selectedProbabilities.getReadOnlyProperty();
    }

    /** The last failure to report in the window (exports), null when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A short confirmation (e.g. where an export was saved). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Timing of the evaluation shown last, null before the first. */
    public Timing timing() {
        return timing;
    }

    // ---- actions ----

    /** A click on the confusion matrix: an error cell shows that pair's images, the diagonal shows them all. */
    public void selectCell(int actual, int predicted) {
        source.set(GallerySource.ERRORS);
        if (actual == predicted) {
            clearFilters();
        } else {
            actualFilter.set(actual);
            predictedFilter.set(predicted);
        }
    }

    public void clearFilters() {
        actualFilter.set(ANY);
        predictedFilter.set(ANY);
    }

    /** Shows {@code image} large and asks the active model for its ten probabilities. */
    public void select(Misclassification image) {
        selected.set(image);
        selectedProbabilities.set(null);
        if (image == null || images == null || shownModel == null || engine == null) {
            return;
        }
        TrainedModel model = shownModel;
        engine.probabilities(model, images, image.index()).whenComplete((p, failure) -> ui.execute(() -> {
            if (failure == null && selected.get() == image && shownModel == model) {
                selectedProbabilities.set(p);
            }
        }));
    }

    /** Sends the selected image to the Draw view, where the model guesses it like a drawing. */
    public void sendSelectedToDraw() {
        Misclassification image = selected.get();
        if (image == null || images == null) {
            return;
        }
        float[] ink = new float[images.imageSize()];
        images.copyImageTo(image.index(), ink, 0);
        sendToDraw.accept(new GrayImage(images.cols(), images.rows(), ink));
    }

    /** The confusion matrix as CSV, class names in the current language; null when there is none. */
    public String matrixCsv() {
        ConfusionMatrix now = matrix.get();
        return now == null ? null
                : now.toCsv(classNames, text.get("gallery.csvCorner"), text.get("gallery.csvAccuracy"));
    }

    /** Writes {@code content} (made on a background thread) to {@code file}, all or nothing. */
    public CompletableFuture<Void> save(Path file, Supplier<byte[]> content) {
        error.set(null);
        return CompletableFuture.runAsync(() -> {
            try {
                AtomicFiles.write(file, content.get());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, io).whenComplete((done, failure) -> ui.execute(() -> {
            if (failure == null) {
                notice.set(text.format("gallery.exported", file.getFileName()));
            } else {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                if (cause instanceof java.io.UncheckedIOException unchecked) {
                    cause = unchecked.getCause();
                }
                error.set(text.format("gallery.exportFailed",
                        cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName()));
            }
        }));
    }

    // ---- captions ----

    public String className(int label) {
        return label >= 0 && label < classNames.size() ? classNames.get(label) : Integer.toString(label);
    }

    /** One line, e.g. "Actual: 7 · Predicted: 1 (92%)"; for fixed images the earlier wrong guess. */
    public String caption(Misclassification image) {
        return text.format(source.get() == GallerySource.FIXED ? "gallery.captionFixed" : "gallery.caption",
                className(image.actual()), className(image.predicted()), image.confidence());
    }

    /** First line of a thumbnail's caption. */
    public String actualLine(Misclassification image) {
        return text.format("gallery.actualLine", className(image.actual()));
    }

    /** Second line of a thumbnail's caption: the wrong answer (for fixed images, the earlier wrong answer). */
    public String predictedLine(Misclassification image) {
        return text.format(source.get() == GallerySource.FIXED ? "gallery.fixedLine" : "gallery.predictedLine",
                className(image.predicted()));
    }

    /** How sure the model was of the wrong answer, e.g. "92%". */
    public String confidenceText(Misclassification image) {
        return text.format("gallery.confidence", image.confidence());
    }

    // ---- internals ----

    private void showNames(DatasetId now) {
        classNames.setAll(text.classNames(now));
        List<String> shortened = new java.util.ArrayList<>();
        for (int label = 0; label < classNames.size(); label++) {
            String key = "gallery.short." + now.id() + "." + label;
            String value = text.get(key);
            shortened.add(value.startsWith("!") ? classNames.get(label) : value);
        }
        shortNames.setAll(shortened);
    }

    private void clear(Phase now, String why) {
        shownModel = null;
        images = null;
        evaluation.set(null);
        matrix.set(null);
        selected.set(null);
        selectedProbabilities.set(null);
        progress.set(-1);
        message.set(why);
        phase.set(now);
        refilter();
    }

    private void showOrEvaluate() {
        TrainedModel model = status.model();
        if (model == shownModel) {
            return;
        }
        long requested = System.nanoTime();
        GalleryEngine.Evaluated done = engine == null ? null : engine.cached(model);
        if (done != null) {
            show(model, done, requested, true);
            return;
        }
        DatasetId set = status.dataset();
        if (!active || engine == null) {
            clear(Phase.WAITING, text.format("gallery.waiting", set.displayName()));
            return;
        }
        clear(Phase.LOADING_DATA, text.format("gallery.loadingData", set.displayName()));
        engine.evaluate(set, model, fraction -> ui.execute(() -> {
            if (isCurrent(model) && shownModel != model) {
                progress.set(fraction);
                if (fraction >= 0) {
                    phase.set(Phase.EVALUATING);
                    message.set(text.format("gallery.evaluating", set.displayName(), fraction));
                }
            }
        })).whenComplete((result, failure) -> ui.execute(() -> {
            if (!isCurrent(model) || shownModel == model) {
                return;
            }
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                if (cause instanceof java.io.UncheckedIOException unchecked) {
                    cause = unchecked.getCause();
                }
                LOG.warn("Gallery evaluation of the {} model failed", set.displayName(), cause);
                clear(Phase.FAILED, text.format("gallery.evaluationFailed", set.displayName(),
                        cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName()));
            } else {
                show(model, result, requested, false);
            }
        }));
    }

    private boolean isCurrent(TrainedModel model) {
        return status != null && status.ready() && status.model() == model;
    }

    private void show(TrainedModel model, GalleryEngine.Evaluated done, long requested, boolean cached) {
        shownModel = model;
        showEvaluation(done.images(), done.result());
        timing = new Timing(done.dataset(), done.images().count(), done.result().misclassified().size(),
                done.millis(), (System.nanoTime() - requested) / 1_000_000, cached);
        LOG.info("Gallery: {} model, {} test images, {} wrong: evaluated in {} ms, shown {} ms after the request{}",
                done.dataset().displayName(), timing.images(), timing.errors(), timing.evaluateMillis(),
                timing.shownAfterMillis(), cached ? " (cached)" : "");
    }

    /** Shows an evaluation (package-private so tests can feed known results without a model). */
    void showEvaluation(LabeledImages test, EvaluationResult result) {
        images = test;
        selected.set(null);
        selectedProbabilities.set(null);
        evaluation.set(result);
        matrix.set(new ConfusionMatrix(result.confusion()));
        progress.set(1);
        message.set("");
        phase.set(Phase.READY);
        updateChanges();
        refilter();
    }

    private void updateChanges() {
        boolean available = changes != null && status != null && run.dataset() == status.dataset();
        changesAvailable.set(available);
        if (!available && source.get() != GallerySource.ERRORS) {
            source.set(GallerySource.ERRORS); // refilters
        }
    }

    private List<Misclassification> base(GallerySource which) {
        return switch (which) {
            case ERRORS -> evaluation.get() == null ? List.of() : evaluation.get().misclassified();
            case FIXED -> changesAvailable.get() && images != null ? changes.fixed() : List.of();
            case BROKEN -> changesAvailable.get() && images != null ? changes.broken() : List.of();
        };
    }

    private void refilter() {
        List<Misclassification> all = base(source.get());
        int actual = actualFilter.get();
        int predicted = predictedFilter.get();
        List<Misclassification> filtered = all.stream()
                .filter(m -> actual == ANY || m.actual() == actual)
                .filter(m -> predicted == ANY || m.predicted() == predicted)
                .sorted(sort.get().order())
                .toList();
        sourceTotal.set(all.size());
        shown.setAll(filtered);
        if (selected.get() != null && !filtered.contains(selected.get())) {
            selected.set(null);
            selectedProbabilities.set(null);
        }
    }
}
