package org.digitworkbench.ml.arch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.digitworkbench.ml.arch.LayerSpec.BatchNorm;
import org.digitworkbench.ml.arch.LayerSpec.Conv;
import org.digitworkbench.ml.arch.LayerSpec.Dense;

/**
 * Names and shapes of the arrays of an architecture, in layer order, for layer i: {@code w<i>}, {@code b<i>} of
 * a conv or dense layer (convolution weights [kH, kW, inChannels, outChannels] (YXIO), dense weights [in, out]);
 * {@code scale<i>}, {@code shift<i>} of batch normalization. Those are trained; batch normalization's running
 * {@code mean<i>} and {@code variance<i>} are state, saved with the model but not trained.
 */
public final class ParameterShapes {
    private static final String[] TRAINED_PREFIXES = {"w", "b", "scale", "shift"};

    private ParameterShapes() {
    }

    /** The trained arrays. */
    public static Map<String, long[]> of(Architecture architecture) {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        List<ActivationShape> inputs = ActivationShape.inputsOf(architecture);
        for (int i = 0; i < inputs.size(); i++) {
            LayerSpec layer = architecture.layers().get(i);
            if (layer instanceof Conv conv) {
                shapes.put("w" + i, new long[] {conv.kernel(), conv.kernel(), inputs.get(i).channels(), conv.filters()});
                shapes.put("b" + i, new long[] {conv.filters()});
            } else if (layer instanceof Dense dense) {
                shapes.put("w" + i, new long[] {inputs.get(i).size(), dense.units()});
                shapes.put("b" + i, new long[] {dense.units()});
            } else if (layer instanceof BatchNorm) {
                shapes.put(scaleOf(i), new long[] {inputs.get(i).features()});
                shapes.put(shiftOf(i), new long[] {inputs.get(i).features()});
            }
        }
        return shapes;
    }

    /** The state arrays: batch normalization's running statistics. */
    public static Map<String, long[]> state(Architecture architecture) {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        List<ActivationShape> inputs = ActivationShape.inputsOf(architecture);
        for (int i = 0; i < inputs.size(); i++) {
            if (architecture.layers().get(i) instanceof BatchNorm) {
                shapes.put(meanOf(i), new long[] {inputs.get(i).features()});
                shapes.put(varianceOf(i), new long[] {inputs.get(i).features()});
            }
        }
        return shapes;
    }

    /** Every array a model file holds: the trained ones, then the state. */
    public static Map<String, long[]> saved(Architecture architecture) {
        Map<String, long[]> shapes = new LinkedHashMap<>(of(architecture));
        shapes.putAll(state(architecture));
        return shapes;
    }

    /** How many trained values layer i has. */
    static long trainedCountOf(Map<String, long[]> trained, int layer) {
        long n = 0;
        for (String prefix : TRAINED_PREFIXES) {
            long[] shape = trained.get(prefix + layer);
            n += shape == null ? 0 : ParameterInitializer.count(shape);
        }
        return n;
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
