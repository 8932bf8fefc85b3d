package org.digitworkbench.gui.draw;

import java.util.List;

import org.digitworkbench.ml.preprocess.GrayImage;
import org.digitworkbench.ml.sketch.Stroke;

/** What the canvas holds at one moment: the strokes drawn, or a picture opened from a file (immutable). */
public record Drawing(List<Stroke> strokes, GrayImage picture) {
    public static final Drawing EMPTY = new Drawing(List.of(), null);

    public Drawing {
        strokes = List.copyOf(strokes);
    }

    public boolean isEmpty() {
        return strokes.isEmpty() && picture == null;
    }
}
