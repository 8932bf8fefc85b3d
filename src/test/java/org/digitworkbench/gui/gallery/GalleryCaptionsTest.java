package org.digitworkbench.gui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import javafx.beans.property.SimpleObjectProperty;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.eval.Misclassification;
import org.junit.jupiter.api.Test;

/** A drawing the Draw view calls "not sure" is not called right or wrong in My drawings either. */
class GalleryCaptionsTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    private final SimpleObjectProperty<GallerySource> source = new SimpleObjectProperty<>(GallerySource.MY_DRAWINGS);
    private final GalleryCaptions captions = new GalleryCaptions(TEXT,
            new SimpleObjectProperty<>(DatasetId.MNIST), source::get, () -> 0.95);

    @Test
    void aDrawingUnderTheModelsThresholdIsNotSure() {
        Misclassification ninetyTwo = new Misclassification(10_000, 7, 7, 0.92);
        assertTrue(captions.unsure(ninetyTwo));
        assertEquals("Not sure, closest: 7", captions.predictedLine(ninetyTwo));
        assertEquals("Actual 7, not sure, closest 7, 92%", captions.tileAccessible(ninetyTwo));

        Misclassification sure = new Misclassification(10_001, 7, 7, 0.99);
        assertFalse(captions.unsure(sure));
        assertEquals("Predicted: 7", captions.predictedLine(sure));
    }

    @Test
    void testImagesKeepTheirAnswerWhateverTheThreshold() {
        source.set(GallerySource.ERRORS);
        Misclassification error = new Misclassification(3, 5, 3, 0.6);
        assertFalse(captions.unsure(error));
        assertEquals("Predicted: 3", captions.predictedLine(error));
    }
}
