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
}
