package org.digitworkbench.ml.arch;

/** One layer of an architecture, as data: the graph builder turns these into SameDiff ops. */
public sealed interface LayerSpec {

    /** Fully connected layer; {@code relu} false means plain logits (the output layer). */
    record Dense(int units, boolean relu) implements LayerSpec { }

    /** Square convolution with ReLU; {@code same} keeps the spatial size, otherwise "valid" padding. */
    record Conv(int kernel, int filters, boolean same) implements LayerSpec { }

    /** 2x2 max pooling with stride 2. */
    record MaxPool() implements LayerSpec { }

    /** Inverted dropout, active only in the training graph. */
    record Dropout(double rate) implements LayerSpec { }
}
