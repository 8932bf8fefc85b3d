package org.digitworkbench.app;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.ml.step.LayerOutput;

/**
 * What one layer made of one image, in figures: its text as {@code architectures} prints it, its output shape
 * without the batch dimension ([channels, side, side] or [units]), and the range, mean and share of zeros of
 * its values (a share of zeros near 1 after a ReLU is a layer that has gone quiet).
 */
public record LayerInspection(int index, String layer, long[] shape, double min, double max, double mean,
        double zeros) {

    public static List<LayerInspection> of(List<LayerOutput> outputs) {
        List<LayerInspection> figures = new ArrayList<>(outputs.size());
        for (LayerOutput output : outputs) {
            float[] values = output.values();
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            int zeros = 0;
            for (float value : values) {
                min = Math.min(min, value);
                max = Math.max(max, value);
                sum += value;
                zeros += value == 0 ? 1 : 0;
            }
            String text = output.layer().text() + (output.layer().fusedRelu() ? ", relu" : ""); // as architectures prints it
            figures.add(new LayerInspection(output.index(), text, output.shape().perImage(), min,
                    max, sum / values.length, (double) zeros / values.length));
        }
        return List.copyOf(figures);
    }
}
