package org.digitworkbench.ml.step;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.digitworkbench.ml.arch.ActivationShape;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.LayerSpec;
import org.digitworkbench.ml.arch.ParameterShapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A network's arrays as the step layers use them: every trained array in one flat buffer (and, for training,
 * their gradients in another of the same layout), and batch normalization's running statistics apart. Saved
 * models flatten a convolution's output channel-first, the step channel-last: the weights of a dense layer
 * after a convolution are reordered on the way in and out.
 */
final class StepParameters {
    private final Map<String, ActivationShape> channelLastWeights = new LinkedHashMap<>();
    private final Map<String, INDArray> state = new LinkedHashMap<>();
    private final INDArray flatParameters;
    private final INDArray flatGradients;
    private final ParameterViews views;

    /**
     * @param saved         the arrays as saved models hold them (copied, not kept); running statistics missing
     *                      from it start as mean 0, variance 1
     * @param withGradients whether to keep a gradient buffer (training) or not (inference)
     */
    StepParameters(Architecture architecture, Map<String, INDArray> saved, boolean withGradients) {
        Map<String, long[]> shapes = ParameterShapes.of(architecture);
        List<ActivationShape> inputs = ActivationShape.inputsOf(architecture);
        for (int i = 0; i < inputs.size(); i++) {
            if (architecture.layers().get(i) instanceof LayerSpec.Dense && inputs.get(i).spatial()) {
                channelLastWeights.put(ParameterShapes.weightsOf(i), inputs.get(i));
            }
        }
        ParameterShapes.state(architecture).forEach((name, shape) -> {
            INDArray value = saved.get(name);
            state.put(name, value != null ? checked(name, value, shape).castTo(DataType.FLOAT).dup('c')
                    : Nd4j.create(DataType.FLOAT, shape, 'c').assign(name.startsWith("variance") ? 1 : 0));
        });
        long total = shapes.values().stream().mapToLong(ParameterShapes::count).sum();
        flatParameters = Nd4j.create(DataType.FLOAT, 1, total);
        flatGradients = withGradients ? Nd4j.create(DataType.FLOAT, 1, total) : null;
        views = new ParameterViews(flatParameters, flatGradients, shapes);
        saved.forEach((name, value) -> {
            if (state.containsKey(name)) {
                return;
            }
            if (!shapes.containsKey(name)) {
                throw new IllegalArgumentException("unexpected parameter " + name);
            }
            checked(name, value, shapes.get(name));
            ActivationShape in = channelLastWeights.get(name);
            views.parameter(name).assign(in == null ? value : ChannelOrder.channelFirstToLast(value, in));
        });
        for (String name : shapes.keySet()) {
            if (!saved.containsKey(name)) {
                throw new IllegalArgumentException("missing parameter " + name);
            }
        }
    }

    ParameterViews views() {
        return views;
    }

    INDArray flatParameters() {
        return flatParameters;
    }

    INDArray flatGradients() {
        return flatGradients;
    }

    Map<String, INDArray> state() {
        return state;
    }

    long count() {
        return flatParameters.length();
    }

    /** A copy of the current parameters, then of the state, in the saved models' layout. */
    Map<String, INDArray> saved() {
        Map<String, INDArray> out = inSavedLayout(views.parameters());
        state.forEach((name, value) -> out.put(name, value.dup('c')));
        return out;
    }

    /** Copies of the given views (parameters or gradients), in the saved models' layout. */
    Map<String, INDArray> inSavedLayout(Map<String, INDArray> stepViews) {
        Map<String, INDArray> out = new LinkedHashMap<>();
        stepViews.forEach((name, view) -> {
            ActivationShape in = channelLastWeights.get(name);
            out.put(name, in == null ? view.dup('c') : ChannelOrder.channelLastToFirst(view, in));
        });
        return out;
    }

    private static INDArray checked(String name, INDArray value, long[] shape) {
        if (value.length() != ParameterShapes.count(shape)) {
            throw new IllegalArgumentException(name + " holds " + value.length() + " values, the architecture needs "
                    + ParameterShapes.count(shape));
        }
        return value;
    }
}
