package org.digitworkbench.gui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.digitworkbench.ml.preprocess.DigitPreprocessor;
import org.digitworkbench.ml.preprocess.GrayImage;
import org.digitworkbench.ml.sketch.Stroke;
import org.junit.jupiter.api.Test;

class StrokeRasterizerTest {

    @Test
    void paintsStrokesAsInkWithRoundEnds() {
        Stroke bar = new Stroke(0.1, List.of(new Stroke.Point(0.2, 0.5), new Stroke.Point(0.5, 0.52),
                new Stroke.Point(0.8, 0.5)));

        GrayImage image = StrokeRasterizer.rasterize(List.of(bar), 100);

        assertEquals(1f, image.at(50, 51), 0.01f, "on the stroke");
        assertEquals(0f, image.at(5, 5), 0.01f, "background");
        assertTrue(image.at(17, 50) > 0.5f, "a round cap reaches past the first point");
        assertTrue(DigitPreprocessor.toMnist(image).isPresent());
    }

    @Test
    void aSingleTapLeavesADot() {
        GrayImage image = StrokeRasterizer.rasterize(List.of(new Stroke(0.1, List.of(new Stroke.Point(0.5, 0.5)))), 100);

        assertTrue(image.at(50, 50) > 0.9f);
    }

    @Test
    void noStrokesNoInk() {
        assertTrue(DigitPreprocessor.toMnist(StrokeRasterizer.rasterize(List.of(), 50)).isEmpty());
    }

    @Test
    void strokesOverAnOpenedPictureKeepThePictureUnderneathWhereTheCanvasShowsIt() {
        float[] ink = new float[200 * 100];
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 10; x++) {
                ink[y * 200 + x] = 1f; // a bar down the picture's left edge
            }
        }
        GrayImage picture = new GrayImage(200, 100, ink);
        assertTrue(StrokeRasterizer.rasterize(new Drawing(List.of(), picture), 100) == picture, "alone: as it is");

        Stroke dot = new Stroke(0.1, List.of(new Stroke.Point(0.8, 0.5)));
        GrayImage both = StrokeRasterizer.rasterize(new Drawing(List.of(dot), picture), 100);
        // 200x100 fitted into 100x100: 100x50, centred, so the bar covers x 0-4 at y 25-74
        assertTrue(both.at(2, 50) > 0.9f, "the picture's bar");
        assertEquals(0f, both.at(2, 10), 0.01f, "above the fitted picture");
        assertTrue(both.at(80, 50) > 0.9f, "the stroke");
    }
}
