package org.digitworkbench.ml.train;

import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.model.Predictor;

/** A network's mean cross-entropy loss and accuracy on a labelled set it was not trained on. */
public record HeldOutScore(double loss, double accuracy) {
    // keeps the log finite for a confidently wrong prediction
    private static final double SMALLEST_PROBABILITY = 1e-7;

    public static HeldOutScore of(Predictor predictor, LabeledImages images) {
        double[] lossSum = {0};
        long[] correct = {0};
        predictor.readAll(images, Predictor.SET_BATCH, (index, probabilities) -> {
            int actual = images.label(index);
            lossSum[0] -= Math.log(Math.max(SMALLEST_PROBABILITY, probabilities[actual]));
            if (Predictor.argMax(probabilities) == actual) {
                correct[0]++;
            }
        }, done -> { });
        int count = images.count();
        return count == 0 ? new HeldOutScore(Double.NaN, Double.NaN)
                : new HeldOutScore(lossSum[0] / count, (double) correct[0] / count);
    }
}
