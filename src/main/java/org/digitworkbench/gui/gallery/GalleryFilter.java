package org.digitworkbench.gui.gallery;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.eval.Misclassification;

/**
 * Which of the gallery's images are shown and in what order: the source, the class filters and the sort, and
 * the list and count they give. Refilters whenever one of them changes, or when told the sources changed.
 */
final class GalleryFilter {
    /** No filter on a class. */
    static final int ANY = -1;

    private final Function<GallerySource, List<Misclassification>> sources;
    private final Consumer<List<Misclassification>> afterRefilter;
    private final ObjectProperty<GallerySource> source = new SimpleObjectProperty<>(GallerySource.ERRORS);
    private final ObjectProperty<GallerySort> sort = new SimpleObjectProperty<>(GallerySort.CONFIDENCE);
    private final IntegerProperty actualFilter = new SimpleIntegerProperty(ANY);
    private final IntegerProperty predictedFilter = new SimpleIntegerProperty(ANY);
    private final ObservableList<Misclassification> shown = FXCollections.observableArrayList();
    private final ObservableList<Misclassification> readOnlyShown = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyIntegerWrapper sourceTotal = new ReadOnlyIntegerWrapper();
    private final StringBinding countText;

    /**
     * {@code sources}: the images of each source before the filters; {@code afterRefilter}: told each new list
     * shown (the selection is dropped when it is filtered away).
     */
    GalleryFilter(Messages text, Function<GallerySource, List<Misclassification>> sources,
            Consumer<List<Misclassification>> afterRefilter) {
        this.sources = sources;
        this.afterRefilter = afterRefilter;
        source.addListener((obs, old, now) -> refilter());
        sort.addListener((obs, old, now) -> refilter());
        actualFilter.addListener((obs, old, now) -> refilter());
        predictedFilter.addListener((obs, old, now) -> refilter());
        countText = Bindings.createStringBinding(() -> text.format("gallery.showing", shown.size(), sourceTotal.get()),
                shown, sourceTotal);
    }

    ObjectProperty<GallerySource> sourceProperty() {
        return source;
    }

    ObjectProperty<GallerySort> sortProperty() {
        return sort;
    }

    IntegerProperty actualFilterProperty() {
        return actualFilter;
    }

    IntegerProperty predictedFilterProperty() {
        return predictedFilter;
    }

    ObservableList<Misclassification> shown() {
        return readOnlyShown;
    }

    ReadOnlyIntegerProperty sourceTotalProperty() {
        return sourceTotal.getReadOnlyProperty();
    }

    StringBinding countText() {
        return countText;
    }

    int sourceSize(GallerySource which) {
        return sources.apply(which).size();
    }

    /** An error cell shows that pair's errors, a diagonal cell all of them. */
    void selectCell(int actual, int predicted) {
        source.set(GallerySource.ERRORS);
        if (actual == predicted) {
            clearFilters();
        } else {
            actualFilter.set(actual);
            predictedFilter.set(predicted);
        }
    }

    /** The errors of one class: {@code actual} or {@code predicted} is ANY. */
    void selectClass(int actual, int predicted) {
        source.set(GallerySource.ERRORS);
        actualFilter.set(actual);
        predictedFilter.set(predicted);
    }

    void clearFilters() {
        actualFilter.set(ANY);
        predictedFilter.set(ANY);
    }

    void refilter() {
        List<Misclassification> all = sources.apply(source.get());
        int actual = actualFilter.get();
        int predicted = predictedFilter.get();
        // a presorted list (All images) is only walked here; the small ones are sorted here
        List<Misclassification> ordered = all instanceof Presorted presorted ? presorted.in(sort.get())
                : all.stream().sorted(sort.get().order()).toList();
        List<Misclassification> filtered = actual == ANY && predicted == ANY ? ordered : ordered.stream()
                .filter(m -> actual == ANY || m.actual() == actual)
                .filter(m -> predicted == ANY || m.predicted() == predicted)
                .toList();
        sourceTotal.set(all.size());
        shown.setAll(filtered);
        afterRefilter.accept(filtered);
    }
}
