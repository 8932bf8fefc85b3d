package org.digitworkbench.ml.step;

import org.digitworkbench.ml.arch.Architecture;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Puts the batch's pixels into native memory as {@code [n, 784]}, for networks whose first layer is dense. */
final class PixelInput implements StepLayer {
    private INDArray pixels;

    @Override
    public String label() {
        return "input";
    }

    @Override
    public INDArray forward(INDArray ignored, Batch batch) {
        pixels = NativeOps.sized(pixels, batch.size(), Architecture.INPUT_SIZE);
        NativeOps.upload(batch.pixels(), pixels);
        return pixels;
    }

    @Override
    public INDArray backward(INDArray outputGradient, boolean inputGradient) {
        return null;
    }
}
