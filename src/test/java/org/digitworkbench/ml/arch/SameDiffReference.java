package org.digitworkbench.ml.arch;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.digitworkbench.ml.arch.LayerSpec.Activation;
import org.digitworkbench.ml.arch.LayerSpec.BatchNorm;
import org.digitworkbench.ml.arch.LayerSpec.Conv;
import org.digitworkbench.ml.arch.LayerSpec.Dense;
import org.digitworkbench.ml.arch.LayerSpec.Dropout;
import org.digitworkbench.ml.arch.LayerSpec.MaxPool;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;

/**
 * The reference the engine ({@code ml.step}) is tested against: an {@link Architecture} and its parameters as a
 * SameDiff graph in channel-first layout, written op by op from the layers' definitions. Two forms: inference
 * (no dropout, no labels, batch normalization by its running statistics), against which the forward pass is
 * compared, and training (dropout masks, labels, loss, batch statistics), whose automatic differentiation the
 * hand-derived backward pass is compared with. The app itself ran these graphs until the engine replaced them.
 */
public final class SameDiffReference {
    public static final String INPUT = "input";
    public static final String LABEL = "label";
    public static final String PROBABILITIES = "probabilities";
    public static final String LOGITS = "logits";
    public static final String LOSS = "loss";

    private SameDiffReference() {
    }

    /**
     * The arrays in {@code params} become the graph's variables without copying: train one graph at a time
     * on a set of arrays, and hand other threads a copy.
     */
    public static SameDiff build(Architecture architecture, Map<String, INDArray> params, boolean training) {
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.placeHolder(INPUT, DataType.FLOAT, -1, Architecture.INPUT_SIZE);
        if (architecture.takesImage()) {
            x = x.reshape(-1, 1, Architecture.IMAGE_SIDE, Architecture.IMAGE_SIDE);
        }
        List<ActivationShape> inputs = ActivationShape.inputsOf(architecture);
        int last = architecture.layers().size() - 1;
        for (int i = 0; i <= last; i++) {
            x = architecture.layers().get(i).accept(new Layer(sd, x, inputs.get(i), i, i == last, params, training));
        }
        SDVariable logits = x;
        sd.nn().softmax(PROBABILITIES, logits, 1);
        if (training) {
            SDVariable label = sd.placeHolder(LABEL, DataType.FLOAT, -1, Architecture.CLASSES);
            // Written out rather than sd.loss().softmaxCrossEntropy, which reports a loss of 0 in 1.0.0-M2.1.
            SDVariable logProbabilities = sd.nn().logSoftmax(logits);
            label.mul(logProbabilities).sum(1).mean().neg(LOSS);
            sd.setLossVariables(LOSS);
            createGradientsQuietly(sd);
        }
        return sd;
    }

    /**
     * Per channel (NCHW axes 0, 2, 3) or per unit (axis 0): with the batch's statistics when training, written
     * out in plain ops so that SameDiff differentiates through them; with the running statistics otherwise.
     */
    private static SDVariable batchNorm(SameDiff sd, SDVariable x, ActivationShape in, int i,
                                        Map<String, INDArray> params, boolean training) {
        long[] perFeature = in.spatial() ? new long[] {1, in.features(), 1, 1} : new long[] {1, in.features()};
        int[] batchAxes = in.spatial() ? new int[] {0, 2, 3} : new int[] {0};
        SDVariable scale = variable(sd, params, ParameterShapes.scaleOf(i)).reshape(perFeature);
        SDVariable shift = variable(sd, params, ParameterShapes.shiftOf(i)).reshape(perFeature);
        SDVariable centered;
        SDVariable variance;
        if (training) {
            centered = x.sub(x.mean(true, batchAxes));
            variance = centered.mul(centered).mean(true, batchAxes);
        } else {
            centered = x.sub(variable(sd, params, ParameterShapes.meanOf(i)).reshape(perFeature));
            variance = variable(sd, params, ParameterShapes.varianceOf(i)).reshape(perFeature);
        }
        return centered.div(sd.math().sqrt(variance.add(BatchNorm.EPSILON))).mul(scale).add(shift);
    }

    /** One layer's ops on top of {@code x}. */
    private record Layer(SameDiff sd, SDVariable x, ActivationShape in, int i, boolean last,
                         Map<String, INDArray> params, boolean training) implements LayerSpec.Visitor<SDVariable> {
        @Override
        public SDVariable conv(Conv conv) {
            Conv2DConfig config = Conv2DConfig.builder()
                    .kH(conv.kernel()).kW(conv.kernel()).sH(1).sW(1)
                    .paddingMode(conv.same() ? PaddingMode.SAME : PaddingMode.VALID)
                    .dataFormat("NCHW").weightsFormat(WeightsFormat.YXIO).build();
            SDVariable y = sd.cnn().conv2d(x, variable(sd, params, "w" + i), variable(sd, params, "b" + i), config);
            return conv.relu() ? sd.nn().relu(y, 0) : y;
        }

        @Override
        public SDVariable maxPool(MaxPool pool) {
            return sd.cnn().maxPooling2d(x, Pooling2DConfig.builder()
                    .kH(2).kW(2).sH(2).sW(2).paddingMode(PaddingMode.VALID).isNHWC(false).build());
        }

        @Override
        public SDVariable dropout(Dropout dropout) {
            if (!training) {
                return x;
            }
            long[] perImage = in.perImage();
            long[] shape = new long[perImage.length + 1];
            shape[0] = -1;
            System.arraycopy(perImage, 0, shape, 1, perImage.length);
            return x.mul(sd.placeHolder(DropoutSite.nameOf(i), DataType.FLOAT, shape));
        }

        @Override
        public SDVariable batchNorm(BatchNorm batchNorm) {
            return SameDiffReference.batchNorm(sd, x, in, i, params, training);
        }

        @Override
        public SDVariable activation(Activation activation) {
            return switch (activation.function()) {
                case RELU -> sd.nn().relu(x, 0);
                case TANH -> sd.math().tanh(x);
                case SIGMOID -> sd.nn().sigmoid(x);
            };
        }

        @Override
        public SDVariable dense(Dense dense) {
            SDVariable flat = in.spatial() ? x.reshape(-1, in.size()) : x;
            // mmul + add rather than nn().linear: xw_plus_b's weight gradient is wrong in 1.0.0-M2.1
            SDVariable product = flat.mmul(variable(sd, params, "w" + i));
            SDVariable bias = variable(sd, params, "b" + i);
            SDVariable y = last ? product.add(LOGITS, bias) : product.add(bias);
            return dense.relu() ? sd.nn().relu(y, 0) : y;
        }
    }

    /** SameDiff prints a line per differentiated op to standard output, which would break the CLI's JSON. */
    private static void createGradientsQuietly(SameDiff sd) {
        synchronized (System.class) {
            PrintStream stdout = System.out;
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            try {
                sd.createGradFunction();
            } finally {
                System.setOut(stdout);
            }
        }
    }

    private static SDVariable variable(SameDiff sd, Map<String, INDArray> params, String name) {
        INDArray array = params.get(name);
        if (array == null) {
            throw new IllegalArgumentException("missing parameter " + name);
        }
        return sd.var(name, array);
    }
}
