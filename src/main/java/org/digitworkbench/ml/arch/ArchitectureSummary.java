package org.digitworkbench.ml.arch;

import java.util.ArrayList;
import java.util.List;

/**
 * An architecture layer by layer, as written in its spec (a fused relu is a row of its own): what each layer
 * gives and how many parameters it has. For the spec editor as the user types, and for any loaded model.
 *
 * @param rows       one per written layer, in order
 * @param parameters all rows' parameters together (trained ones: batch normalization's running statistics are not
 *                   counted, as they are not in {@link Architecture#parameterCount()})
 */
public record ArchitectureSummary(List<Row> rows, long parameters) {

    /**
     * @param layer      the layer's canonical text, e.g. {@code conv(32,3)}
     * @param output     the shape it gives one image: {@code 26x26x32} (height x width x channels) or {@code 100}
     * @param parameters its trained values
     */
    public record Row(String layer, String output, long parameters) {
    }

    public static ArchitectureSummary of(Architecture architecture) {
        List<ActivationShape> inputs = ActivationShape.inputsOf(architecture);
        List<LayerSpec> layers = architecture.layers();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            String output = describe(layer.outputShape(inputs.get(i)));
            rows.add(new Row(layer.text(), output, layer.parameterCount(inputs.get(i))));
            if (layer.fusedRelu()) {
                rows.add(new Row("relu", output, 0));
            }
        }
        return new ArchitectureSummary(List.copyOf(rows), architecture.parameterCount());
    }

    private static String describe(ActivationShape shape) {
        return shape.spatial() ? shape.side() + "x" + shape.side() + "x" + shape.channels() : String.valueOf(shape.units());
    }
}
