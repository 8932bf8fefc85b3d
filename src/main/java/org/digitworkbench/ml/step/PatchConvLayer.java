package org.digitworkbench.ml.step;

import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.LayerSpec.Conv;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The first convolution, on the one-channel input image, as two matrix products over the image's patches
 * (built in Java from the batch's pixels, with a column of ones for the bias): {@code patches x [w; b]}
 * forward, {@code patches' x gradient} for {@code [w; b]}'s gradient. Nothing computes the gradient of the
 * input image, which training never uses; conv2d_bp always does, and that was about a quarter of a cnn step.
 */
final class PatchConvLayer implements StepLayer {
    private static final int SIDE = Architecture.IMAGE_SIDE;

    private final int index;
    private final int kernel;
    private final int filters;
    private final boolean same;
    private final boolean relu;
    private final int pad;
    private final int outputSide;
    /** Patch width: the kernel's pixels and the bias's one. */
    private final int width;
    private INDArray weightsAndBias;
    private INDArray gradientOfWeightsAndBias;

    private float[] patchValues;
    private INDArray patches;
    private INDArray output2d;
    private INDArray output;
    private INDArray reluDerivative;
    private INDArray boundGradient;
    private Runnable forward;
    private Runnable reluForward;
    private Runnable reluBackward;
    private Runnable weightBackward;

    PatchConvLayer(int index, Conv conv) {
        this.index = index;
        this.kernel = conv.kernel();
        this.filters = conv.filters();
        this.same = conv.same();
        this.relu = conv.relu();
        this.pad = same ? (kernel - 1) / 2 : 0;
        this.outputSide = same ? SIDE : SIDE - kernel + 1;
        this.width = kernel * kernel + 1;
    }

    @Override
    public String label() {
        return "conv " + kernel + "x" + kernel + "x" + filters + (same ? " same" : "") + (relu ? " relu" : "") + " (first)";
    }

    @Override
    public boolean hasParameters() {
        return true;
    }

    @Override
    public void bind(ParameterViews views) {
        weightsAndBias = views.parameterWithBias(index);
        gradientOfWeightsAndBias = views.gradientWithBias(index);
    }

    @Override
    public INDArray forward(INDArray ignored, Batch batch) {
        int n = batch.size();
        long rows = (long) n * outputSide * outputSide;
        if (patches == null || patches.size(0) != rows) {
            patchValues = new float[Math.toIntExact(rows * width)];
            patches = NativeOps.sized(patches, rows, width);
            output2d = NativeOps.sized(output2d, rows, filters);
            output = output2d.reshape(n, outputSide, outputSide, filters);
            forward = NativeOps.gemm(patches, weightsAndBias, output2d, false, false);
            reluForward = NativeOps.relu(output2d, output2d);
            weightBackward = null;
        }
        fillPatches(batch.pixels(), n);
        NativeOps.upload(patchValues, patches);
        forward.run();
        if (relu) {
            reluForward.run();
        }
        return output;
    }

    @Override
    public INDArray backward(INDArray gradient, boolean needInputGradient) {
        if (weightBackward == null || gradient != boundGradient) {
            boundGradient = gradient;
            INDArray gradient2d = gradient.reshape(output2d.shape());
            reluDerivative = NativeOps.sized(reluDerivative, output2d.shape());
            reluBackward = NativeOps.reluBackward(output2d, gradient2d, reluDerivative);
            weightBackward = NativeOps.gemm(patches, gradient2d, gradientOfWeightsAndBias, true, false);
        }
        if (relu) {
            reluBackward.run();
        }
        weightBackward.run();
        return null;
    }

    /**
     * Row (image, y, x) of the patch matrix holds the kernel-sized window at (y, x), zero outside the image,
     * then a one.
     */
    private void fillPatches(float[] pixels, int n) {
        int k = kernel;
        float[] out = patchValues;
        int at = 0;
        for (int image = 0; image < n; image++) {
            int base = image * SIDE * SIDE;
            for (int y = 0; y < outputSide; y++) {
                for (int x = 0; x < outputSide; x++) {
                    int x0 = x - pad;
                    boolean inside = x0 >= 0 && x0 + k <= SIDE;
                    for (int ky = 0; ky < k; ky++) {
                        int iy = y + ky - pad;
                        if (iy < 0 || iy >= SIDE) {
                            for (int kx = 0; kx < k; kx++) {
                                out[at++] = 0f;
                            }
                        } else if (inside) {
                            int from = base + iy * SIDE + x0;
                            for (int kx = 0; kx < k; kx++) {
                                out[at++] = pixels[from + kx];
                            }
                        } else {
                            for (int kx = 0; kx < k; kx++) {
                                int ix = x0 + kx;
                                out[at++] = ix >= 0 && ix < SIDE ? pixels[base + iy * SIDE + ix] : 0f;
                            }
                        }
                    }
                    out[at++] = 1f;
                }
            }
        }
    }
}
