package org.digitworkbench.ml.arch;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.ml.arch.LayerSpec.Activation;
import org.digitworkbench.ml.arch.LayerSpec.BatchNorm;
import org.digitworkbench.ml.arch.LayerSpec.Conv;
import org.digitworkbench.ml.arch.LayerSpec.Dense;
import org.digitworkbench.ml.arch.LayerSpec.Dropout;
import org.digitworkbench.ml.arch.LayerSpec.MaxPool;

/**
 * Reads the architecture spec language (README, "Architectures") into layers, checking as it goes that the
 * layers fit together and stay within the limits; the first problem ends the reading with a
 * {@link SpecException} that says where.
 */
final class SpecParser {
    static final int MAX_FILTERS = 512;
    static final int MAX_UNITS = 4096;
    static final int MAX_KERNEL = 7;
    static final long MAX_PARAMETERS = 5_000_000;
    /** Far more than any useful network here; a spec of thousands of layers would only run for ages. */
    static final int MAX_LAYERS = 200;

    private final SpecScanner in;
    private final List<LayerSpec> layers = new ArrayList<>();
    /** The activation shape after the layers read so far. */
    private ActivationShape shape = new ActivationShape(1, Architecture.IMAGE_SIDE, 0, true);
    private long parameters;
    /** Whether the last layer read was a conv or dense layer that a relu right after it joins. */
    private boolean reluFuses;

    private SpecParser(String text) {
        in = new SpecScanner(text);
    }

    static List<LayerSpec> parse(String text) {
        return new SpecParser(text).layers();
    }

    private List<LayerSpec> layers() {
        if (in.atEnd()) {
            throw new SpecException(SpecProblem.EMPTY, in.position());
        }
        int lastStart;
        do {
            lastStart = in.position();
            layer();
        } while (in.accept(','));
        if (!in.atEnd()) {
            throw new SpecException(SpecProblem.EXPECTED_SYMBOL, in.position(), ",");
        }
        if (!(layers.get(layers.size() - 1) instanceof Dense last) || last.units() != Architecture.CLASSES
                || last.relu()) {
            throw new SpecException(SpecProblem.LAST_NOT_OUTPUT, lastStart);
        }
        return List.copyOf(layers);
    }

    private void layer() {
        int start = in.position();
        String name = in.word();
        switch (name) {
            case "conv" -> conv(start);
            case "maxpool", "pool" -> maxPool(start);
            case "dropout" -> dropout(start);
            case "dense" -> dense(start);
            case "relu" -> relu(start);
            case "tanh" -> activation(start, ActivationFunction.TANH);
            case "sigmoid" -> activation(start, ActivationFunction.SIGMOID);
            case "batchnorm", "bn" -> batchNorm(start);
            case "" -> throw new SpecException(SpecProblem.EXPECTED_LAYER, start);
            default -> throw new SpecException(SpecProblem.UNKNOWN_LAYER, start, name);
        }
    }

    private void conv(int start) {
        in.expect('(');
        int filters = (int) number(SpecProblem.EXPECTED_FILTERS, SpecProblem.FILTERS_RANGE, MAX_FILTERS);
        in.expect(',');
        int kernelAt = in.position();
        int kernel = (int) number(SpecProblem.EXPECTED_KERNEL, SpecProblem.KERNEL_RANGE, MAX_KERNEL);
        if (in.accept('x')) {
            int otherAt = in.position();
            long other = in.integer();
            if (other < 0) {
                throw new SpecException(SpecProblem.EXPECTED_KERNEL, otherAt);
            }
            if (other != kernel) {
                throw new SpecException(SpecProblem.KERNEL_NOT_SQUARE, kernelAt, kernel, other);
            }
        }
        boolean same = false;
        if (in.accept(',')) {
            int paddingAt = in.position();
            String padding = in.word();
            if (!padding.equals("same") && !padding.equals("valid")) {
                throw new SpecException(SpecProblem.EXPECTED_PADDING, paddingAt);
            }
            same = padding.equals("same");
        }
        in.expect(')');
        needImage(start, "conv");
        Conv conv = new Conv(kernel, filters, same, false);
        if (!same && kernel > shape.side()) {
            throw new SpecException(SpecProblem.TOO_SMALL, start, shape.side(), conv.text());
        }
        add(start, conv);
        reluFuses = true;
    }

    private void maxPool(int start) {
        noArguments("maxpool");
        needImage(start, "maxpool");
        if (shape.side() < 2) {
            throw new SpecException(SpecProblem.TOO_SMALL, start, shape.side(), "maxpool");
        }
        add(start, new MaxPool());
    }

    private void dropout(int start) {
        in.expect('(');
        int rateAt = in.position();
        double rate = in.decimal();
        if (Double.isNaN(rate)) {
            throw new SpecException(SpecProblem.EXPECTED_RATE, rateAt);
        }
        if (!(rate > 0 && rate < 1)) {
            throw new SpecException(SpecProblem.RATE_RANGE, rateAt, SpecPrinter.rate(rate));
        }
        in.expect(')');
        add(start, new Dropout(rate));
    }

    private void dense(int start) {
        in.expect('(');
        int units = (int) number(SpecProblem.EXPECTED_UNITS, SpecProblem.UNITS_RANGE, MAX_UNITS);
        in.expect(')');
        add(start, new Dense(units, false));
        reluFuses = true;
    }

    private void relu(int start) {
        if (!reluFuses) {
            activation(start, ActivationFunction.RELU);
            return;
        }
        noArguments("relu");
        int last = layers.size() - 1;
        if (layers.get(last) instanceof Conv c) {
            layers.set(last, new Conv(c.kernel(), c.filters(), c.same(), true));
        } else if (layers.get(last) instanceof Dense d) {
            layers.set(last, new Dense(d.units(), true));
        }
        reluFuses = false;
    }

    private void activation(int start, ActivationFunction function) {
        noArguments(function.id());
        add(start, new Activation(function));
    }

    private void batchNorm(int start) {
        noArguments("batchnorm");
        add(start, new BatchNorm());
    }

    private void add(int start, LayerSpec layer) {
        if (layers.size() == MAX_LAYERS) {
            throw new SpecException(SpecProblem.TOO_MANY_LAYERS, start, MAX_LAYERS);
        }
        parameters += layer.parameterCount(shape);
        if (parameters > MAX_PARAMETERS) {
            throw new SpecException(SpecProblem.TOO_MANY_PARAMETERS, start, parameters, MAX_PARAMETERS);
        }
        layers.add(layer);
        shape = shape.after(layer);
        reluFuses = false;
    }

    private void needImage(int start, String layer) {
        if (!shape.spatial()) {
            throw new SpecException(SpecProblem.NOT_AFTER_DENSE, start, layer);
        }
    }

    private void noArguments(String layer) {
        int at = in.position();
        if (in.accept('(')) {
            throw new SpecException(SpecProblem.NO_ARGUMENTS, at, layer);
        }
    }

    private long number(SpecProblem missing, SpecProblem outOfRange, int max) {
        int at = in.position();
        long value = in.integer();
        if (value < 0) {
            throw new SpecException(missing, at);
        }
        if (value < 1 || value > max) {
            throw new SpecException(outOfRange, at, value);
        }
        return value;
    }
}
