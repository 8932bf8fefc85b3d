package org.digitworkbench.gui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.eval.Misclassification;
import org.junit.jupiter.api.Test;

/** Filtering and sorting the gallery's images on their own, without the toolkit or an evaluation. */
class GalleryFilterTest {
    private static final Misclassification A = new Misclassification(3, 7, 1, 0.92);
    private static final Misclassification B = new Misclassification(5, 3, 5, 0.51);
    private static final Misclassification C = new Misclassification(8, 3, 5, 0.99);

    private final Map<GallerySource, List<Misclassification>> sources = Map.of(
            GallerySource.ERRORS, List.of(A, B, C), GallerySource.FIXED, List.of(B), GallerySource.BROKEN, List.of());
    private final List<List<Misclassification>> refiltered = new ArrayList<>();
    private final GalleryFilter filter = new GalleryFilter(Messages.forLocale(Locale.ENGLISH), sources::get,
            refiltered::add);

    @Test
    void filtersSortsCountsAndReportsEachNewList() {
        filter.refilter();
        assertEquals(List.of(C, A, B), filter.shown());
        assertEquals("Showing 3 of 3", filter.countText().get());

        filter.actualFilterProperty().set(3);
        assertEquals(List.of(C, B), filter.shown());
        assertEquals(3, filter.sourceTotalProperty().get());
        filter.sortProperty().set(GallerySort.INDEX);
        assertEquals(List.of(B, C), filter.shown());
        assertEquals(List.of(B, C), refiltered.get(refiltered.size() - 1));

        filter.selectCell(7, 7);
        assertEquals(GalleryFilter.ANY, filter.actualFilterProperty().get());
        assertEquals(List.of(A, B, C), filter.shown());

        filter.sourceProperty().set(GallerySource.FIXED);
        assertEquals(List.of(B), filter.shown());
        assertEquals("Showing 1 of 1", filter.countText().get());
        assertEquals(0, filter.sourceSize(GallerySource.BROKEN));

        filter.selectCell(7, 1);
        assertEquals(GallerySource.ERRORS, filter.sourceProperty().get());
        assertEquals(List.of(A), filter.shown());
    }
}
