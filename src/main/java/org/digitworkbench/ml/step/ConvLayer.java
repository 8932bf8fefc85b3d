package org.digitworkbench.ml.step;

import org.digitworkbench.ml.arch.LayerSpec.Conv;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Square convolution, optionally with ReLU, on an NHWC input, through libnd4j's conv2d and conv2d_bp (oneDNN where built in). */
final class ConvLayer implements StepLayer {
    private final int index;
    private final int kernel;
    private final int filters;
    private final boolean same;
    private final boolean relu;
    private final int outputSide;
    private LayerParameters parameters;

    private INDArray input;
    private INDArray output;
    private INDArray inputGradient;
    private INDArray boundGradient;
    private Runnable forward;
    private Runnable reluForward;
    private Runnable reluBackward;
    private INDArray reluDerivative;
    private Runnable backward;

    ConvLayer(int index, Conv conv, int inputSide) {
        this.index = index;
        this.kernel = conv.kernel();
        this.filters = conv.filters();
        this.same = conv.same();
        this.relu = conv.relu();
        this.outputSide = same ? inputSide : inputSide - kernel + 1;
    }

    @Override
    public String label() {
        return "conv " + kernel + "x" + kernel + "x" + filters + (same ? " same" : "") + (relu ? " relu" : "");
    }

    @Override
    public boolean hasParameters() {
        return true;
    }

    @Override
    public void bind(ParameterViews views) {
        parameters = views.layer(index);
    }

    @Override
    public INDArray forward(INDArray in, Batch batch) {
        if (in != input) {
            input = in;
            output = NativeOps.sized(output, in.size(0), outputSide, outputSide, filters);
            forward = NativeOps.custom("conv2d", new INDArray[] {in, parameters.weights(), parameters.bias()},
                    new INDArray[] {output}, NativeOps.convArguments(kernel, same));
            reluForward = NativeOps.relu(output, output);
            backward = null;
        }
        forward.run();
        if (relu) {
            reluForward.run();
        }
        return output;
    }

    @Override
    public INDArray backward(INDArray gradient, boolean needInputGradient) {
        if (backward == null || gradient != boundGradient) {
            boundGradient = gradient;
            inputGradient = NativeOps.sized(inputGradient, input.shape());
            reluDerivative = NativeOps.sized(reluDerivative, output.shape());
            reluBackward = NativeOps.reluBackward(output, gradient, reluDerivative);
            backward = NativeOps.custom("conv2d_bp",
                    new INDArray[] {input, parameters.weights(), parameters.bias(), gradient},
                    new INDArray[] {inputGradient, parameters.weightGradient(), parameters.biasGradient()},
                    NativeOps.convArguments(kernel, same));
        }
        if (relu) {
            reluBackward.run();
        }
        backward.run();
        return needInputGradient ? inputGradient : null;
    }
}
