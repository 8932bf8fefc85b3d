package org.digitworkbench.ml.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.preprocess.DigitPreprocessor;
import org.digitworkbench.ml.preprocess.GrayImage;
import org.digitworkbench.ml.sketch.DrawnDigits;
import org.digitworkbench.ml.sketch.DrawnGarments;
import org.digitworkbench.ml.sketch.NonDigits;
import org.digitworkbench.ml.sketch.SketchRenderer;
import org.digitworkbench.ml.sketch.Stroke;

/**
 * The sets the honest "not sure" is measured on, as network inputs: generated drawn digits, generated drawings
 * that are not digits, and a data set's test images as if drawn on the canvas (enlarged to its size, then
 * through the same preprocessing). Seeds below {@link #CALIBRATION_SEEDS} are for calibration, the rest for
 * reports, so a threshold is never measured on the drawings it was chosen on; training's negatives come
 * from a third stream.
 */
public final class SketchSets {
    /** The seeds a model's threshold is chosen on; reports use other seeds. */
    public static final long CALIBRATION_SEEDS = 1000;
    private static final int CANVAS = 140;

    private SketchSets() {
    }

    /** {@code perDigit} drawings of each digit, labelled, digit by digit. */
    public static LabeledInputs drawnDigits(int perDigit, long seed) {
        return drawn(DrawnDigits::draw, perDigit, new SplittableRandom(seed * 7919 + 17), DatasetId.MNIST, true);
    }

    /** {@code perKind} drawings of each garment, rendered for Fashion-MNIST and labelled with their class. */
    public static LabeledInputs drawnGarments(int perKind, long seed) {
        return drawn(DrawnGarments::draw, perKind, new SplittableRandom(seed * 6007 + 23), DatasetId.FASHION_MNIST,
                true);
    }

    /** {@code perDigit} drawings of each digit rendered for {@code dataset}, labelled -1: for Fashion-MNIST. */
    public static LabeledInputs drawnDigitsFor(DatasetId dataset, int perDigit, long seed) {
        return drawn(DrawnDigits::draw, perDigit, new SplittableRandom(seed * 7919 + 17), dataset, false);
    }

    /** One way of drawing each of the ten classes. */
    private interface Drawer {
        List<Stroke> draw(int kind, SplittableRandom random);
    }

    /** {@code perKind} drawings of each class, kind by kind, labelled with it ({@code labelled}) or -1. */
    private static LabeledInputs drawn(Drawer drawer, int perKind, SplittableRandom random, DatasetId dataset,
                                       boolean labelled) {
        List<float[]> inputs = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int kind = 0; kind < Architecture.CLASSES; kind++) {
            for (int i = 0; i < perKind; i++) {
                inputs.add(SketchRenderer.forDataset(drawer.draw(kind, random), dataset).orElseThrow());
                labels.add(labelled ? kind : -1);
            }
        }
        return new LabeledInputs(inputs, labels);
    }

    /**
     * {@code perKind} drawings of each kind of non-digit that training uses ({@code heldOut} false) or leaves
     * out (true), rendered for {@code dataset}; all labelled -1.
     */
    public static LabeledInputs nonDigits(int perKind, long seed, DatasetId dataset, boolean heldOut) {
        SplittableRandom random = new SplittableRandom(seed * 104729 + 31);
        List<float[]> inputs = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int kind = 0; kind < NonDigits.kinds(); kind++) {
            if (NonDigits.heldOut(kind) != heldOut) {
                continue;
            }
            for (int i = 0; i < perKind; i++) {
                inputs.add(SketchRenderer.forDataset(NonDigits.draw(kind, random), dataset).orElseThrow());
                labels.add(-1);
            }
        }
        return new LabeledInputs(inputs, labels);
    }

    /** The first {@code count} images, each enlarged to the canvas's size and preprocessed as a drawing is. */
    public static LabeledInputs throughCanvas(LabeledImages images, int count, DatasetId dataset) {
        List<float[]> inputs = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int side = Architecture.IMAGE_SIDE;
        float[] pixels = new float[Architecture.INPUT_SIZE];
        for (int i = 0; i < Math.min(count, images.count()); i++) {
            images.copyImageTo(i, pixels, 0);
            float[] large = new float[CANVAS * CANVAS];
            for (int y = 0; y < CANVAS; y++) {
                for (int x = 0; x < CANVAS; x++) {
                    large[y * CANVAS + x] = pixels[(y * side / CANVAS) * side + x * side / CANVAS];
                }
            }
            DigitPreprocessor.forDataset(new GrayImage(CANVAS, CANVAS, large), dataset).ifPresent(input -> {
                inputs.add(input);
            });
            if (inputs.size() > labels.size()) {
                labels.add(images.label(i));
            }
        }
        return new LabeledInputs(inputs, labels);
    }

    /** Network inputs with their labels (-1: none of the classes). */
    public record LabeledInputs(List<float[]> inputs, List<Integer> labels) {
        public int size() {
            return inputs.size();
        }

        /** All inputs one after another, as a predictor takes a batch. */
        public float[] flat() {
            float[] out = new float[inputs.size() * Architecture.INPUT_SIZE];
            for (int i = 0; i < inputs.size(); i++) {
                System.arraycopy(inputs.get(i), 0, out, i * Architecture.INPUT_SIZE, Architecture.INPUT_SIZE);
            }
            return out;
        }
    }
}
