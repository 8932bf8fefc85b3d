package org.digitworkbench.ml.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.digitworkbench.data.DatasetId;
import org.junit.jupiter.api.Test;

/** Drawn garments: every kind draws inside the canvas, renders for Fashion-MNIST, and varies from drawing to drawing. */
class DrawnGarmentsTest {
    @Test
    void everyGarmentDrawsOnTheCanvasAndRendersForFashionMnist() {
        SplittableRandom random = new SplittableRandom(3);
        for (int kind = 0; kind < 10; kind++) {
            List<Stroke> first = DrawnGarments.draw(kind, random);
            List<Stroke> second = DrawnGarments.draw(kind, random);
            assertNotEquals(first, second, "kind " + kind + " varies");
            for (Stroke stroke : first) {
                assertTrue(stroke.points().stream().allMatch(p -> p.x() >= 0 && p.x() <= 1 && p.y() >= 0 && p.y() <= 1),
                        "kind " + kind + " stays on the canvas");
            }
            float[] input = SketchRenderer.forDataset(first, DatasetId.FASHION_MNIST).orElseThrow();
            double ink = 0;
            for (float v : input) {
                ink += v;
            }
            assertTrue(ink > 10, "kind " + kind + " leaves ink: " + ink);
        }
        assertThrows(IllegalArgumentException.class, () -> DrawnGarments.draw(10, random));
        assertEquals(1, DrawnGarments.draw(1, new SplittableRandom(1)).size(), "trousers: one stroke");
    }
}
