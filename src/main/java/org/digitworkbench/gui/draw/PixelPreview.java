package org.digitworkbench.gui.draw;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.digitworkbench.ml.preprocess.DigitPreprocessor;

/** The 28x28 image the network receives, one filled square per pixel so it stays crisp at any zoom. */
final class PixelPreview extends Canvas {
    static final int CELL = 4;
    private static final int SIDE = DigitPreprocessor.SIDE;

    PixelPreview(GuessState guess) {
        super(SIDE * CELL, SIDE * CELL);
        setId("pixel-preview");
        guess.previewProperty().addListener((obs, old, now) -> paint(now));
        paint(null);
    }

    private void paint(float[] pixels) {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.gray(0.08));
        g.fillRect(0, 0, getWidth(), getHeight());
        if (pixels == null) {
            return;
        }
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                float v = pixels[y * SIDE + x];
                if (v > 0) {
                    g.setFill(Color.gray(Math.min(1, v)));
                    g.fillRect(x * CELL, y * CELL, CELL, CELL);
                }
            }
        }
    }
}
