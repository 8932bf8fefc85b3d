package org.digitworkbench.ml.step;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Inverted dropout with the batch's mask for this layer: forward and backward both multiply by it. */
final class DropoutLayer implements StepLayer {
    private final int site;
    private final double rate;
    private INDArray mask;
    private INDArray output;

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
        mask = NativeOps.sized(mask, in.shape());
        output = NativeOps.sized(output, in.shape());
        NativeOps.upload(batch.masks()[site], mask);
        return in.mul(mask, output);
    }

    @Override
    public INDArray backward(INDArray gradient, boolean needInputGradient) {
        return needInputGradient ? gradient.muli(mask) : null;
    }
}
