package org.digitworkbench.ml.train;

import java.util.List;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.sketch.SketchRenderer;
import org.digitworkbench.ml.sketch.Stroke;

/** A generated drawing as a training image: rendered into the data set's input form, stored as bytes. */
final class DrawingPixels {
    private DrawingPixels() {
    }

    /** Writes {@code drawing} as image {@code index} of {@code pixels}; a drawing without ink stays blank. */
    static void put(List<Stroke> drawing, DatasetId dataset, byte[] pixels, int index) {
        int size = Architecture.INPUT_SIZE;
        float[] image = SketchRenderer.forDataset(drawing, dataset).orElseGet(() -> new float[size]);
        for (int p = 0; p < size; p++) {
            pixels[index * size + p] = (byte) Math.round(Math.min(1f, image[p]) * 255);
        }
    }
}
