package org.digitworkbench.ml.step;

import org.digitworkbench.ml.arch.ActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * An activation as a layer of its own (a relu right after a conv or dense layer is done inside that layer).
 * Backward scales the incoming gradient in place, by the derivative written in terms of the output.
 */
final class ActivationLayer implements StepLayer {
    private final ActivationFunction function;
    private INDArray output;
    private INDArray derivative;
    private INDArray boundGradient;
    private Runnable reluBackward;

    ActivationLayer(ActivationFunction function) {
        this.function = function;
    }

    @Override
    public String label() {
        return function.id();
    }

    @Override
    public INDArray forward(INDArray in, Batch batch) {
        output = NativeOps.sized(output, in.shape());
        output.assign(in);
        switch (function) {
            case RELU -> Transforms.relu(output, false);
            case TANH -> Transforms.tanh(output, false);
            case SIGMOID -> Transforms.sigmoid(output, false);
        }
        return output;
    }

    @Override
    public INDArray backward(INDArray gradient, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        if (gradient != boundGradient || derivative == null || derivative.length() != output.length()) {
            boundGradient = gradient;
            derivative = NativeOps.sized(derivative, output.shape());
            reluBackward = NativeOps.reluBackward(output, gradient, derivative);
        }
        switch (function) {
            case RELU -> {
                reluBackward.run();
                return gradient;
            }
            case TANH -> derivative.assign(output).muli(output).rsubi(1);
            case SIGMOID -> derivative.assign(output).rsubi(1).muli(output);
        }
        return gradient.muli(derivative);
    }
}
