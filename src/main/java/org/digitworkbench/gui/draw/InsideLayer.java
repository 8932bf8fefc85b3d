package org.digitworkbench.gui.draw;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.app.LayerInspection;
import org.digitworkbench.app.LayerPictures;
import org.digitworkbench.ml.step.LayerOutput;

/**
 * One layer's response to the drawing, ready to show: its figures (text, shape, range) and its picture (the
 * feature maps side by side, or a strip of cells), made on the prediction thread.
 */
record InsideLayer(LayerInspection figures, LayerPictures.Raster picture) {

    static List<InsideLayer> of(List<LayerOutput> outputs) {
        List<LayerInspection> figures = LayerInspection.of(outputs);
        List<InsideLayer> layers = new ArrayList<>(outputs.size());
        for (int i = 0; i < outputs.size(); i++) {
            layers.add(new InsideLayer(figures.get(i), LayerPictures.raster(outputs.get(i))));
        }
        return List.copyOf(layers);
    }
}
