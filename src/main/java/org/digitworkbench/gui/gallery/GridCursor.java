package org.digitworkbench.gui.gallery;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.digitworkbench.ml.eval.Misclassification;

/**
 * The keyboard's place among the shown thumbnails: the arrow keys move it, Enter picks its image for the
 * close-up as a click does. It is not the pick itself, so stepping past images starts no work on each of them.
 */
final class GridCursor {
    private final ObservableList<Misclassification> shown;
    private final GallerySelection selection;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);

    GridCursor(ObservableList<Misclassification> shown, GallerySelection selection) {
        this.shown = shown;
        this.selection = selection;
        shown.addListener((ListChangeListener<Misclassification>) change -> reset());
        // a click moves the cursor too, so the keys go on from the image the user looks at
        selection.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && shown.contains(now)) {
                index.set(shown.indexOf(now));
            }
        });
        reset();
    }

    /** Position of the cursor in the shown images; -1 when none are shown. */
    ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The image under the cursor, null when none. */
    Misclassification current() {
        int at = index.get();
        return at >= 0 && at < shown.size() ? shown.get(at) : null;
    }

    /**
     * Moves the cursor over a grid of {@code columns} thumbnails a row, Page Up and Page Down {@code pageRows} rows
     * at a time; false when it stays where it is.
     */
    boolean move(CursorMove step, int columns, int pageRows) {
        int count = shown.size();
        int from = index.get();
        if (count == 0) {
            return false;
        }
        int to = from < 0 ? 0 : switch (step) {
            case LEFT -> Math.max(0, from - 1);
            case RIGHT -> Math.min(count - 1, from + 1);
            case UP -> from - columns >= 0 ? from - columns : from;
            // below the last image of a short last row: onto that last image
            case DOWN -> from / columns < (count - 1) / columns ? Math.min(count - 1, from + columns) : from;
            // the same column a page up, or the first row; a page down, or the last image
            case PAGE_UP -> Math.max(from % columns, from - pageRows * columns);
            case PAGE_DOWN -> Math.min(count - 1, from + pageRows * columns);
            case FIRST -> 0;
            case LAST -> count - 1;
        };
        index.set(to);
        return to != from;
    }

    /** Picks the image under the cursor for the close-up; false when there is none. */
    boolean open() {
        Misclassification image = current();
        if (image == null) {
            return false;
        }
        selection.select(image);
        return true;
    }

    private void reset() {
        Misclassification picked = selection.selectedProperty().get();
        index.set(picked != null && shown.contains(picked) ? shown.indexOf(picked) : shown.isEmpty() ? -1 : 0);
    }
}
