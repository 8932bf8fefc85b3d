package org.digitworkbench.ml.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Per-class figures from a confusion matrix worked out by hand. */
class ClassFiguresTest {
    @Test
    void precisionRecallAndF1AsWorkedOutByHand() {
        int[][] confusion = {
            {8, 2, 0},  // class 0: 10 images, 8 found
            {4, 6, 0},  // class 1: 10 images, 6 found
            {0, 0, 0},  // class 2: no images, never predicted
        };
        List<ClassFigures> figures = ClassFigures.of(confusion);
        assertEquals(3, figures.size());
        assertEquals(8.0 / 12, figures.get(0).precision(), 1e-12);
        assertEquals(0.8, figures.get(0).recall(), 1e-12);
        assertEquals(2 * (8.0 / 12) * 0.8 / (8.0 / 12 + 0.8), figures.get(0).f1(), 1e-12);
        assertEquals(10, figures.get(0).support());
        assertEquals(0.75, figures.get(1).precision(), 1e-12);
        assertEquals(0.6, figures.get(1).recall(), 1e-12);
        assertNull(figures.get(2).precision(), "never predicted: nothing to divide by");
        assertNull(figures.get(2).recall());
        assertNull(figures.get(2).f1());
        assertEquals(0, figures.get(2).support());
    }

    @Test
    void aClassNeverFoundHasAnF1OfZero() {
        List<ClassFigures> figures = ClassFigures.of(new int[][] {{0, 5}, {5, 0}});
        assertEquals(0.0, figures.get(0).precision());
        assertEquals(0.0, figures.get(0).recall());
        assertEquals(0.0, figures.get(0).f1());
    }
}
