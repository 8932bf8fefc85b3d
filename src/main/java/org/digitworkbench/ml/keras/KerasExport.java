package org.digitworkbench.ml.keras;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.digitworkbench.ml.arch.ActivationShape;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.LayerSpec;
import org.digitworkbench.ml.arch.ParameterShapes;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.step.ChannelOrder;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A workbench model as a Keras 3 Sequential model: the config Keras builds it from, and each layer's arrays in
 * Keras's order and layout. Images enter as (28, 28, 1), a network that starts with a dense layer takes (784,); a
 * Flatten goes before the first dense layer after an image; the output layer gives probabilities (softmax), as our
 * models do; batch normalization keeps our epsilon and momentum.
 */
final class KerasExport {
    /** The Keras version whose formats the files follow (what {@code keras_version} says). */
    static final String KERAS_VERSION = "3.15.1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One Keras layer: its name, its entry in the config, and its arrays (none for most). */
    record Layer(String name, String className, List<Array> arrays) {
    }

    /** An array as Keras names it within its layer ({@code kernel}, {@code bias}, {@code gamma}, ...). */
    record Array(String name, float[] values, long[] shape) {
    }

    record Plan(ObjectNode config, List<Layer> layers) {
    }

    private final Map<String, Integer> used = new HashMap<>();
    private final List<Layer> layers = new ArrayList<>();
    private final ArrayNode entries = JSON.createArrayNode();

    private KerasExport() {
    }

    static Plan of(TrainedModel model) {
        return new KerasExport().plan(model.architecture(), model.params());
    }

    private Plan plan(Architecture architecture, Map<String, INDArray> params) {
        ObjectNode input = JSON.createObjectNode();
        ArrayNode shape = input.putArray("batch_shape").addNull();
        if (architecture.takesImage()) {
            shape.add(Architecture.IMAGE_SIDE).add(Architecture.IMAGE_SIDE).add(1);
        } else {
            shape.add(Architecture.INPUT_SIZE);
        }
        input.put("dtype", "float32");
        layer("InputLayer", "input_layer", input, List.of());
        List<ActivationShape> inputs = ActivationShape.inputsOf(architecture);
        boolean flat = !architecture.takesImage();
        for (int i = 0; i < inputs.size(); i++) {
            LayerSpec spec = architecture.layers().get(i);
            if (spec instanceof LayerSpec.Dense && !flat) {
                layer("Flatten", "flatten", settings(), List.of());
                flat = true;
            }
            add(spec, i, i == inputs.size() - 1, inputs.get(i), params);
        }
        ObjectNode model = JSON.createObjectNode().put("module", "keras").put("class_name", "Sequential");
        ObjectNode config = model.putObject("config").put("name", "sequential").put("trainable", true)
                .put("dtype", "float32");
        config.set("layers", entries);
        model.putNull("registered_name");
        return new Plan(model, List.copyOf(layers));
    }

    private void add(LayerSpec spec, int index, boolean output, ActivationShape in, Map<String, INDArray> params) {
        if (spec instanceof LayerSpec.Conv conv) {
            ObjectNode c = settings().put("filters", conv.filters()).put("padding", conv.same() ? "same" : "valid")
                    .put("data_format", "channels_last").put("activation", conv.relu() ? "relu" : "linear")
                    .put("use_bias", true).put("groups", 1);
            c.putArray("kernel_size").add(conv.kernel()).add(conv.kernel());
            c.putArray("strides").add(1).add(1);
            c.putArray("dilation_rate").add(1).add(1);
            layer("Conv2D", "conv2d", c, List.of(array("kernel", params.get(ParameterShapes.weightsOf(index)), null),
                    array("bias", params.get(ParameterShapes.biasOf(index)), null)));
        } else if (spec instanceof LayerSpec.Dense dense) {
            ObjectNode c = settings().put("units", dense.units()).put("use_bias", true)
                    .put("activation", output ? "softmax" : dense.relu() ? "relu" : "linear");
            layer("Dense", "dense", c, List.of(array("kernel", params.get(ParameterShapes.weightsOf(index)),
                    in.spatial() ? in : null), array("bias", params.get(ParameterShapes.biasOf(index)), null)));
        } else if (spec instanceof LayerSpec.MaxPool) {
            ObjectNode c = settings().put("padding", "valid").put("data_format", "channels_last");
            c.putArray("pool_size").add(2).add(2);
            c.putArray("strides").add(2).add(2);
            layer("MaxPooling2D", "max_pooling2d", c, List.of());
        } else if (spec instanceof LayerSpec.Dropout dropout) {
            layer("Dropout", "dropout", settings().put("rate", dropout.rate()), List.of());
        } else if (spec instanceof LayerSpec.BatchNorm) {
            ObjectNode c = settings().put("axis", -1).put("momentum", LayerSpec.BatchNorm.MOMENTUM)
                    .put("epsilon", LayerSpec.BatchNorm.EPSILON).put("center", true).put("scale", true);
            layer("BatchNormalization", "batch_normalization", c, List.of(
                    array("gamma", params.get(ParameterShapes.scaleOf(index)), null),
                    array("beta", params.get(ParameterShapes.shiftOf(index)), null),
                    array("moving_mean", params.get(ParameterShapes.meanOf(index)), null),
                    array("moving_variance", params.get(ParameterShapes.varianceOf(index)), null)));
        } else if (spec instanceof LayerSpec.Activation activation) {
            layer("Activation", "activation", settings().put("activation", activation.function().id()), List.of());
        } else {
            throw new IllegalStateException("no Keras layer for " + spec.text());
        }
    }

    private static ObjectNode settings() {
        return JSON.createObjectNode().put("trainable", true).put("dtype", "float32");
    }

    private void layer(String className, String base, ObjectNode config, List<Array> arrays) {
        int n = used.merge(base, 1, Integer::sum);
        String name = n == 1 ? base : base + "_" + (n - 1);
        config.put("name", name);
        ObjectNode entry = entries.addObject().put("module", "keras.layers").put("class_name", className);
        entry.set("config", config);
        entry.putNull("registered_name");
        layers.add(new Layer(name, className, arrays));
    }

    /** A parameter in Keras's layout: a dense kernel after an image with its rows channel-last. */
    private static Array array(String name, INDArray value, ActivationShape channelFirstRows) {
        INDArray keras = channelFirstRows == null ? value : ChannelOrder.channelFirstToLast(value, channelFirstRows);
        return new Array(name, keras.dup('c').data().asFloat(), keras.shape());
    }
}
