package org.digitworkbench.ml.step;

import org.digitworkbench.ml.arch.ActivationShape;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Saved models flatten convolution outputs channel-first (NCHW, as the SameDiff graphs that first read them did);
 * the training step flattens them channel-last (NHWC). A dense layer after a convolution has its weight
 * rows reordered between the two. Keras flattens channel-last too, so its dense kernels move the same way.
 */
public final class ChannelOrder {
    private ChannelOrder() {
    }

    /** [C*H*W, units] rows in (c, y, x) order to [H*W*C, units] rows in (y, x, c) order, as a new array. */
    public static INDArray channelFirstToLast(INDArray weights, ActivationShape in) {
        long c = in.channels();
        long side = in.side();
        long units = weights.size(1);
        return weights.reshape('c', c, side, side, units).permute(1, 2, 0, 3).dup('c')
                .reshape('c', side * side * c, units);
    }

    /** The inverse of {@link #channelFirstToLast}. */
    public static INDArray channelLastToFirst(INDArray weights, ActivationShape in) {
        long c = in.channels();
        long side = in.side();
        long units = weights.size(1);
        return weights.reshape('c', side, side, c, units).permute(2, 0, 1, 3).dup('c')
                .reshape('c', c * side * side, units);
    }
}
