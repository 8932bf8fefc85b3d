package org.digitworkbench.gui.draw;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.digitworkbench.gui.common.HeatOverlay;
import org.digitworkbench.ml.eval.Evidence;
import org.digitworkbench.ml.preprocess.DigitPreprocessor;

/**
 * The 28x28 image the network receives, one filled square per pixel so it stays crisp at any zoom; with the
 * heat map asked for, its evidence painted over it.
 */
final class PixelPreview extends Canvas {
    static final int CELL = 4;
    /** Larger while the heat map shows, so its colours can be told apart. */
    static final int EXPLAIN_CELL = 5;
    private static final int SIDE = DigitPreprocessor.SIDE;

    private final GuessState guess;
    private int cell = CELL;

    PixelPreview(GuessState guess) {
        super(SIDE * CELL, SIDE * CELL);
        this.guess = guess;
        setId("pixel-preview");
        guess.previewProperty().addListener((obs, old, now) -> paint(now));
        guess.evidenceProperty().addListener((obs, old, now) -> paint(guess.previewProperty().get()));
        paint(null);
    }

    /** Screen pixels per input pixel. */
    void setCell(int size) {
        cell = size;
        setWidth(SIDE * size);
        setHeight(SIDE * size);
        paint(guess.previewProperty().get());
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
                    g.fillRect(x * cell, y * cell, cell, cell);
                }
            }
        }
        Evidence evidence = guess.evidenceProperty().get();
        if (evidence != null) {
            HeatOverlay.paint(g, evidence.map(), SIDE, cell);
        }
    }
}
