package org.digitworkbench.gui.gallery;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.common.LastRunEvaluations;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.eval.Misclassification;
import org.digitworkbench.ml.preprocess.GrayImage;

/**
 * State of the Gallery view: the active model's misclassified test images (filtered and sorted), its confusion
 * matrix, what the last epoch of the last run fixed and broke, and the image picked for a closer look.
 * Called on one thread (the FX thread); evaluations run on the {@link GalleryEngine}'s thread and come back
 * through {@code ui}. A model is evaluated only while the view is active (its tab showing), once per model.
 */
public final class GalleryViewModel {
    /** No filter on a class. */
    public static final int ANY = GalleryFilter.ANY;

    /** Where the gallery stands. */
    public enum Phase { IDLE, LOADING_MODEL, NO_MODEL, MODEL_FAILED, WAITING, LOADING_DATA, EVALUATING, FAILED, READY }

    /** Timing of the last evaluation shown: reading and evaluating, and from the request until it was shown. */
    public record Timing(DatasetId dataset, int images, int errors, long evaluateMillis, long shownAfterMillis,
            boolean cached) {
    }

    private final ObjectProperty<DatasetId> dataset = new SimpleObjectProperty<>(this, "dataset", DatasetId.MNIST);
    private final EpochChanges changes = new EpochChanges();
    private final GalleryEvaluation evaluation;
    private final GallerySelection selection;
    private final GalleryFilter filter;
    private final GalleryCaptions captions;
    private final GalleryExports exports;

    public GalleryViewModel(Messages text, Executor ui, Executor io, GalleryEngine engine,
            Consumer<GrayImage> sendToDraw) {
        evaluation = new GalleryEvaluation(text, ui, engine, this::evaluationChanged);
        selection = new GallerySelection(ui, engine, sendToDraw, evaluation::images, evaluation::shownModel);
        filter = new GalleryFilter(text, this::images, selection::keepOnlyAmong);
        captions = new GalleryCaptions(text, dataset, filter.sourceProperty()::get);
        exports = new GalleryExports(text, ui, io, evaluation.matrixProperty()::get, captions.classNames());
    }

    // ---- inputs ----

    public ObjectProperty<DatasetId> datasetProperty() {
        return dataset;
    }

    /** The active model changed (or is loading, missing, broken). */
    public void setModelStatus(ModelStatus now) {
        evaluation.setModelStatus(now);
        updateChanges();
    }

    /** The Train view finished a run (null: none yet). */
    public void setLastRun(LastRunEvaluations.Run latest) {
        changes.setLastRun(latest);
        updateChanges();
        filter.refilter();
    }

    /** Whether the view is showing; models are evaluated only then (an evaluation takes all cores for seconds). */
    public void setActive(boolean showing) {
        evaluation.setActive(showing);
    }

    // ---- state ----

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return evaluation.phaseProperty();
    }

    /** What the view says instead of the gallery while there is nothing to show yet. */
    public ReadOnlyStringProperty messageProperty() {
        return evaluation.messageProperty();
    }

    /** Share of the evaluation done, 0 to 1; -1 while unknown (reading the images). */
    public ReadOnlyDoubleProperty progressProperty() {
        return evaluation.progressProperty();
    }

    /** The active model's evaluation, null until there is one. */
    public ReadOnlyObjectProperty<EvaluationResult> evaluationProperty() {
        return evaluation.evaluationProperty();
    }

    public ReadOnlyObjectProperty<ConfusionMatrix> matrixProperty() {
        return evaluation.matrixProperty();
    }

    /** The test images of the data set shown, null until evaluated. */
    public LabeledImages images() {
        return evaluation.images();
    }

    /** Timing of the evaluation shown last, null before the first. */
    public Timing timing() {
        return evaluation.timing();
    }

    public ObservableList<String> classNames() {
        return captions.classNames();
    }

    /** Class names short enough for the columns of the confusion matrix. */
    public ObservableList<String> shortClassNames() {
        return captions.shortClassNames();
    }

    public ObjectProperty<GallerySource> sourceProperty() {
        return filter.sourceProperty();
    }

    public ObjectProperty<GallerySort> sortProperty() {
        return filter.sortProperty();
    }

    /** Actual class to show, or {@link #ANY}. */
    public IntegerProperty actualFilterProperty() {
        return filter.actualFilterProperty();
    }

    /** Predicted class to show, or {@link #ANY}. */
    public IntegerProperty predictedFilterProperty() {
        return filter.predictedFilterProperty();
    }

    /** The images shown, filtered and sorted. */
    public ObservableList<Misclassification> shown() {
        return filter.shown();
    }

    /** How many images the chosen source has before the class filters. */
    public ReadOnlyIntegerProperty sourceTotalProperty() {
        return filter.sourceTotalProperty();
    }

    /** "Showing 12 of 87". */
    public StringBinding countText() {
        return filter.countText();
    }

    /** How many images the source has (before the class filters), for the source menu. */
    public int sourceSize(GallerySource which) {
        return filter.sourceSize(which);
    }

    /** True after a run of two or more epochs on the data set shown: the fixed and broken sources can be chosen. */
    public ReadOnlyBooleanProperty changesAvailableProperty() {
        return changes.availableProperty();
    }

    public ReadOnlyObjectProperty<Misclassification> selectedProperty() {
        return selection.selectedProperty();
    }

    /** The active model's ten probabilities for the selected image, null until computed. */
    public ReadOnlyObjectProperty<float[]> selectedProbabilitiesProperty() {
        return selection.probabilitiesProperty();
    }

    /** The last failure to report in the window (exports), null when none. */
    public ReadOnlyStringProperty errorProperty() {
        return exports.errorProperty();
    }

    /** A short confirmation (e.g. where an export was saved). */
    public ReadOnlyStringProperty noticeProperty() {
        return exports.noticeProperty();
    }

    // ---- actions ----

    /** A click on the confusion matrix: an error cell shows that pair's images, the diagonal shows them all. */
    public void selectCell(int actual, int predicted) {
        filter.selectCell(actual, predicted);
    }

    public void clearFilters() {
        filter.clearFilters();
    }

    /** Shows {@code image} large and asks the active model for its ten probabilities. */
    public void select(Misclassification image) {
        selection.select(image);
    }

    /** Sends the selected image to the Draw view, where the model guesses it like a drawing. */
    public void sendSelectedToDraw() {
        selection.sendToDraw();
    }

    /** The confusion matrix as CSV, class names in the current language; null when there is none. */
    public String matrixCsv() {
        return exports.matrixCsv();
    }

    /** Writes {@code content} (made on a background thread) to {@code file}, all or nothing. */
    public CompletableFuture<Void> save(Path file, Supplier<byte[]> content) {
        return exports.save(file, content);
    }

    // ---- captions ----

    public String className(int label) {
        return captions.className(label);
    }

    /** One line, e.g. "Actual: 7 · Predicted: 1 (92%)"; for fixed images the earlier wrong guess. */
    public String caption(Misclassification image) {
        return captions.caption(image);
    }

    /** First line of a thumbnail's caption. */
    public String actualLine(Misclassification image) {
        return captions.actualLine(image);
    }

    /** Second line of a thumbnail's caption: the wrong answer (for fixed images, the earlier wrong answer). */
    public String predictedLine(Misclassification image) {
        return captions.predictedLine(image);
    }

    /** How sure the model was of the wrong answer, e.g. "92%". */
    public String confidenceText(Misclassification image) {
        return captions.confidenceText(image);
    }

    // ---- internals ----

    /** Shows an evaluation (package-private so tests can feed known results without a model). */
    void showEvaluation(LabeledImages test, EvaluationResult result) {
        evaluation.show(test, result);
    }

    private void evaluationChanged() {
        selection.clear();
        updateChanges();
        filter.refilter();
    }

    private void updateChanges() {
        if (!changes.update(evaluation.status()) && filter.sourceProperty().get() != GallerySource.ERRORS) {
            filter.sourceProperty().set(GallerySource.ERRORS); // refilters
        }
    }

    private List<Misclassification> images(GallerySource which) {
        if (evaluation.images() == null) {
            return List.of();
        }
        return switch (which) {
            case ERRORS -> evaluation.evaluationProperty().get().misclassified();
            case FIXED -> changes.fixed();
            case BROKEN -> changes.broken();
        };
    }
}
