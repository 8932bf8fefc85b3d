package org.digitworkbench.ml.arch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One layer of an architecture, knowing its own facts: its text in the spec language, the shape it gives, its
 * arrays and their shapes, and its work per image. A {@code relu} written directly after a convolution or dense
 * layer is part of that layer (so the layer's index, and its parameters' names {@code w<i>}/{@code b<i>}, are
 * those of the fused list; the five original architectures keep theirs).
 *
 * <p>Adding a layer type: write its record here (and list it in {@code permits}), add a method for it to
 * {@link Visitor} (the compiler then points at the one place that maps a record to its step layer, in
 * {@code ml.step}, and at the test's SameDiff reference), a rule in {@code SpecParser}, and a spec using it to
 * the step's gradient and forward-pass tests.
 */
public sealed interface LayerSpec permits LayerSpec.Dense, LayerSpec.Conv, LayerSpec.MaxPool, LayerSpec.Dropout,
        LayerSpec.BatchNorm, LayerSpec.Activation {

    /** Its canonical text in the spec language, without a fused relu, e.g. {@code conv(32,3,same)}. */
    String text();

    /** The shape it gives one image that enters with {@code in}. */
    ActivationShape outputShape(ActivationShape in);

    /** The trained arrays of this layer at position {@code index}, by name, in saving order. */
    default Map<String, long[]> parameterShapes(int index, ActivationShape in) {
        return Map.of();
    }

    /** Arrays saved with the model but not trained (batch normalization's running statistics). */
    default Map<String, long[]> stateShapes(int index, ActivationShape in) {
        return Map.of();
    }

    /** How many trained values it has. */
    default long parameterCount(ActivationShape in) {
        return parameterShapes(0, in).values().stream().mapToLong(ParameterShapes::count).sum();
    }

    /** Multiply-adds per image, for rough time estimates. */
    default double multiplyAdds(ActivationShape in) {
        return 0;
    }

    /** Whether a relu is joined to it. */
    default boolean fusedRelu() {
        return false;
    }

    <R> R accept(Visitor<R> visitor);

    /** One method per layer type: a new type cannot be forgotten by whoever maps layers to something else. */
    interface Visitor<R> {
        R dense(Dense dense);

        R conv(Conv conv);

        R maxPool(MaxPool pool);

        R dropout(Dropout dropout);

        R batchNorm(BatchNorm batchNorm);

        R activation(Activation activation);
    }

    /** Fully connected layer, with ReLU when {@code relu}; the output layer gives plain logits. */
    record Dense(int units, boolean relu) implements LayerSpec {
        @Override
        public String text() {
            return "dense(" + units + ")";
        }

        @Override
        public ActivationShape outputShape(ActivationShape in) {
            return ActivationShape.units(units);
        }

        @Override
        public Map<String, long[]> parameterShapes(int index, ActivationShape in) {
            return weightsAndBias(index, new long[] {in.size(), units}, units);
        }

        @Override
        public double multiplyAdds(ActivationShape in) {
            return (double) in.size() * units;
        }

        @Override
        public boolean fusedRelu() {
            return relu;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dense(this);
        }
    }

    /** Square convolution, stride 1; {@code same} keeps the spatial size, otherwise "valid" padding. */
    record Conv(int kernel, int filters, boolean same, boolean relu) implements LayerSpec {
        @Override
        public String text() {
            return "conv(" + filters + "," + kernel + (same ? ",same" : "") + ")";
        }

        @Override
        public ActivationShape outputShape(ActivationShape in) {
            return ActivationShape.image(filters, same ? in.side() : in.side() - kernel + 1);
        }

        /** Weights as [kH, kW, inChannels, outChannels] (YXIO). */
        @Override
        public Map<String, long[]> parameterShapes(int index, ActivationShape in) {
            return weightsAndBias(index, new long[] {kernel, kernel, in.channels(), filters}, filters);
        }

        @Override
        public double multiplyAdds(ActivationShape in) {
            return (double) outputShape(in).size() * kernel * kernel * in.channels();
        }

        @Override
        public boolean fusedRelu() {
            return relu;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.conv(this);
        }
    }

    /** 2x2 max pooling with stride 2. */
    record MaxPool() implements LayerSpec {
        @Override
        public String text() {
            return "maxpool";
        }

        @Override
        public ActivationShape outputShape(ActivationShape in) {
            return ActivationShape.image(in.channels(), in.side() / 2);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.maxPool(this);
        }
    }

    /** Inverted dropout, active only while training. */
    record Dropout(double rate) implements LayerSpec {
        @Override
        public String text() {
            return "dropout(" + SpecPrinter.rate(rate) + ")";
        }

        @Override
        public ActivationShape outputShape(ActivationShape in) {
            return in;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dropout(this);
        }
    }

    /**
     * Batch normalization: per channel on an image, per unit after a dense layer. Training normalizes with the
     * batch's statistics, inference with the running ones kept while training.
     */
    record BatchNorm() implements LayerSpec {
        /** Added to the variance before its square root, as Keras and PyTorch do (1e-3 and 1e-5). */
        public static final double EPSILON = 1e-5;
        /** How much of the running statistics each training batch keeps (PyTorch's momentum 0.1). */
        public static final double MOMENTUM = 0.9;

        @Override
        public String text() {
            return "batchnorm";
        }

        @Override
        public ActivationShape outputShape(ActivationShape in) {
            return in;
        }

        /** {@code scale<i>} and {@code shift<i>}, one per feature. */
        @Override
        public Map<String, long[]> parameterShapes(int index, ActivationShape in) {
            Map<String, long[]> shapes = new LinkedHashMap<>();
            shapes.put(ParameterShapes.scaleOf(index), new long[] {in.features()});
            shapes.put(ParameterShapes.shiftOf(index), new long[] {in.features()});
            return shapes;
        }

        /** {@code mean<i>} and {@code variance<i>}, the running statistics. */
        @Override
        public Map<String, long[]> stateShapes(int index, ActivationShape in) {
            Map<String, long[]> shapes = new LinkedHashMap<>();
            shapes.put(ParameterShapes.meanOf(index), new long[] {in.features()});
            shapes.put(ParameterShapes.varianceOf(index), new long[] {in.features()});
            return shapes;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.batchNorm(this);
        }
    }

    /** An activation that is not a relu joined to the conv or dense layer before it. */
    record Activation(ActivationFunction function) implements LayerSpec {
        @Override
        public String text() {
            return function.id();
        }

        @Override
        public ActivationShape outputShape(ActivationShape in) {
            return in;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.activation(this);
        }
    }

    private static Map<String, long[]> weightsAndBias(int index, long[] weights, long units) {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        shapes.put(ParameterShapes.weightsOf(index), weights);
        shapes.put(ParameterShapes.biasOf(index), new long[] {units});
        return shapes;
    }
}
