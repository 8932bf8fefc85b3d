package org.digitworkbench.ml.step;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.digitworkbench.ml.arch.ActivationShape;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.LayerSpec;
import org.digitworkbench.ml.arch.LayerSpec.Activation;
import org.digitworkbench.ml.arch.LayerSpec.BatchNorm;
import org.digitworkbench.ml.arch.LayerSpec.Conv;
import org.digitworkbench.ml.arch.LayerSpec.Dense;
import org.digitworkbench.ml.arch.LayerSpec.Dropout;
import org.digitworkbench.ml.arch.LayerSpec.MaxPool;
import org.digitworkbench.ml.arch.ParameterShapes;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The one place that turns an architecture's layers into step layers, for training or for inference (no dropout,
 * batch normalization by its running statistics). A layer type without a step layer does not compile here.
 */
final class StepLayers {
    /** Whether the layers learn (batch statistics, dropout) or only read. */
    enum Mode { TRAINING, INFERENCE }

    /**
     * @param layers    the step layers in order, the input layer first where the network starts with no conv
     * @param specIndex for each step layer, the index of the architecture's layer it computes, -1 for the input
     */
    record Built(List<StepLayer> layers, int[] specIndex) {
    }

    private StepLayers() {
    }

    /** @param state the running statistics of batch normalization, by name: read, and moved while training */
    static Built build(Architecture architecture, Mode mode, Map<String, INDArray> state) {
        List<ActivationShape> inputs = ActivationShape.inputsOf(architecture);
        List<StepLayer> layers = new ArrayList<>();
        List<Integer> specIndex = new ArrayList<>();
        if (!(architecture.layers().get(0) instanceof Conv)) {
            layers.add(new PixelInput(architecture.takesImage()));
            specIndex.add(-1);
        }
        int[] dropoutSites = {0};
        for (int i = 0; i < architecture.layers().size(); i++) {
            StepLayer layer = architecture.layers().get(i).accept(new Maker(i, inputs.get(i), mode, state, dropoutSites));
            if (layer != null) {
                layers.add(layer);
                specIndex.add(i);
            }
        }
        return new Built(List.copyOf(layers), specIndex.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Makes the step layer of layer {@code index}; null for one that inference skips. */
    private record Maker(int index, ActivationShape in, Mode mode, Map<String, INDArray> state, int[] dropoutSites)
            implements LayerSpec.Visitor<StepLayer> {
        @Override
        public StepLayer conv(Conv conv) {
            return index == 0 && in.channels() == 1 ? new PatchConvLayer(index, conv)
                    : new ConvLayer(index, conv, (int) in.side());
        }

        @Override
        public StepLayer dense(Dense dense) {
            return new DenseLayer(index, (int) in.size(), dense.units(), dense.relu());
        }

        @Override
        public StepLayer maxPool(MaxPool pool) {
            return new MaxPoolLayer();
        }

        @Override
        public StepLayer dropout(Dropout dropout) {
            // each dropout layer has a mask in the batch, in order: count them in both modes
            int site = dropoutSites[0]++;
            return mode == Mode.TRAINING ? new DropoutLayer(site, dropout.rate()) : null;
        }

        @Override
        public StepLayer batchNorm(BatchNorm batchNorm) {
            return new BatchNormLayer(index, (int) in.features(), state.get(ParameterShapes.meanOf(index)),
                    state.get(ParameterShapes.varianceOf(index)), mode == Mode.TRAINING);
        }

        @Override
        public StepLayer activation(Activation activation) {
            return new ActivationLayer(activation.function());
        }
    }
}
