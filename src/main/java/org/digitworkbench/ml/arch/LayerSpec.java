package org.digitworkbench.ml.arch;

/**
 * One layer of an architecture as the graph builders see it: a {@code relu} written directly after a
 * convolution or dense layer is part of that layer (so the layer's index, and its parameters' names
 * {@code w<i>}/{@code b<i>}, are those of the fused list; the five original architectures keep theirs).
 */
public sealed interface LayerSpec {

    /** Fully connected layer, with ReLU when {@code relu}; the output layer gives plain logits. */
    record Dense(int units, boolean relu) implements LayerSpec { }

    /** Square convolution, stride 1; {@code same} keeps the spatial size, otherwise "valid" padding. */
    record Conv(int kernel, int filters, boolean same, boolean relu) implements LayerSpec { }

    /** 2x2 max pooling with stride 2. */
    record MaxPool() implements LayerSpec { }

    /** Inverted dropout, active only in the training graph. */
    record Dropout(double rate) implements LayerSpec { }

    /**
     * Batch normalization: per channel on an image, per unit after a dense layer. Training normalizes with the
     * batch's statistics, inference with the running ones kept while training.
     */
    record BatchNorm() implements LayerSpec {
        /** Added to the variance before its square root, as Keras and PyTorch do (1e-3 and 1e-5). */
        public static final double EPSILON = 1e-5;
        /** How much of the running statistics each training batch keeps (PyTorch's momentum 0.1). */
        public static final double MOMENTUM = 0.9;
    }

    /** An activation that is not a relu joined to the conv or dense layer before it. */
    record Activation(ActivationFunction function) implements LayerSpec { }
}
