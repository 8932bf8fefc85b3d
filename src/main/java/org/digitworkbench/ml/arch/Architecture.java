package org.digitworkbench.ml.arch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.digitworkbench.ml.arch.LayerSpec.Dense;

/**
 * A network Digit Workbench can train, on 28x28 grayscale input with ten classes: a layer stack written in the
 * spec language (README, "Architectures"). The built-in ids are names for specs; any other spec is
 * {@value #CUSTOM}. Two architectures are equal when their canonical specs are.
 */
public final class Architecture {
    public static final int IMAGE_SIDE = 28;
    public static final int INPUT_SIZE = IMAGE_SIDE * IMAGE_SIDE;
    public static final int CLASSES = 10;
    /** The id of every architecture that is not a built-in; never the spec, which would end up in file names. */
    public static final String CUSTOM = "custom";

    /** Tutorial E: Dense512 ReLU, Dense10 softmax. */
    public static final Architecture MLP = builtIn("mlp", "dense(512), relu, dense(10)", false);
    /** Tutorial C: Conv3x3-32, MaxPool, Dense100, Dense10. */
    public static final Architecture CNN_SMALL = builtIn("cnn-small",
            "conv(32,3), relu, maxpool, dense(100), relu, dense(10)", false);
    /** Tutorial A: Conv5x5-32, pool, Conv5x5-64, pool, dropout, Dense100, Dense10; 155,606 parameters. */
    public static final Architecture CNN = builtIn("cnn",
            "conv(32,5), relu, maxpool, conv(64,5), relu, maxpool, dropout(0.25), dense(100), relu, dense(10)", false);
    /** Our stronger model: padded convolutions, a wider dense layer, dropout and shift augmentation. */
    public static final Architecture CNN_PLUS = builtIn("cnn-plus", "conv(32,5,same), relu, maxpool, "
            + "conv(64,5,same), relu, maxpool, dropout(0.25), dense(256), relu, dropout(0.4), dense(10)", true);
    /** Two 3x3 convolutions before each pooling (VGG's pattern): the shipped models. */
    public static final Architecture CNN_DEEP = builtIn("cnn-deep", "conv(32,3,same), relu, conv(32,3,same), relu, "
            + "maxpool, conv(64,3,same), relu, conv(64,3,same), relu, maxpool, dropout(0.25), dense(256), relu, "
            + "dropout(0.5), dense(10)", true);
    /** Tutorial B, the Fashion-MNIST CNN. */
    public static final Architecture CNN_FASHION = builtIn("cnn-fashion",
            "conv(64,3), relu, maxpool, conv(64,3), relu, maxpool, dense(64), relu, dense(10)", false);
    /** Tutorial D: Dense 128-128-10. */
    public static final Architecture MLP_SMALL = builtIn("mlp-small",
            "dense(128), relu, dense(128), relu, dense(10)", false);

    private static final List<Architecture> BUILT_INS =
            List.of(MLP, CNN_SMALL, CNN, CNN_PLUS, CNN_DEEP, CNN_FASHION, MLP_SMALL);
    /** The tutorial's models by letter. */
    private static final Map<String, Architecture> ALIASES = Map.of("tutorial-a", CNN, "tutorial-b", CNN_FASHION,
            "tutorial-c", CNN_SMALL, "tutorial-d", MLP_SMALL, "tutorial-e", MLP);

    private final String id;
    private final String spec;
    private final List<LayerSpec> layers;
    private final boolean augmented;
    private final long parameterCount;

    private Architecture(String id, List<LayerSpec> layers, boolean augmented) {
        this.id = id;
        this.spec = SpecPrinter.canonical(layers);
        this.layers = layers;
        this.augmented = augmented;
        this.parameterCount = ParameterShapes.of(this).values().stream().mapToLong(ParameterShapes::count).sum();
    }

    private static Architecture builtIn(String id, String spec, boolean augmented) {
        return new Architecture(id, SpecParser.parse(spec), augmented);
    }

    /** A built-in's id (mlp, cnn, ...), a tutorial alias (tutorial-a .. tutorial-e) or a spec. */
    public static Architecture fromId(String text) {
        String name = text.strip().toLowerCase(Locale.ROOT);
        for (Architecture a : BUILT_INS) {
            if (a.id.equals(name)) {
                return a;
            }
        }
        if (ALIASES.containsKey(name)) {
            return ALIASES.get(name);
        }
        if (name.matches("[a-z0-9-]+")) {
            throw new SpecException(SpecProblem.UNKNOWN_ARCHITECTURE, 1, text.strip(), ids());
        }
        return parse(text);
    }

    /**
     * An architecture written in the spec language; a spec equal to a built-in's is that built-in.
     *
     * @throws SpecException where and why the text is not a usable architecture
     */
    public static Architecture parse(String spec) {
        List<LayerSpec> layers = SpecParser.parse(spec);
        String canonical = SpecPrinter.canonical(layers);
        for (Architecture a : BUILT_INS) {
            if (a.spec.equals(canonical)) {
                return a;
            }
        }
        return new Architecture(CUSTOM, layers, false);
    }

    /** What a model card names: the spec when the card has one (newer cards), else the id. */
    public static Architecture of(String id, String spec) {
        if (spec == null) {
            return fromId(id);
        }
        return parse(spec);
    }

    /** The built-in architectures: the original five, then the tutorial models added with the spec language. */
    public static List<Architecture> builtIns() {
        return BUILT_INS;
    }

    public static String ids() {
        return BUILT_INS.stream().map(Architecture::id).collect(Collectors.joining(", "));
    }

    /** The built-in's name, or {@value #CUSTOM}. */
    public String id() {
        return id;
    }

    /** The canonical spec: lower case, ", " between layers. */
    public String spec() {
        return spec;
    }

    public boolean isBuiltIn() {
        return !id.equals(CUSTOM);
    }

    /** What names it on a command line: a built-in's id, else its spec. */
    public String reference() {
        return isBuiltIn() ? id : spec;
    }

    /** Whether training shifts each image by up to two pixels by default (cheap augmentation that pays on MNIST). */
    public boolean augmented() {
        return augmented;
    }

    /** The layers, a relu right after a conv or dense layer part of it. */
    public List<LayerSpec> layers() {
        return layers;
    }

    /** Whether the first layer takes the input as a 28x28 image rather than 784 numbers (a dense layer). */
    public boolean takesImage() {
        return !(layers.get(0) instanceof Dense);
    }

    public long parameterCount() {
        return parameterCount;
    }

    /** The values one image's activations take, every layer's output together: what training keeps per image. */
    public long activationValues() {
        List<ActivationShape> inputs = ActivationShape.inputsOf(this);
        long values = 0;
        for (int i = 0; i < layers.size(); i++) {
            values += layers.get(i).outputShape(inputs.get(i)).size();
        }
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Architecture a && a.spec.equals(spec);
    }

    @Override
    public int hashCode() {
        return spec.hashCode();
    }

    @Override
    public String toString() {
        return reference();
    }
}
