package org.digitworkbench.gui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.eval.Misclassification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The keyboard cursors of the thumbnail grid and the confusion matrix, and what screen readers are told. */
class GalleryCursorTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    private static final int COUNT = 20;
    private static final Misclassification A = new Misclassification(3, 7, 1, 0.92);
    private static final Misclassification B = new Misclassification(5, 3, 5, 0.51);
    private static final Misclassification C = new Misclassification(8, 3, 5, 0.99);
    private static final Misclassification D = new Misclassification(11, 4, 9, 0.60);
    private static final Misclassification E = new Misclassification(17, 3, 8, 0.75);

    private GalleryViewModel model;
    private GridCursor grid;
    private MatrixCursor matrix;

    @BeforeEach
    void setUp() {
        model = new GalleryViewModel(TEXT, Runnable::run, Runnable::run, null, image -> { });
        model.setModelStatus(ModelStatus.loading(DatasetId.MNIST));
        grid = model.gridCursor();
        matrix = model.matrixCursor();
    }

    private void showAll() {
        int[][] confusion = new int[10][10];
        confusion[0][0] = COUNT - 5;
        for (Misclassification m : List.of(A, B, C, D, E)) {
            confusion[m.actual()][m.predicted()]++;
        }
        model.showEvaluation(new LabeledImages(new byte[COUNT * 784], new byte[COUNT], COUNT, 28, 28),
                new EvaluationResult((COUNT - 5.0) / COUNT, confusion, List.of(A, B, C, D, E)));
    }

    @Test
    void theArrowsWalkTheGridRowByRowAndStopAtItsEdges() {
        assertEquals(-1, grid.indexProperty().get());
        assertFalse(grid.move(CursorMove.RIGHT, 2, 1));
        assertFalse(grid.open());

        showAll(); // shown: C A / E D / B, two a row
        assertEquals(C, grid.current());
        assertFalse(grid.move(CursorMove.LEFT, 2, 1));
        assertFalse(grid.move(CursorMove.UP, 2, 1));
        assertTrue(grid.move(CursorMove.RIGHT, 2, 1));
        assertEquals(A, grid.current());
        assertTrue(grid.move(CursorMove.DOWN, 2, 1));
        assertEquals(D, grid.current());
        // no image below D: onto the last one, in the short last row
        assertTrue(grid.move(CursorMove.DOWN, 2, 1));
        assertEquals(B, grid.current());
        assertFalse(grid.move(CursorMove.DOWN, 2, 1));
        assertFalse(grid.move(CursorMove.RIGHT, 2, 1));
        assertTrue(grid.move(CursorMove.UP, 2, 1));
        assertEquals(E, grid.current());
        assertTrue(grid.move(CursorMove.FIRST, 2, 1));
        assertEquals(C, grid.current());
        assertTrue(grid.move(CursorMove.LAST, 2, 1));
        assertEquals(B, grid.current());
        // a page is two rows here: up from B, then down again to the last image
        assertTrue(grid.move(CursorMove.PAGE_UP, 2, 2));
        assertEquals(C, grid.current());
        assertFalse(grid.move(CursorMove.PAGE_UP, 2, 2));
        assertTrue(grid.move(CursorMove.RIGHT, 2, 1));
        assertTrue(grid.move(CursorMove.PAGE_DOWN, 2, 2));
        assertEquals(B, grid.current());
    }

    @Test
    void enterPicksTheImageAndAClickMovesTheCursor() {
        showAll();
        grid.move(CursorMove.RIGHT, 3, 1);
        assertNull(model.selection().selectedProperty().get());
        assertTrue(grid.open());
        assertEquals(A, model.selection().selectedProperty().get());

        model.selection().select(D);
        assertEquals(D, grid.current());
        // refiltered: the cursor stays on the picked image, or goes back to the first when it is gone
        model.filter().sortProperty().set(GallerySort.INDEX);
        assertEquals(D, grid.current());
        model.filter().actualFilterProperty().set(3);
        assertEquals(model.filter().shown().get(0), grid.current());
    }

    @Test
    void theMatrixCursorStaysInsideAndEnterFiltersAsAClickDoes() {
        assertFalse(matrix.move(CursorMove.UP));
        assertFalse(matrix.move(CursorMove.LEFT));
        assertFalse(matrix.open());
        showAll();
        for (int i = 0; i < 3; i++) {
            matrix.move(CursorMove.DOWN);
        }
        matrix.move(CursorMove.LAST);
        assertFalse(matrix.move(CursorMove.RIGHT));
        for (int i = 0; i < 4; i++) {
            matrix.move(CursorMove.LEFT);
        }
        assertEquals(3, matrix.actualProperty().get());
        assertEquals(5, matrix.predictedProperty().get());
        assertTrue(matrix.open());
        assertEquals(List.of(C, B), model.filter().shown());

        matrix.move(CursorMove.LEFT);
        matrix.move(CursorMove.LEFT);
        assertTrue(matrix.open());
        assertEquals(5, model.filter().shown().size());

        // a pair chosen elsewhere moves the cursor to it
        model.filter().selectCell(4, 9);
        assertEquals(4, matrix.actualProperty().get());
        assertEquals(9, matrix.predictedProperty().get());
    }

    @Test
    void screenReadersHearTheCaptionInWords() {
        showAll();
        assertEquals("Actual 3, predicted 5, 99%", model.captions().tileAccessible(C));
        ConfusionMatrix counts = model.evaluation().matrixProperty().get();
        assertEquals("Actual 3, predicted 5, 2 images", model.captions().cellAccessible(3, 5, counts));
        assertEquals("Actual 0, predicted right, 15 images", model.captions().cellAccessible(0, 0, counts));
        assertEquals("Actual 3, predicted 5", model.captions().cellAccessible(3, 5, null));
    }
}
