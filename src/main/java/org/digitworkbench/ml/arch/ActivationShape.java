package org.digitworkbench.ml.arch;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.ml.arch.LayerSpec.Conv;
import org.digitworkbench.ml.arch.LayerSpec.Dense;
import org.digitworkbench.ml.arch.LayerSpec.MaxPool;

/**
 * The shape of one image's activations between layers: {@code channels x side x side} while spatial,
 * {@code units} once flattened. The one place that knows how each layer changes the shape.
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
        if (layer instanceof Conv conv) {
            return new ActivationShape(conv.filters(), conv.same() ? side : side - conv.kernel() + 1, 0, true);
        } else if (layer instanceof MaxPool) {
            return new ActivationShape(channels, side / 2, 0, true);
        } else if (layer instanceof Dense dense) {
            return new ActivationShape(0, 0, dense.units(), false);
        }
        return this;
    }

    /** The shape entering each layer of the architecture, in order. */
    public static List<ActivationShape> inputsOf(Architecture architecture) {
        ActivationShape shape = architecture.takesImage()
                ? new ActivationShape(1, Architecture.IMAGE_SIDE, 0, true)
                : new ActivationShape(0, 0, Architecture.INPUT_SIZE, false);
        List<ActivationShape> inputs = new ArrayList<>();
        for (LayerSpec layer : architecture.layers()) {
            inputs.add(shape);
            shape = shape.after(layer);
        }
        return inputs;
    }
}
