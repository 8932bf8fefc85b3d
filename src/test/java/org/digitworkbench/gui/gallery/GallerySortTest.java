package org.digitworkbench.gui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.digitworkbench.ml.eval.Misclassification;
import org.junit.jupiter.api.Test;

/** While the answers come in pieces, the images not answered yet wait at the end of either confidence order. */
class GallerySortTest {
    private static final Misclassification SURE = new Misclassification(3, 1, 1, 0.99);
    private static final Misclassification UNSURE = new Misclassification(2, 1, 7, 0.3);
    private static final Misclassification NOT_YET = new Misclassification(0, 1, GalleryBrowse.UNKNOWN, Double.NaN);
    private static final Misclassification NOT_YET_EITHER =
            new Misclassification(1, 4, GalleryBrowse.UNKNOWN, Double.NaN);

    private static List<Misclassification> sorted(GallerySort sort) {
        return new Presorted(List.of(NOT_YET_EITHER, UNSURE, NOT_YET, SURE)).in(sort);
    }

    @Test
    void unansweredImagesComeLastInEitherOrderOfConfidence() {
        assertEquals(List.of(SURE, UNSURE, NOT_YET, NOT_YET_EITHER), sorted(GallerySort.CONFIDENCE));
        assertEquals(List.of(UNSURE, SURE, NOT_YET, NOT_YET_EITHER), sorted(GallerySort.LEAST_CONFIDENT));
        assertEquals(List.of(NOT_YET, NOT_YET_EITHER, UNSURE, SURE), sorted(GallerySort.INDEX));
    }
}
