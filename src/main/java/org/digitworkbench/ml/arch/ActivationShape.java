package org.digitworkbench.ml.arch;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of one image's activations between layers: {@code channels x side x side} while spatial,
 * {@code units} once flattened. Each layer says how it changes the shape ({@link LayerSpec#outputShape}).
 */
public record ActivationShape(long channels, long side, long units, boolean spatial) {

    public long size() {
        return spatial ? channels * side * side : units;
    }

    /** What batch normalization normalizes separately: the channels of an image, else the units. */
    public long features() {
        return spatial ? channels : units;
    }

    /** Without the batch dimension: [channels, side, side] or [units]. */
    public long[] perImage() {
        return spatial ? new long[] {channels, side, side} : new long[] {units};
    }

    ActivationShape after(LayerSpec layer) {
        return layer.outputShape(this);
    }

    /** {@code channels} maps of {@code side x side}. */
    public static ActivationShape image(long channels, long side) {
        return new ActivationShape(channels, side, 0, true);
    }

    /** A flat vector of {@code units}. */
    public static ActivationShape units(long units) {
        return new ActivationShape(0, 0, units, false);
    }

    /** The shape entering each layer of the architecture, in order. */
    public static List<ActivationShape> inputsOf(Architecture architecture) {
        ActivationShape shape = architecture.takesImage()
                ? image(1, Architecture.IMAGE_SIDE)
                : units(Architecture.INPUT_SIZE);
        List<ActivationShape> inputs = new ArrayList<>();
        for (LayerSpec layer : architecture.layers()) {
            inputs.add(shape);
            shape = shape.after(layer);
        }
        return inputs;
    }
}
