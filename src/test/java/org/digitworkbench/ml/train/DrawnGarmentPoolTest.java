package org.digitworkbench.ml.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.digitworkbench.data.LabeledImages;
import org.junit.jupiter.api.Test;

/** The drawn garments a Fashion-MNIST run with negatives also learns from: every class, labelled, with ink. */
class DrawnGarmentPoolTest {
    @Test
    void everyClassInTurnLabelledAndInked() {
        LabeledImages garments = DrawnGarmentPool.render(30, 42);
        assertEquals(30, garments.count());
        for (int i = 0; i < garments.count(); i++) {
            assertEquals(i % 10, garments.label(i));
            int ink = 0;
            for (byte b : garments.imageBytes(i)) {
                ink += b & 0xFF;
            }
            assertTrue(ink > 2550, "image " + i + " has ink: " + ink);
        }
        assertArrayEquals(garments.rawPixels(), DrawnGarmentPool.render(30, 42).rawPixels(), "the same seed, the same");
    }
}
