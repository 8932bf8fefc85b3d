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
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.preprocess.GrayImage;

/**
 * State of the Gallery view: the active model's misclassified test images (filtered and sorted), its confusion
 * matrix, what the last epoch of the last run fixed and broke, all images of a split, and the image picked.
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
    private final GalleryBrowse browse;
    private final GridCursor gridCursor;
    private final MatrixCursor matrixCursor;
    private final Messages text;
    private LabeledImages browsed; // what "All images" showed when it last changed

    public GalleryViewModel(Messages text, Executor ui, Executor io, GalleryEngine engine,
            Consumer<GrayImage> sendToDraw) {
        this.text = text;
        evaluation = new GalleryEvaluation(text, ui, engine, this::evaluationChanged);
        drawings = new GalleryDrawings(ui, engine, evaluation, this::drawingsRead);
        browse = new GalleryBrowse(text, ui, io, engine, dataset, this::browseChanged);
        selection = new GallerySelection(ui, engine, sendToDraw, this::shownImages, this::shownModel);
        filter = new GalleryFilter(text, this::errorsOfSource, selection::keepOnlyAmong);
        filter.sourceProperty().addListener((obs, old, now) -> {
            if (old == GallerySource.ALL || now == GallerySource.ALL) {
                selection.clear(); // another set of images: index 5 is another image
            }
            if (now == GallerySource.ALL) {
                browse.show();
            }
        });
        gridCursor = new GridCursor(filter.shown(), selection);
        matrixCursor = new MatrixCursor(Architecture.CLASSES, filter, evaluation.matrixProperty()::get);
        captions = new GalleryCaptions(text, dataset, filter.sourceProperty()::get, () -> {
            ModelStatus status = evaluation.status();
            return status != null && status.ready() ? status.model().card().unsureThreshold() : Double.NaN;
        });
        exports = new GalleryExports(text, ui, io, evaluation.matrixProperty()::get, captions.classNames(),
                () -> engine == null ? null : engine.drawingStore());
        // class 9 of MNIST and class 9 of Fashion-MNIST have nothing in common: a new data set, no class filter
        dataset.addListener((obs, old, now) -> {
            filter.clearFilters();
            exports.clear(); // "Saved mnist-confusion-matrix.png" says nothing about Fashion-MNIST
        });
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

    /** "All images": the split, its images and their counts per class. */
    GalleryBrowse browse() {
        return browse;
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
        browse.setModelStatus(now);
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
        browse.setActive(showing);
    }

    // ---- state ----

    /** A source's name with its count; while the model is still being evaluated, no count (it is not known). */
    public String sourceName(GallerySource source) {
        if (source == GallerySource.ALL) {
            return browse.images() == null ? text.get("gallery.source.allUnread")
                    : text.format(source.bundleKey(), browse.images().count());
        }
        return evaluation.phaseProperty().get() == Phase.READY
                ? text.format(source.bundleKey(), filter.sourceSize(source)) : text.get("gallery.source.evaluating");
    }

    /** What a sort is called for the images shown: numbered test or training images, or drawings by age. */
    public String sortName(GallerySort sort) {
        if (sort != GallerySort.INDEX) {
            return text.get(sort.bundleKey());
        }
        if (filter.sourceProperty().get() == GallerySource.MY_DRAWINGS) {
            return text.get("gallery.sort.index.drawings");
        }
        return text.get(showsTrainingImages() ? "gallery.sort.index.training" : sort.bundleKey());
    }

    /** Whether there are images to show (or a filter that hides them all), rather than a message. */
    boolean showsImages() {
        return filter.sourceProperty().get() == GallerySource.ALL ? browse.images() != null
                : evaluation.phaseProperty().get() == Phase.READY;
    }

    /** The images the shown items index into: a split under "All images", else the evaluated test images. */
    LabeledImages shownImages() {
        return filter.sourceProperty().get() == GallerySource.ALL ? browse.images() : evaluation.images();
    }

    /** Whether the shown images are the training images (so the close-up names them so). */
    boolean showsTrainingImages() {
        return filter.sourceProperty().get() == GallerySource.ALL
                && browse.splitProperty().get() == GallerySplit.TRAINING;
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

    private TrainedModel shownModel() {
        return filter.sourceProperty().get() == GallerySource.ALL ? browse.model() : evaluation.shownModel();
    }

    private void browseChanged() {
        LabeledImages before = browsed;
        browsed = browse.images();
        if (filter.sourceProperty().get() != GallerySource.ALL) {
            return;
        }
        Misclassification picked = selection.selectedProperty().get();
        filter.refilter();
        // the model's answers came in: the same image stays picked, now with its answer
        if (picked != null && before != null && before == browsed && picked.index() < browse.items().size()) {
            selection.select(browse.items().get(picked.index()));
        }
    }

    private void evaluationChanged() {
        if (filter.sourceProperty().get() != GallerySource.ALL) {
            selection.clear();
        }
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
        if (which == GallerySource.ALL) {
            return browse.items();
        }
        if (evaluation.images() == null) {
            return List.of();
        }
        return switch (which) {
            case ERRORS -> evaluation.evaluationProperty().get().misclassified();
            case FIXED -> changes.fixed();
            case BROKEN -> changes.broken();
            case MY_DRAWINGS -> drawings.items();
            case ALL -> browse.items();
        };
    }
}
