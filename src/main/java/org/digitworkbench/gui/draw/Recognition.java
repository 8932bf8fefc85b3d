package org.digitworkbench.gui.draw;

import java.util.List;

import org.digitworkbench.ml.eval.Evidence;
import org.digitworkbench.ml.model.TrainedModel;

/**
 * One answer of the prediction thread. {@code pixels} (the 28x28 input) and {@code probabilities} are null
 * when the drawing had no ink, or for a warm-up; {@code evidence} (the heat map) is null unless asked for, and
 * {@code layers} (every layer's output) empty unless asked for;
 * {@code failure} is set when the network threw.
 * {@code requestedNanos} is the pointer event, {@code computedNanos} when the answer left the worker.
 */
record Recognition(long seq, TrainedModel model, float[] pixels, float[] probabilities, Evidence evidence,
                   List<InsideLayer> layers, long requestedNanos, long computedNanos, String failure) {
    boolean warmUp() {
        return seq < 0;
    }
}
