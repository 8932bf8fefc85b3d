package org.digitworkbench.ml.step;

import org.digitworkbench.ml.arch.LayerSpec.BatchNorm;
import org.digitworkbench.ml.arch.ParameterShapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Batch normalization per channel of an NHWC image or per unit, treating the input as {@code [values, features]}.
 * Training normalizes with the batch's statistics and moves the running ones; inference applies the running
 * statistics as one scale and offset per feature. Everything lands in arrays of its own, nothing is allocated
 * in the steady state.
 */
final class BatchNormLayer implements StepLayer {
    private final int index;
    private final int features;
    private final boolean training;
    private final INDArray runningMean;
    private final INDArray runningVariance;
    /** Per feature: the batch's mean and variance, 1/σ, and what backward multiplies the input gradient by. */
    private final INDArray mean;
    private final INDArray variance;
    private final INDArray inverseDeviation;
    private final INDArray coefficient;
    private INDArray scale;
    private INDArray shift;
    private INDArray scaleGradient;
    private INDArray shiftGradient;

    private INDArray source;
    private INDArray input2d;
    private INDArray normalized;
    private INDArray output2d;
    private INDArray output;
    private INDArray inputGradient2d;
    private INDArray inputGradient;
    private INDArray boundGradient;
    private INDArray gradient2d;

    /**
     * @param runningMean, runningVariance the running statistics of this layer: updated in place while training
     * @param training                     whether to normalize by the batch (and learn) or by the running statistics
     */
    BatchNormLayer(int index, int features, INDArray runningMean, INDArray runningVariance, boolean training) {
        this.index = index;
        this.features = features;
        this.training = training;
        this.runningMean = runningMean;
        this.runningVariance = runningVariance;
        mean = Nd4j.create(DataType.FLOAT, features);
        variance = Nd4j.create(DataType.FLOAT, features);
        inverseDeviation = Nd4j.create(DataType.FLOAT, features);
        coefficient = Nd4j.create(DataType.FLOAT, features);
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
        if (in != source) {
            source = in;
            long rows = in.length() / features;
            // a view, as every layer's output is contiguous
            input2d = in.reshape('c', rows, features);
            normalized = training ? NativeOps.sized(normalized, rows, features) : null;
            output2d = NativeOps.sized(output2d, rows, features);
            output = output2d.reshape('c', in.shape());
        }
        return training ? normalizeByBatch() : normalizeByRunningStatistics();
    }

    /** y = x · (scale/σ) + (shift − mean · scale/σ), the running σ and mean. */
    private INDArray normalizeByRunningStatistics() {
        inverseDeviation.assign(runningVariance).addi(BatchNorm.EPSILON);
        Transforms.sqrt(inverseDeviation, false).rdivi(1).muli(scale);
        coefficient.assign(runningMean).muli(inverseDeviation).rsubi(shift);
        output2d.assign(input2d).muliRowVector(inverseDeviation).addiRowVector(coefficient);
        return output;
    }

    private INDArray normalizeByBatch() {
        input2d.mean(mean, 0);
        normalized.assign(input2d).subiRowVector(mean);
        output2d.assign(normalized).muli(normalized).mean(variance, 0);
        inverseDeviation.assign(variance).addi(BatchNorm.EPSILON);
        Transforms.sqrt(inverseDeviation, false).rdivi(1);
        normalized.muliRowVector(inverseDeviation);
        output2d.assign(normalized).muliRowVector(scale).addiRowVector(shift);
        runningMean.muli(BatchNorm.MOMENTUM).addi(mean.muli(1 - BatchNorm.MOMENTUM));
        runningVariance.muli(BatchNorm.MOMENTUM).addi(variance.muli(1 - BatchNorm.MOMENTUM));
        return output;
    }

    /**
     * With g the output gradient and x̂ the normalized input, over the m values of each feature:
     * shift' = Σg, scale' = Σ g·x̂, and input' = scale / (σ m) · (m g − shift' − x̂ · scale').
     * The incoming gradient is scaled in place: the layer above is done with it.
     */
    @Override
    public INDArray backward(INDArray gradient, boolean needInputGradient) {
        long rows = normalized.size(0);
        if (gradient != boundGradient) {
            boundGradient = gradient;
            gradient2d = gradient.reshape('c', rows, features);
            inputGradient2d = NativeOps.sized(inputGradient2d, rows, features);
            inputGradient = inputGradient2d.reshape('c', source.shape());
        }
        gradient2d.sum(shiftGradient, 0);
        inputGradient2d.assign(gradient2d).muli(normalized).sum(scaleGradient, 0);
        if (!needInputGradient) {
            return null;
        }
        coefficient.assign(scale).muli(inverseDeviation).divi(rows);
        inputGradient2d.assign(normalized).muliRowVector(scaleGradient).addiRowVector(shiftGradient)
                .rsubi(gradient2d.muli(rows)).muliRowVector(coefficient);
        return inputGradient;
    }
}
