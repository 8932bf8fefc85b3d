package org.digitworkbench.gui.draw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.digitworkbench.app.LayerInspection;
import org.digitworkbench.app.LayerPictures;
import org.digitworkbench.ml.step.LayerOutput;

/**
 * One layer's response to the drawing, ready to show: its figures (text, shape, range), its picture (the
 * feature maps side by side, or a strip of cells) and each cell's own range (a channel's lowest and highest
 * value; a unit's value twice), made on the prediction thread.
 */
record InsideLayer(LayerInspection figures, LayerPictures.Raster picture, float[] cellMin, float[] cellMax) {

    static List<InsideLayer> of(List<LayerOutput> outputs) {
        List<LayerInspection> figures = LayerInspection.of(outputs);
        List<InsideLayer> layers = new ArrayList<>(outputs.size());
        for (int i = 0; i < outputs.size(); i++) {
            LayerOutput output = outputs.get(i);
            LayerPictures.Raster picture = LayerPictures.raster(output);
            float[] min = new float[picture.cells()];
            float[] max = new float[picture.cells()];
            Arrays.fill(min, Float.POSITIVE_INFINITY);
            Arrays.fill(max, Float.NEGATIVE_INFINITY);
            float[] values = output.values();
            for (int v = 0; v < values.length; v++) {
                int cell = v % picture.cells(); // channel fastest in a map; one value per unit
                min[cell] = Math.min(min[cell], values[v]);
                max[cell] = Math.max(max[cell], values[v]);
            }
            layers.add(new InsideLayer(figures.get(i), picture, min, max));
        }
        return List.copyOf(layers);
    }
}
