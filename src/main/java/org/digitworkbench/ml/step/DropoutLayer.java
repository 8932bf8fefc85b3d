package org.digitworkbench.ml.step;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Inverted dropout with the batch's mask for this layer: forward and backward both multiply by it. */
final class DropoutLayer implements StepLayer {
    private final int site;
    private final double rate;
    private INDArray input;
    private INDArray mask;
    private INDArray output;
    private Runnable forward;
    private INDArray boundGradient;
    private Runnable backward;

    DropoutLayer(int site, double rate) {
        this.site = site;
        this.rate = rate;
    }

    @Override
    public String label() {
        return "dropout " + rate;
    }

    @Override
    public INDArray forward(INDArray in, Batch batch) {
        if (in != input) {
            input = in;
            mask = NativeOps.sized(mask, in.shape());
            output = NativeOps.sized(output, in.shape());
            forward = NativeOps.multiply(in, mask, output);
            boundGradient = null;
        }
        NativeOps.upload(batch.masks()[site], mask);
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
            backward = NativeOps.multiplyInPlace(gradient, mask);
        }
        backward.run();
        return gradient;
    }
}
