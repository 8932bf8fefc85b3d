package org.digitworkbench.ml.step;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Fully connected layer, optionally with ReLU; a spatial input is flattened in its NHWC order. */
final class DenseLayer implements StepLayer {
    private final int index;
    private final int inputSize;
    private final int units;
    private final boolean relu;
    private LayerParameters parameters;

    private INDArray source;
    private INDArray input;
    private INDArray output;
    private INDArray inputGradient;
    private INDArray inputGradientInSourceShape;
    private Runnable forward;
    private Runnable addBias;
    private Runnable reluForward;
    private Runnable reluBackward;
    private INDArray reluDerivative;
    private Runnable weightBackward;
    private Runnable inputBackward;
    private INDArray boundGradient;

    DenseLayer(int index, int inputSize, int units, boolean relu) {
        this.index = index;
        this.inputSize = inputSize;
        this.units = units;
        this.relu = relu;
    }

    @Override
    public String label() {
        return "dense " + inputSize + "-" + units + (relu ? " relu" : "");
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
        if (in != source) {
            source = in;
            input = in.rank() == 2 ? in : in.reshape(in.size(0), inputSize);
            output = NativeOps.sized(output, in.size(0), units);
            forward = NativeOps.gemm(input, parameters.weights(), output, false, false);
            addBias = NativeOps.addBias(output, parameters.bias());
            reluForward = NativeOps.relu(output, output);
            weightBackward = null;
        }
        forward.run();
        addBias.run();
        if (relu) {
            reluForward.run();
        }
        return output;
    }

    @Override
    public INDArray backward(INDArray gradient, boolean needInputGradient) {
        if (weightBackward == null || gradient != boundGradient) {
            boundGradient = gradient;
            reluDerivative = NativeOps.sized(reluDerivative, output.shape());
            reluBackward = NativeOps.reluBackward(output, gradient, reluDerivative);
            weightBackward = NativeOps.gemm(input, gradient, parameters.weightGradient(), true, false);
            inputGradient = NativeOps.sized(inputGradient, input.size(0), inputSize);
            inputBackward = NativeOps.gemm(gradient, parameters.weights(), inputGradient, false, true);
            inputGradientInSourceShape = inputGradient.reshape(source.shape());
        }
        if (relu) {
            reluBackward.run();
        }
        weightBackward.run();
        gradient.sum(parameters.biasGradient(), 0);
        if (!needInputGradient) {
            return null;
        }
        inputBackward.run();
        return inputGradientInSourceShape;
    }
}
