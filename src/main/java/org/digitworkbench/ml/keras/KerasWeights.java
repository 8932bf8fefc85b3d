package org.digitworkbench.ml.keras;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jhdf.api.Dataset;
import org.digitworkbench.ml.arch.ActivationShape;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.LayerSpec;
import org.digitworkbench.ml.arch.ParameterShapes;
import org.digitworkbench.ml.keras.KerasLayers.Weighted;
import org.digitworkbench.ml.step.ChannelOrder;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Keras's arrays as a workbench model's: kernels and biases as they are ([kh, kw, in, out] and [in, out]), but a
 * dense kernel after a convolution takes our channel-first row order; batch normalization's gamma, beta and moving
 * statistics as scale, shift, mean and variance, Keras's epsilon (1e-3 by default) moved into the variance, as
 * ours is {@link LayerSpec.BatchNorm#EPSILON}. Each array's shape is checked before its values are read.
 */
final class KerasWeights {
    /** A layer's arrays in the order Keras lists them (kernel, bias; gamma, beta, moving mean, moving variance). */
    @FunctionalInterface
    interface Source {
        List<Dataset> of(Weighted layer);
    }

    private KerasWeights() {
    }

    static Map<String, INDArray> read(Architecture architecture, List<Weighted> weighted, Source source) {
        Map<String, INDArray> params = new LinkedHashMap<>();
        List<ActivationShape> inputs = ActivationShape.inputsOf(architecture);
        Iterator<Weighted> keras = weighted.iterator();
        for (int i = 0; i < inputs.size(); i++) {
            LayerSpec layer = architecture.layers().get(i);
            Map<String, long[]> shapes = new LinkedHashMap<>(layer.parameterShapes(i, inputs.get(i)));
            shapes.putAll(layer.stateShapes(i, inputs.get(i)));
            if (shapes.isEmpty()) {
                continue;
            }
            Weighted w = keras.next();
            List<Dataset> arrays = source.of(w);
            if (layer instanceof LayerSpec.BatchNorm) {
                batchNorm(w, arrays, shapes, params);
            } else {
                kernelAndBias(w, arrays, shapes, params, layer instanceof LayerSpec.Dense && inputs.get(i).spatial()
                        ? inputs.get(i) : null);
            }
        }
        return params;
    }

    private static void kernelAndBias(Weighted w, List<Dataset> arrays, Map<String, long[]> shapes,
                                      Map<String, INDArray> params, ActivationShape channelLast) {
        count(w, arrays, w.bias() ? 2 : 1);
        Iterator<Map.Entry<String, long[]>> names = shapes.entrySet().iterator();
        Map.Entry<String, long[]> kernel = names.next();
        Map.Entry<String, long[]> bias = names.next();
        INDArray weights = Nd4j.create(values(w, arrays.get(0), kernel.getValue()), kernel.getValue(), 'c');
        params.put(kernel.getKey(), channelLast == null ? weights : ChannelOrder.channelLastToFirst(weights,
                channelLast));
        float[] biases = w.bias() ? values(w, arrays.get(1), bias.getValue()) : new float[(int) bias.getValue()[0]];
        params.put(bias.getKey(), Nd4j.create(biases, bias.getValue(), 'c'));
    }

    /** Shapes: scale, shift (trained), mean, variance (state). */
    private static void batchNorm(Weighted w, List<Dataset> arrays, Map<String, long[]> shapes,
                                  Map<String, INDArray> params) {
        count(w, arrays, (w.scale() ? 1 : 0) + (w.center() ? 1 : 0) + 2);
        String[] names = shapes.keySet().toArray(String[]::new);
        long[] shape = shapes.get(names[0]);
        int next = 0;
        float[] scale = w.scale() ? values(w, arrays.get(next++), shape) : filled(shape, 1);
        float[] shift = w.center() ? values(w, arrays.get(next++), shape) : filled(shape, 0);
        float[] mean = values(w, arrays.get(next++), shape);
        float[] variance = values(w, arrays.get(next), shape);
        for (int i = 0; i < variance.length; i++) {
            variance[i] = (float) Math.max(0, variance[i] + w.epsilon() - LayerSpec.BatchNorm.EPSILON);
        }
        float[][] all = {scale, shift, mean, variance};
        for (int i = 0; i < names.length; i++) {
            params.put(names[i], Nd4j.create(all[i], shape, 'c'));
        }
    }

    private static void count(Weighted w, List<Dataset> arrays, int expected) {
        if (arrays.size() != expected) {
            throw KerasProblem.corrupt("layer '" + w.name() + "' holds " + arrays.size() + " weight arrays; its config"
                    + " says " + expected);
        }
    }

    /** The values of a float array of exactly {@code shape}, checked before they are read. */
    static float[] values(Weighted w, Dataset array, long[] shape) {
        int[] declared = array.getDimensions();
        if (declared == null || !Arrays.equals(Arrays.stream(declared).asLongStream().toArray(), shape)) {
            throw KerasProblem.corrupt("layer '" + w.name() + "' holds an array shaped "
                    + Arrays.toString(declared) + "; its config needs " + Arrays.toString(shape));
        }
        Class<?> type = array.getJavaType();
        if (array.isCompound() || array.isVariableLength() || type != float.class && type != double.class) {
            throw KerasProblem.corrupt("layer '" + w.name() + "' holds " + type + " values; expected float32");
        }
        Object flat = array.getDataFlat();
        float[] values = flat instanceof double[] doubles ? toFloats(doubles) : (float[]) flat;
        if (values.length != ParameterShapes.count(shape)) {
            throw KerasProblem.corrupt("layer '" + w.name() + "' holds " + values.length + " values");
        }
        for (float v : values) {
            if (!Float.isFinite(v)) {
                throw KerasProblem.corrupt("layer '" + w.name() + "' holds " + v + ", not a usable number");
            }
        }
        return values;
    }

    private static float[] toFloats(double[] doubles) {
        float[] floats = new float[doubles.length];
        for (int i = 0; i < doubles.length; i++) {
            floats[i] = (float) doubles[i];
        }
        return floats;
    }

    private static float[] filled(long[] shape, float value) {
        float[] values = new float[(int) ParameterShapes.count(shape)];
        Arrays.fill(values, value);
        return values;
    }
}
