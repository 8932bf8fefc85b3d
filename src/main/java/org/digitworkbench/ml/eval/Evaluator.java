package org.digitworkbench.ml.eval;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.Predictor;

/** Runs a predictor over a labelled set in batches. */
public final class Evaluator {
    private static final int BATCH = 1000;

    private Evaluator() {
    }

    public static EvaluationResult evaluate(Predictor predictor, LabeledImages images) {
        int classes = Architecture.CLASSES;
        int size = Architecture.INPUT_SIZE;
        int[][] confusion = new int[classes][classes];
        List<Misclassification> wrong = new ArrayList<>();
        int correct = 0;
        for (int start = 0; start < images.count(); start += BATCH) {
            int n = Math.min(BATCH, images.count() - start);
            float[] batch = new float[n * size];
            for (int i = 0; i < n; i++) {
                images.copyImageTo(start + i, batch, i * size);
            }
            float[][] probabilities = predictor.probabilities(batch, n);
            for (int i = 0; i < n; i++) {
                int actual = images.label(start + i);
                int predicted = Predictor.argMax(probabilities[i]);
                confusion[actual][predicted]++;
                if (actual == predicted) {
                    correct++;
                } else {
                    wrong.add(new Misclassification(start + i, actual, predicted, probabilities[i][predicted]));
                }
            }
        }
        double accuracy = images.count() == 0 ? Double.NaN : (double) correct / images.count();
        return new EvaluationResult(accuracy, confusion, List.copyOf(wrong));
    }
}
