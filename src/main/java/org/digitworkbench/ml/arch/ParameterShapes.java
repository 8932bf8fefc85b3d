package org.digitworkbench.ml.arch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names and shapes of the arrays of an architecture, in layer order, as each layer gives them (for layer i:
 * {@code w<i>}, {@code b<i>} of a conv or dense layer, convolution weights [kH, kW, inChannels, outChannels]
 * (YXIO), dense weights [in, out]; {@code scale<i>}, {@code shift<i>} of batch normalization). Those are trained;
 * batch normalization's running {@code mean<i>} and {@code variance<i>} are state, saved with the model but not
 * trained.
 */
public final class ParameterShapes {
    private ParameterShapes() {
    }

    /** The trained arrays. */
    public static Map<String, long[]> of(Architecture architecture) {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        List<ActivationShape> inputs = ActivationShape.inputsOf(architecture);
        for (int i = 0; i < inputs.size(); i++) {
            shapes.putAll(architecture.layers().get(i).parameterShapes(i, inputs.get(i)));
        }
        return shapes;
    }

    /** The state arrays: batch normalization's running statistics. */
    public static Map<String, long[]> state(Architecture architecture) {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        List<ActivationShape> inputs = ActivationShape.inputsOf(architecture);
        for (int i = 0; i < inputs.size(); i++) {
            shapes.putAll(architecture.layers().get(i).stateShapes(i, inputs.get(i)));
        }
        return shapes;
    }

    /** Every array a model file holds: the trained ones, then the state. */
    public static Map<String, long[]> saved(Architecture architecture) {
        Map<String, long[]> shapes = new LinkedHashMap<>(of(architecture));
        shapes.putAll(state(architecture));
        return shapes;
    }

    /** How many values an array of this shape holds. */
    public static long count(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    public static String weightsOf(int layer) {
        return "w" + layer;
    }

    public static String biasOf(int layer) {
        return "b" + layer;
    }

    public static String scaleOf(int layer) {
        return "scale" + layer;
    }

    public static String shiftOf(int layer) {
        return "shift" + layer;
    }

    public static String meanOf(int layer) {
        return "mean" + layer;
    }

    public static String varianceOf(int layer) {
        return "variance" + layer;
    }
}
