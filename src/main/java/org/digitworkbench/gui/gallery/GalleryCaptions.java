package org.digitworkbench.gui.gallery;

import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.eval.Misclassification;

/** The data set's class names (full, and short for the matrix columns) and the captions of an image. */
final class GalleryCaptions {
    private final Messages text;
    private final Supplier<GallerySource> source;
    private final DoubleSupplier unsureBelow;
    private final ObservableList<String> classNames = FXCollections.observableArrayList();
    private final ObservableList<String> shortNames = FXCollections.observableArrayList();

    /**
     * {@code source}: the images' source; fixed images are captioned with their earlier wrong answer.
     * {@code unsureBelow}: the active model's "not sure" threshold (NaN without a model), which the user's drawings
     * are judged by here as in the Draw view.
     */
    GalleryCaptions(Messages text, ObservableValue<DatasetId> dataset, Supplier<GallerySource> source,
            DoubleSupplier unsureBelow) {
        this.text = text;
        this.source = source;
        this.unsureBelow = unsureBelow;
        dataset.addListener((obs, old, now) -> showNames(now));
        showNames(dataset.getValue());
    }

    ObservableList<String> classNames() {
        return classNames;
    }

    ObservableList<String> shortClassNames() {
        return shortNames;
    }

    String className(int label) {
        return label >= 0 && label < classNames.size() ? classNames.get(label) : Integer.toString(label);
    }

    String caption(Misclassification image) {
        if (unanswered(image)) {
            return actualLine(image);
        }
        return text.format(fixed() ? "gallery.captionFixed" : unsure(image) ? "gallery.captionUnsure"
                : "gallery.caption", className(image.actual()), className(image.predicted()), image.confidence());
    }

    /** What a screen reader says of a thumbnail: the caption in words, without its symbols. */
    String tileAccessible(Misclassification image) {
        if (unanswered(image)) {
            return text.format("gallery.tileAccessibleActual", className(image.actual()));
        }
        return text.format(fixed() ? "gallery.tileAccessibleFixed" : unsure(image) ? "gallery.tileAccessibleUnsure"
                : "gallery.tileAccessible", className(image.actual()), className(image.predicted()),
                image.confidence());
    }

    /** What a screen reader says of a matrix cell; {@code matrix} null: no counts yet. */
    String cellAccessible(int actual, int predicted, ConfusionMatrix matrix) {
        if (matrix == null) {
            return text.format("gallery.cellAccessibleEmpty", className(actual), className(predicted));
        }
        return text.format(actual == predicted ? "gallery.cellAccessibleRight" : "gallery.cellAccessible",
                className(actual), className(predicted), matrix.count(actual, predicted));
    }

    String actualLine(Misclassification image) {
        return text.format("gallery.actualLine", className(image.actual()));
    }

    String predictedLine(Misclassification image) {
        if (unanswered(image)) {
            return "";
        }
        return text.format(fixed() ? "gallery.fixedLine" : unsure(image) ? "gallery.unsureLine"
                : "gallery.predictedLine", className(image.predicted()));
    }

    String confidenceText(Misclassification image) {
        if (unanswered(image)) {
            return "";
        }
        return text.format("gallery.confidence", image.confidence());
    }

    /**
     * One of the user's drawings whose answer falls under the model's "not sure" threshold: the Draw view says
     * "not sure" of it, so the Gallery does not call it right or wrong either.
     */
    boolean unsure(Misclassification image) {
        return source.get() == GallerySource.MY_DRAWINGS && !unanswered(image)
                && image.confidence() < unsureBelow.getAsDouble();
    }

    /** An image of "All images" the model has not been asked about (or there is no model). */
    static boolean unanswered(Misclassification image) {
        return image.predicted() == GalleryBrowse.UNKNOWN;
    }

    private boolean fixed() {
        return source.get() == GallerySource.FIXED;
    }

    private void showNames(DatasetId now) {
        classNames.setAll(text.classNames(now));
        shortNames.setAll(text.shortClassNames(now));
    }
}
