package org.digitworkbench.ml.step;

import org.digitworkbench.ml.arch.ActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An activation as a layer of its own (a relu right after a conv or dense layer is done inside that layer).
 * Backward scales the incoming gradient in place, by the derivative written in terms of the output.
 */
final class ActivationLayer implements StepLayer {
    private final ActivationFunction function;
    private INDArray input;
    private INDArray output;
    private Runnable forward;
    private INDArray derivative;
    private INDArray boundGradient;
    private Runnable reluBackward;
    private Runnable scaleGradient;

    ActivationLayer(ActivationFunction function) {
        this.function = function;
    }

    @Override
    public String label() {
        return function.id();
    }

    @Override
    public INDArray forward(INDArray in, Batch batch) {
        if (in != input) {
            input = in;
            output = NativeOps.sized(output, in.shape());
            forward = switch (function) {
                case RELU -> NativeOps.relu(in, output);
                case TANH -> NativeOps.tanh(in, output);
                case SIGMOID -> NativeOps.sigmoid(in, output);
            };
            boundGradient = null;
        }
        forward.run();
        return output;
    }

    @Override
    public INDArray backward(INDArray gradient, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        if (gradient != boundGradient) {
            boundGradient = gradient;
            derivative = NativeOps.sized(derivative, output.shape());
            reluBackward = NativeOps.reluBackward(output, gradient, derivative);
            scaleGradient = NativeOps.multiplyInPlace(gradient, derivative);
        }
        switch (function) {
            case RELU -> reluBackward.run();
            case TANH -> derivative.assign(output).muli(output).rsubi(1);
            case SIGMOID -> derivative.assign(output).rsubi(1).muli(output);
        }
        if (function != ActivationFunction.RELU) {
            scaleGradient.run();
        }
        return gradient;
    }
}
