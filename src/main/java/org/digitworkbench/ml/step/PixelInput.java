package org.digitworkbench.ml.step;

import org.digitworkbench.ml.arch.Architecture;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Puts the batch's pixels into native memory, for networks whose first layer is not a convolution: as
 * {@code [n, 784]} for a dense layer, as the NHWC image {@code [n, 28, 28, 1]} (the same memory) for the others.
 */
final class PixelInput implements StepLayer {
    private final boolean image;
    private INDArray pixels;
    private INDArray output;

    PixelInput(boolean image) {
        this.image = image;
    }

    @Override
    public String label() {
        return "input";
    }

    @Override
    public INDArray forward(INDArray ignored, Batch batch) {
        if (pixels == null || pixels.size(0) != batch.size()) {
            pixels = NativeOps.sized(pixels, batch.size(), Architecture.INPUT_SIZE);
            output = image ? pixels.reshape(batch.size(), Architecture.IMAGE_SIDE, Architecture.IMAGE_SIDE, 1) : pixels;
        }
        NativeOps.upload(batch.pixels(), pixels);
        return output;
    }

    @Override
    public INDArray backward(INDArray outputGradient, boolean inputGradient) {
        return null;
    }
}
