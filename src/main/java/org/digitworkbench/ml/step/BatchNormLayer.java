package org.digitworkbench.ml.step;

import org.digitworkbench.ml.arch.LayerSpec.BatchNorm;
import org.digitworkbench.ml.arch.ParameterShapes;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Batch normalization with the batch's statistics, per channel of an NHWC image or per unit, treating the input
 * as {@code [values, features]}; each forward pass also moves the running statistics, which inference uses.
 */
final class BatchNormLayer implements StepLayer {
    private final int index;
    private final int features;
    private final INDArray runningMean;
    private final INDArray runningVariance;
    private INDArray scale;
    private INDArray shift;
    private INDArray scaleGradient;
    private INDArray shiftGradient;

    private INDArray source;
    private INDArray input2d;
    private INDArray normalized;
    private INDArray output2d;
    private INDArray output;
    private INDArray inverseDeviation;
    private INDArray inputGradient2d;
    private INDArray inputGradient;

    /** @param runningMean, runningVariance the step's state arrays for this layer, updated in place */
    BatchNormLayer(int index, int features, INDArray runningMean, INDArray runningVariance) {
        this.index = index;
        this.features = features;
        this.runningMean = runningMean;
        this.runningVariance = runningVariance;
    }

    @Override
    public String label() {
        return "batchnorm " + features;
    }

    @Override
    public boolean hasParameters() {
        return true;
    }

    @Override
    public void bind(ParameterViews views) {
        scale = views.parameter(ParameterShapes.scaleOf(index));
        shift = views.parameter(ParameterShapes.shiftOf(index));
        scaleGradient = views.gradient(ParameterShapes.scaleOf(index));
        shiftGradient = views.gradient(ParameterShapes.shiftOf(index));
    }

    @Override
    public INDArray forward(INDArray in, Batch batch) {
        long rows = in.length() / features;
        // a view when the input is contiguous, as every layer's output is; a fresh copy otherwise
        input2d = in.reshape('c', rows, features);
        if (in != source) {
            source = in;
            normalized = NativeOps.sized(normalized, rows, features);
            output2d = NativeOps.sized(output2d, rows, features);
            output = output2d.reshape('c', in.shape());
            inputGradient2d = NativeOps.sized(inputGradient2d, rows, features);
            inputGradient = inputGradient2d.reshape('c', in.shape());
        }
        INDArray mean = input2d.mean(0);
        INDArray variance = input2d.var(false, 0);
        runningMean.muli(BatchNorm.MOMENTUM).addi(mean.mul(1 - BatchNorm.MOMENTUM));
        runningVariance.muli(BatchNorm.MOMENTUM).addi(variance.mul(1 - BatchNorm.MOMENTUM));
        inverseDeviation = Transforms.pow(variance.addi(BatchNorm.EPSILON), -0.5, false);
        normalized.assign(input2d).subiRowVector(mean).muliRowVector(inverseDeviation);
        output2d.assign(normalized).muliRowVector(scale).addiRowVector(shift);
        return output;
    }

    /**
     * With g the output gradient and x̂ the normalized input, over the m values of each feature:
     * shift' = Σg, scale' = Σ g·x̂, and input' = scale / (σ m) · (m g − shift' − x̂ · scale').
     */
    @Override
    public INDArray backward(INDArray gradient, boolean needInputGradient) {
        long rows = normalized.size(0);
        INDArray gradient2d = gradient.reshape('c', rows, features);
        gradient2d.sum(shiftGradient, 0);
        gradient2d.mul(normalized).sum(scaleGradient, 0);
        if (!needInputGradient) {
            return null;
        }
        inputGradient2d.assign(normalized).muliRowVector(scaleGradient).rsubi(gradient2d.mul(rows))
                .subiRowVector(shiftGradient).muliRowVector(scale.mul(inverseDeviation).divi(rows));
        return inputGradient;
    }
}
