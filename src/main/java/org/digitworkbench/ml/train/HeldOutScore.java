package org.digitworkbench.ml.train;

import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.Predictor;

/** A network's mean cross-entropy loss and accuracy on a labelled set it was not trained on. */
public record HeldOutScore(double loss, double accuracy) {
    private static final int BATCH = 1000;
    // keeps the log finite for a confidently wrong prediction
    private static final double SMALLEST_PROBABILITY = 1e-7;

    public static HeldOutScore of(Predictor predictor, LabeledImages images) {
        int size = Architecture.INPUT_SIZE;
        double lossSum = 0;
        long correct = 0;
        for (int start = 0; start < images.count(); start += BATCH) {
            int n = Math.min(BATCH, images.count() - start);
            float[] batch = new float[n * size];
            for (int i = 0; i < n; i++) {
                images.copyImageTo(start + i, batch, i * size);
            }
            float[][] probabilities = predictor.probabilities(batch, n);
            for (int i = 0; i < n; i++) {
                int actual = images.label(start + i);
                lossSum -= Math.log(Math.max(SMALLEST_PROBABILITY, probabilities[i][actual]));
                if (Predictor.argMax(probabilities[i]) == actual) {
                    correct++;
                }
            }
        }
        int count = images.count();
        return count == 0 ? new HeldOutScore(Double.NaN, Double.NaN)
                : new HeldOutScore(lossSum / count, (double) correct / count);
    }
}
