package org.digitworkbench.gui.gallery;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.digitworkbench.app.BackgroundTask;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.eval.Evidence;
import org.digitworkbench.ml.eval.Misclassification;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.preprocess.GrayImage;

/**
 * The image picked for a closer look: the model's ten probabilities for it, its heat map when asked for, and
 * sending it to the Draw view.
 */
final class GallerySelection {
    private final Executor ui;
    private final GalleryEngine engine;
    private final Consumer<GrayImage> sendToDraw;
    private final Supplier<LabeledImages> images;
    private final Supplier<TrainedModel> shownModel;
    private final ReadOnlyObjectWrapper<Misclassification> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<float[]> probabilities = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Evidence> evidence = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty explain = new SimpleBooleanProperty(false);

    /** {@code images}, {@code shownModel}: the test images and the model of the evaluation shown (null: none). */
    GallerySelection(Executor ui, GalleryEngine engine, Consumer<GrayImage> sendToDraw,
            Supplier<LabeledImages> images, Supplier<TrainedModel> shownModel) {
        this.ui = ui;
        this.engine = engine;
        this.sendToDraw = Objects.requireNonNull(sendToDraw);
        this.images = images;
        this.shownModel = shownModel;
        explain.addListener((obs, old, now) -> explainSelected());
    }

    /** Whether the heat map of the picked image is wanted. */
    BooleanProperty explainProperty() {
        return explain;
    }

    /** The heat map of the picked image; null while not asked for or not yet computed. */
    ReadOnlyObjectProperty<Evidence> evidenceProperty() {
        return evidence.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Misclassification> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<float[]> probabilitiesProperty() {
        return probabilities.getReadOnlyProperty();
    }

    void select(Misclassification image) {
        selected.set(image);
        probabilities.set(null);
        explainSelected();
        LabeledImages test = images.get();
        TrainedModel model = shownModel.get();
        if (image == null || test == null || model == null || engine == null) {
            return;
        }
        BackgroundTask.deliver(engine.probabilities(model, test, image.index()), ui, (p, failure) -> {
            // by the time they come the user may have picked another image, or another model is shown
            if (failure == null && selected.get() == image && shownModel.get() == model) {
                probabilities.set(p);
            }
        });
    }

    void clear() {
        selected.set(null);
        probabilities.set(null);
        evidence.set(null);
    }

    private void explainSelected() {
        evidence.set(null);
        Misclassification image = selected.get();
        LabeledImages test = images.get();
        TrainedModel model = shownModel.get();
        if (!explain.get() || image == null || test == null || model == null || engine == null) {
            return;
        }
        BackgroundTask.deliver(engine.evidence(model, test, image.index()), ui, (map, failure) -> {
            if (failure == null && explain.get() && selected.get() == image && shownModel.get() == model) {
                evidence.set(map);
            }
        });
    }

    /** Drops the selection when it is no longer among the images shown. */
    void keepOnlyAmong(List<Misclassification> shown) {
        if (selected.get() != null && !shown.contains(selected.get())) {
            clear();
        }
    }

    void sendToDraw() {
        Misclassification image = selected.get();
        LabeledImages test = images.get();
        if (image == null || test == null) {
            return;
        }
        float[] ink = new float[test.imageSize()];
        test.copyImageTo(image.index(), ink, 0);
        sendToDraw.accept(new GrayImage(test.cols(), test.rows(), ink));
    }
}
