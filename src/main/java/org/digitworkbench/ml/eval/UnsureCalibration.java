package org.digitworkbench.ml.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.Predictor;

/**
 * Chooses a model's "not sure" threshold: the top probability that 97% of the things it should know reach.
 * For MNIST those are drawn digits (the calibration seeds of {@link SketchSets}), for Fashion-MNIST training
 * images. Real images opened in Draw must pass too: the threshold is lowered, where needed, to what 99.5% of
 * training images through the canvas path reach (so that about 1% or fewer of unseen test images are flagged).
 * A model trained with negatives (outlier exposure) puts what it doesn't know far below that line.
 */
public final class UnsureCalibration {
    /** The share of known inputs a threshold may call "not sure". */
    public static final double FLAGGED_SHARE = 0.03;
    /** The share of training images through the canvas path a threshold may call "not sure". */
    public static final double FLAGGED_CANVAS_SHARE = 0.005;
    private static final int CANVAS_IMAGES = 4000;
    private static final double LOWEST = 0.2;
    private static final double HIGHEST = 0.95;
    private static final int DRAWN_PER_DIGIT = 50;
    private static final int IMAGES = 1000;

    private final SketchSets.LabeledInputs known;
    private final SketchSets.LabeledInputs canvas;

    private UnsureCalibration(SketchSets.LabeledInputs known, SketchSets.LabeledInputs canvas) {
        this.known = known;
        this.canvas = canvas;
    }

    /** Renders the calibration inputs once; {@link #threshold} can then be asked of any model of the data set. */
    public static UnsureCalibration forDataset(DatasetId dataset, LabeledImages train) {
        SketchSets.LabeledInputs canvas = SketchSets.throughCanvas(train, CANVAS_IMAGES, dataset);
        if (dataset == DatasetId.MNIST) {
            return new UnsureCalibration(SketchSets.drawnDigits(DRAWN_PER_DIGIT, 1), canvas);
        }
        List<float[]> inputs = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < Math.min(IMAGES, train.count()); i++) {
            float[] pixels = new float[Architecture.INPUT_SIZE];
            train.copyImageTo(i, pixels, 0);
            inputs.add(pixels);
            labels.add(train.label(i));
        }
        return new UnsureCalibration(new SketchSets.LabeledInputs(inputs, labels), canvas);
    }

    public double threshold(Predictor predictor) {
        double known = quantile(predictor, this.known, FLAGGED_SHARE);
        double real = canvas.size() == 0 ? 1 : quantile(predictor, canvas, FLAGGED_CANVAS_SHARE);
        return Math.max(LOWEST, Math.min(HIGHEST, Math.min(known, real)));
    }

    /** The top probability that all but {@code share} of {@code set} reach. */
    private static double quantile(Predictor predictor, SketchSets.LabeledInputs set, double share) {
        float[][] probabilities = predictor.probabilities(set.flat(), set.size());
        double[] top = new double[probabilities.length];
        for (int i = 0; i < top.length; i++) {
            top[i] = probabilities[i][Predictor.argMax(probabilities[i])];
        }
        Arrays.sort(top);
        return top[(int) Math.floor(share * (top.length - 1))];
    }
}
