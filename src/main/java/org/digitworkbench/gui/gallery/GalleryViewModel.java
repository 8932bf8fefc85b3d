package org.digitworkbench.gui.gallery;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.common.LastRunEvaluations;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.ml.arch.Architecture;
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
    private final GalleryDrawings drawings;
    private final GridCursor gridCursor;
    private final MatrixCursor matrixCursor;
    private final Messages text;

    public GalleryViewModel(Messages text, Executor ui, Executor io, GalleryEngine engine,
            Consumer<GrayImage> sendToDraw) {
        this.text = text;
        evaluation = new GalleryEvaluation(text, ui, engine, this::evaluationChanged);
        drawings = new GalleryDrawings(ui, engine, evaluation, this::drawingsRead);
        selection = new GallerySelection(ui, engine, sendToDraw, evaluation::images, evaluation::shownModel);
        filter = new GalleryFilter(text, this::errorsOfSource, selection::keepOnlyAmong);
        gridCursor = new GridCursor(filter.shown(), selection);
        matrixCursor = new MatrixCursor(Architecture.CLASSES, filter, evaluation.matrixProperty()::get);
        captions = new GalleryCaptions(text, dataset, filter.sourceProperty()::get);
        exports = new GalleryExports(text, ui, io, evaluation.matrixProperty()::get, captions.classNames(),
                () -> engine == null ? null : engine.drawingStore());
        // class 9 of MNIST and class 9 of Fashion-MNIST have nothing in common: a new data set, no class filter
        dataset.addListener((obs, old, now) -> filter.clearFilters());
    }

    // ---- the parts the views bind to ----

    /** The active model's evaluation: phase, progress, the result and its confusion matrix, the test images. */
    GalleryEvaluation evaluation() {
        return evaluation;
    }

    /** The shown images: source, sort, class filters, count. */
    GalleryFilter filter() {
        return filter;
    }

    /** The picked image and its ten probabilities. */
    GallerySelection selection() {
        return selection;
    }

    /** The keyboard's place among the thumbnails. */
    GridCursor gridCursor() {
        return gridCursor;
    }

    /** The keyboard's cell in the confusion matrix. */
    MatrixCursor matrixCursor() {
        return matrixCursor;
    }

    /** Class names and what the thumbnails and the close-up say. */
    GalleryCaptions captions() {
        return captions;
    }

    /** Saving the matrix and the page, with what went wrong. */
    GalleryExports exports() {
        return exports;
    }

    /** What the last run's final epoch fixed and broke. */
    EpochChanges changes() {
        return changes;
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

    /** A drawing was labelled in the Draw view: "My drawings" reads them again. */
    public void drawingsChanged() {
        drawings.refresh();
    }

    /** Whether the view is showing; models are evaluated only then (an evaluation takes all cores for seconds). */
    public void setActive(boolean showing) {
        evaluation.setActive(showing);
    }

    // ---- state ----

    /** A source's name with its count; while the model is still being evaluated, no count (it is not known). */
    public String sourceName(GallerySource source) {
        return evaluation.phaseProperty().get() == Phase.READY
                ? text.format(source.bundleKey(), filter.sourceSize(source)) : text.get("gallery.source.evaluating");
    }

    /** The last failure to report in the window (exports), null when none. */
    public ReadOnlyStringProperty errorProperty() {
        return exports.errorProperty();
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
        drawings.refresh();
    }

    private void drawingsRead() {
        filter.refilter();
    }

    private void updateChanges() {
        GallerySource now = filter.sourceProperty().get();
        if (!changes.update(evaluation.status()) && (now == GallerySource.FIXED || now == GallerySource.BROKEN)) {
            filter.sourceProperty().set(GallerySource.ERRORS); // refilters
        }
    }

    private List<Misclassification> errorsOfSource(GallerySource which) {
        if (evaluation.images() == null) {
            return List.of();
        }
        return switch (which) {
            case ERRORS -> evaluation.evaluationProperty().get().misclassified();
            case FIXED -> changes.fixed();
            case BROKEN -> changes.broken();
            case MY_DRAWINGS -> drawings.items();
        };
    }
}
