package org.digitworkbench.gui.gallery;

import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The keyboard's cell in the confusion matrix: the arrow keys move it, Enter filters the gallery by it as a
 * click does.
 */
final class MatrixCursor {
    private final int size;
    private final GalleryFilter filter;
    private final Supplier<ConfusionMatrix> matrix;
    private final ReadOnlyIntegerWrapper actual = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper predicted = new ReadOnlyIntegerWrapper();

    /** {@code matrix}: the matrix shown, null while there is none. */
    MatrixCursor(int size, GalleryFilter filter, Supplier<ConfusionMatrix> matrix) {
        this.size = size;
        this.filter = filter;
        this.matrix = matrix;
        // a pair chosen in the filter bar moves the cursor there
        filter.actualFilterProperty().addListener((obs, old, now) -> follow());
        filter.predictedFilterProperty().addListener((obs, old, now) -> follow());
    }

    ReadOnlyIntegerProperty actualProperty() {
        return actual.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty predictedProperty() {
        return predicted.getReadOnlyProperty();
    }

    /** Puts the cursor on a cell (the one clicked). */
    void moveTo(int actualClass, int predictedClass) {
        actual.set(actualClass);
        predicted.set(predictedClass);
    }

    /** Moves the cursor; false when it is at that edge already. */
    boolean move(CursorMove step) {
        int a = actual.get();
        int p = predicted.get();
        switch (step) {
            case LEFT -> p = Math.max(0, p - 1);
            case RIGHT -> p = Math.min(size - 1, p + 1);
            case UP -> a = Math.max(0, a - 1);
            case DOWN -> a = Math.min(size - 1, a + 1);
            case PAGE_UP -> a = 0;
            case PAGE_DOWN -> a = size - 1;
            case FIRST -> p = 0;
            case LAST -> p = size - 1;
        }
        boolean moved = a != actual.get() || p != predicted.get();
        actual.set(a);
        predicted.set(p);
        return moved;
    }

    /** Filters the gallery by the cell under the cursor; false while no matrix is shown. */
    boolean open() {
        if (matrix.get() == null) {
            return false;
        }
        filter.selectCell(actual.get(), predicted.get());
        return true;
    }

    private void follow() {
        int a = filter.actualFilterProperty().get();
        int p = filter.predictedFilterProperty().get();
        if (a != GalleryFilter.ANY && p != GalleryFilter.ANY) {
            actual.set(a);
            predicted.set(p);
        }
    }
}
