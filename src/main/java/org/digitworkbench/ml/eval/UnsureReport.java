package org.digitworkbench.ml.eval;

import org.digitworkbench.ml.model.Predictor;

/**
 * How well a model knows what it does not know, on one labelled set, at one threshold: the share read right,
 * the share flagged unsure, and the share accepted (not flagged) and right.
 */
public record UnsureReport(int count, double accuracy, double flagged, double acceptedAndRight) {

    public static UnsureReport measure(Predictor predictor, SketchSets.LabeledInputs set, double threshold) {
        float[][] probabilities = predictor.probabilities(set.flat(), set.size());
        int right = 0;
        int flagged = 0;
        int acceptedRight = 0;
        for (int i = 0; i < set.size(); i++) {
            int predicted = Predictor.argMax(probabilities[i]);
            boolean unsure = probabilities[i][predicted] < threshold;
            boolean correct = predicted == set.labels().get(i);
            right += correct ? 1 : 0;
            flagged += unsure ? 1 : 0;
            acceptedRight += !unsure && correct ? 1 : 0;
        }
        int n = Math.max(1, set.size());
        return new UnsureReport(set.size(), (double) right / n, (double) flagged / n, (double) acceptedRight / n);
    }
}
