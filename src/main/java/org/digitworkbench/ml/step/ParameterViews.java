package org.digitworkbench.ml.step;

import java.util.LinkedHashMap;
import java.util.Map;

import org.digitworkbench.ml.arch.ParameterShapes;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Windows onto a step's two flat buffers, parameters and gradients, which hold every parameter one after
 * another in {@code ParameterShapes} order ({@code w<i>} then {@code b<i>} for each layer i). Without a gradient
 * buffer (inference) the gradient windows are null.
 */
final class ParameterViews {
    private final INDArray flatParameters;
    private final INDArray flatGradients;
    private final Map<String, long[]> shapes;
    private final Map<String, Long> offsets = new LinkedHashMap<>();

    ParameterViews(INDArray flatParameters, INDArray flatGradients, Map<String, long[]> shapes) {
        this.flatParameters = flatParameters;
        this.flatGradients = flatGradients;
        this.shapes = shapes;
        long offset = 0;
        for (Map.Entry<String, long[]> entry : shapes.entrySet()) {
            offsets.put(entry.getKey(), offset);
            offset += ParameterShapes.count(entry.getValue());
        }
    }

    Map<String, INDArray> parameters() {
        Map<String, INDArray> views = new LinkedHashMap<>();
        shapes.keySet().forEach(name -> views.put(name, parameter(name)));
        return views;
    }

    Map<String, INDArray> gradients() {
        Map<String, INDArray> views = new LinkedHashMap<>();
        shapes.keySet().forEach(name -> views.put(name, gradient(name)));
        return views;
    }

    INDArray parameter(String name) {
        return view(flatParameters, offsets.get(name), ParameterShapes.count(shapes.get(name)), shapes.get(name));
    }

    INDArray gradient(String name) {
        if (flatGradients == null) {
            return null;
        }
        return view(flatGradients, offsets.get(name), ParameterShapes.count(shapes.get(name)), shapes.get(name));
    }

    /** Layer i's weights and bias and their gradients. */
    LayerParameters layer(int index) {
        return new LayerParameters(parameter("w" + index), parameter("b" + index), gradient("w" + index),
                gradient("b" + index));
    }

    /**
     * Layer i's weights with its bias as one more row, {@code [inputs + 1, units]}: w and b lie next to each
     * other, so one matrix product with a column of ones in the input applies (or differentiates) both.
     */
    INDArray parameterWithBias(int index) {
        return withBias(flatParameters, index);
    }

    INDArray gradientWithBias(int index) {
        return flatGradients == null ? null : withBias(flatGradients, index);
    }

    private INDArray withBias(INDArray flat, int index) {
        long[] weights = shapes.get("w" + index);
        long units = weights[weights.length - 1];
        long rows = ParameterShapes.count(weights) / units;
        long offset = offsets.get("w" + index);
        if (offsets.get("b" + index) != offset + rows * units) {
            throw new IllegalStateException("b" + index + " does not follow w" + index);
        }
        return view(flat, offset, (rows + 1) * units, new long[] {rows + 1, units});
    }

    private static INDArray view(INDArray flat, long offset, long length, long[] shape) {
        return flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + length)).reshape('c', shape);
    }
}
