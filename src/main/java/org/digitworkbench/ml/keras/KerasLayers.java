package org.digitworkbench.ml.keras;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.digitworkbench.ml.arch.Architecture;

/**
 * A chain of Keras layers written in the spec language, with the layers that hold weights in order. What the spec
 * language cannot say exactly is refused with the layer's name and what is supported: Keras applies a Dense layer
 * to the last axis of an image and batch normalization to the flattened units after a Flatten, where a spec's
 * dense layer flattens first and its batchnorm normalizes channels.
 */
final class KerasLayers {
    static final String SUPPORTED = "supported are InputLayer, Conv2D (valid or same padding, stride 1), "
            + "MaxPooling2D (2x2), Flatten, Reshape to (28, 28, 1), Dense, Dropout, Activation, ReLU, Softmax and "
            + "BatchNormalization, with the activations relu, tanh, sigmoid, linear, and softmax after the last layer";
    private static final List<String> ACTIVATIONS = List.of("relu", "tanh", "sigmoid");

    /**
     * A layer with weights: its name, what it is, and how Keras lists its arrays. {@code path}: where a .keras
     * file keeps them, named by class and count as Keras 3 does ({@code layers/dense}, {@code layers/dense_1}, ...).
     */
    record Weighted(String name, String path, Kind kind, boolean bias, boolean center, boolean scale,
                    double epsilon) {
        enum Kind { CONV, DENSE, BATCH_NORM }
    }

    /**
     * The spec and the weighted layers in order. Whether the Keras model ends in a softmax or gives logits, our
     * model gives the softmax of its last layer: the same answers either way.
     */
    record Translation(String spec, List<Weighted> weighted) {
    }

    private final List<String> tokens = new ArrayList<>();
    private final List<Weighted> weighted = new ArrayList<>();
    private final Map<String, Integer> perClass = new HashMap<>();
    /** Keras's shape of one example after the layers so far: [h, w, c], [h, w] or [units]. */
    private List<Integer> dims;
    /** Whether a Dense layer has been read (the spec's shape is spatial until then). */
    private boolean flattenedBySpec;
    private boolean done;

    private KerasLayers() {
    }

    static Translation of(List<KerasChain.Layer> chain) {
        KerasLayers layers = new KerasLayers();
        int lastDense = -1;
        for (int i = 0; i < chain.size(); i++) {
            lastDense = chain.get(i).className().equals("Dense") ? i : lastDense;
        }
        if (lastDense < 0) {
            throw KerasProblem.unsupported("the model has no Dense layer; its last layer must be Dense(10)");
        }
        for (int i = 0; i < chain.size(); i++) {
            layers.read(chain.get(i), i == 0, i == lastDense, i > lastDense);
        }
        return new Translation(String.join(", ", layers.tokens), List.copyOf(layers.weighted));
    }

    private void read(KerasChain.Layer layer, boolean first, boolean lastDense, boolean afterLastDense) {
        KerasSettings settings = new KerasSettings(layer);
        if (first) {
            input(settings);
            if (layer.className().equals("InputLayer")) {
                return;
            }
        }
        if (afterLastDense) {
            tail(layer, settings);
            return;
        }
        switch (layer.className()) {
            case "InputLayer" -> throw settings.refused("a second input");
            case "Conv2D" -> KerasConvolutions.conv(this, settings);
            case "MaxPooling2D", "MaxPool2D" -> KerasConvolutions.maxPool(this, settings);
            case "Flatten" -> dims = List.of(size());
            case "Reshape" -> reshape(settings);
            case "Dense" -> dense(settings, lastDense);
            case "Dropout" -> dropout(settings);
            case "Activation" -> activation(settings, settings.activation());
            case "ReLU" -> relu(settings);
            case "BatchNormalization" -> batchNorm(settings);
            case "Softmax" -> throw settings.refused("softmax before the last Dense layer; " + SUPPORTED);
            default -> throw settings.refused("not supported; " + SUPPORTED);
        }
    }

    private void input(KerasSettings settings) {
        dims = settings.inputShape();
        if (!(dims.equals(List.of(28, 28, 1)) || dims.equals(List.of(28, 28))
                || dims.equals(List.of(Architecture.INPUT_SIZE)))) {
            throw KerasProblem.unsupported("the model's input is shaped " + shape(dims) + "; supported are (28, 28, 1),"
                    + " (28, 28) and (784,): 28x28 grayscale images");
        }
    }

    private void reshape(KerasSettings settings) {
        if (!settings.integers("target_shape").equals(List.of(28, 28, 1)) || size() != Architecture.INPUT_SIZE) {
            throw settings.refused("reshapes " + shape(dims) + " to " + shape(settings.integers("target_shape"))
                    + "; only a reshape of 784 values to (28, 28, 1) is supported");
        }
        dims = List.of(28, 28, 1);
    }

    private void dense(KerasSettings settings, boolean last) {
        if (dims.size() != 1) {
            throw settings.refused("gets an input shaped " + shape(dims) + "; a Flatten before it is needed");
        }
        int units = settings.integer("units", -1);
        if (last && units != Architecture.CLASSES) {
            throw settings.refused(units + " units; the last Dense layer must give one value per class, 10");
        }
        String activation = settings.activation();
        add("dense(" + units + ")");
        addWeighted(settings, Weighted.Kind.DENSE, settings.flag("use_bias", true), false, false, 0);
        dims = List.of(units);
        flattenedBySpec = true;
        if (last) {
            if (!activation.equals("softmax") && !activation.equals("linear")) {
                throw settings.refused("the last Dense layer has activation " + activation
                        + "; it must give logits (linear) or probabilities (softmax)");
            }
            done = true;
        } else {
            activation(settings, activation);
        }
    }

    /** After the last Dense layer: a softmax (as a layer or an activation), or nothing that changes the answer. */
    private void tail(KerasChain.Layer layer, KerasSettings settings) {
        switch (layer.className()) {
            case "Softmax" -> { }
            case "Activation" -> {
                String activation = settings.activation();
                if (!activation.equals("softmax") && !activation.equals("linear")) {
                    throw settings.refused("activation " + activation + " after the last Dense layer; only softmax");
                }
            }
            case "Dropout" -> { }
            default -> throw settings.refused("after the last Dense layer; only Softmax, Activation(softmax) and"
                    + " Dropout may follow it");
        }
    }

    private void dropout(KerasSettings settings) {
        double rate = settings.decimal("rate", 0);
        if (settings.integers("noise_shape").size() > 0) {
            throw settings.refused("noise_shape is set; only plain dropout is supported");
        }
        if (rate > 0) {
            add("dropout(" + BigDecimal.valueOf(rate).toPlainString() + ")");
        }
    }

    void activation(KerasSettings settings, String activation) {
        if (ACTIVATIONS.contains(activation)) {
            add(activation);
        } else if (!activation.equals("linear")) {
            throw settings.refused("activation " + activation + " is not supported; supported are relu, tanh, "
                    + "sigmoid, linear, and softmax on the last Dense layer");
        }
    }

    private void relu(KerasSettings settings) {
        if (settings.isSet("max_value") || settings.decimal("negative_slope", 0) != 0 || settings.decimal("threshold", 0) != 0) {
            throw settings.refused("a ReLU with max_value, negative_slope or threshold; only the plain ReLU");
        }
        add("relu");
    }

    private void batchNorm(KerasSettings settings) {
        List<Integer> axes = settings.integers("axis");
        boolean lastAxis = axes.isEmpty() || axes.size() == 1 && (axes.get(0) == -1 || axes.get(0) == dims.size());
        if (!lastAxis) {
            throw settings.refused("normalizes axis " + axes + "; only the last axis (the channels) is supported");
        }
        boolean image = dims.size() == 3;
        if (image == flattenedBySpec || dims.size() == 2) {
            throw settings.refused("normalizes the " + shape(dims) + " values after a Flatten or of the input;"
                    + " supported is batch normalization of a convolution's channels or of a Dense layer's units");
        }
        if (settings.flag("renorm", false)) {
            throw settings.refused("batch renormalization is not supported");
        }
        add("batchnorm");
        addWeighted(settings, Weighted.Kind.BATCH_NORM, false, settings.flag("center", true),
                settings.flag("scale", true), settings.decimal("epsilon", 1e-3));
    }

    void add(String token) {
        if (done) {
            throw new IllegalStateException("a layer after the output");
        }
        tokens.add(token);
    }

    void addWeighted(KerasSettings settings, Weighted.Kind kind, boolean bias, boolean center, boolean scale,
                     double epsilon) {
        String base = switch (kind) {
            case CONV -> "conv2d";
            case DENSE -> "dense";
            case BATCH_NORM -> "batch_normalization";
        };
        int n = perClass.merge(base, 1, Integer::sum) - 1;
        weighted.add(new Weighted(settings.name(), "layers/" + base + (n == 0 ? "" : "_" + n), kind, bias, center,
                scale, epsilon));
    }

    List<Integer> dims() {
        return dims;
    }

    void dims(List<Integer> now) {
        dims = now;
    }

    private int size() {
        int n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n;
    }

    static String shape(List<Integer> dims) {
        if (dims == null) {
            return "(unknown)";
        }
        List<String> parts = dims.stream().map(d -> d < 0 ? "None" : d.toString()).toList();
        return "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
    }
}
