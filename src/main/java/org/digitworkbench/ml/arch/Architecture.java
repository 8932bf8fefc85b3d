package org.digitworkbench.ml.arch;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.digitworkbench.ml.arch.LayerSpec.Conv;
import org.digitworkbench.ml.arch.LayerSpec.Dense;
import org.digitworkbench.ml.arch.LayerSpec.Dropout;
import org.digitworkbench.ml.arch.LayerSpec.MaxPool;

/** The networks Digit Workbench can train, each on 28x28 grayscale input with ten classes. */
public enum Architecture {
    /** Tutorial E: Dense512 ReLU, Dense10 softmax. */
    MLP("mlp", "Dense 512 - 10 (tutorial E)", false,
            List.of(new Dense(512, true), new Dense(10, false))),
    /** Tutorial C: Conv3x3-32, MaxPool, Dense100, Dense10. */
    CNN_SMALL("cnn-small", "Conv3x3-32, pool, Dense 100 - 10 (tutorial C)", false,
            List.of(new Conv(3, 32, false), new MaxPool(), new Dense(100, true), new Dense(10, false))),
    /** Tutorial A: Conv5x5-32, pool, Conv5x5-64, pool, dropout, Dense100, Dense10; 155,606 parameters. */
    CNN("cnn", "Conv5x5-32, pool, Conv5x5-64, pool, Dense 100 - 10 (tutorial A)", false,
            List.of(new Conv(5, 32, false), new MaxPool(), new Conv(5, 64, false), new MaxPool(),
                    new Dropout(0.25), new Dense(100, true), new Dense(10, false))),
    /** Our stronger model: padded convolutions, a wider dense layer, dropout and shift augmentation. */
    CNN_PLUS("cnn-plus", "Conv5x5-32, pool, Conv5x5-64, pool, Dense 256 - 10, dropout, shift augmentation", true,
            List.of(new Conv(5, 32, true), new MaxPool(), new Conv(5, 64, true), new MaxPool(),
                    new Dropout(0.25), new Dense(256, true), new Dropout(0.4), new Dense(10, false))),
    /** Two 3x3 convolutions before each pooling (VGG's pattern): the shipped models. */
    CNN_DEEP("cnn-deep", "Conv3x3-32 x2, pool, Conv3x3-64 x2, pool, Dense 256 - 10, dropout, shift augmentation",
            true, List.of(new Conv(3, 32, true), new Conv(3, 32, true), new MaxPool(), new Conv(3, 64, true),
                    new Conv(3, 64, true), new MaxPool(), new Dropout(0.25), new Dense(256, true), new Dropout(0.5),
                    new Dense(10, false)));

    public static final int IMAGE_SIDE = 28;
    public static final int INPUT_SIZE = IMAGE_SIDE * IMAGE_SIDE;
    public static final int CLASSES = 10;

    private final String id;
    private final String description;
    private final boolean augmented;
    private final List<LayerSpec> layers;

    Architecture(String id, String description, boolean augmented, List<LayerSpec> layers) {
        this.id = id;
        this.description = description;
        this.augmented = augmented;
        this.layers = layers;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** Whether training shifts each image by up to two pixels (cheap augmentation that pays on MNIST). */
    public boolean augmented() {
        return augmented;
    }

    public List<LayerSpec> layers() {
        return layers;
    }

    public boolean convolutional() {
        return layers.get(0) instanceof Conv;
    }

    public long parameterCount() {
        return ParameterShapes.of(this).values().stream()
                .mapToLong(shape -> Arrays.stream(shape).reduce(1, (a, b) -> a * b)).sum();
    }

    public static Architecture fromId(String id) {
        for (Architecture a : values()) {
            if (a.id.equalsIgnoreCase(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown architecture '" + id + "'; choose one of " + ids());
    }

    public static String ids() {
        return Arrays.stream(values()).map(Architecture::id).collect(Collectors.joining(", "));
    }
}
