package org.digitworkbench.ml.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.Predictor;

/** Runs a predictor over a labelled set in batches, telling how far it has got after each. */
public final class Evaluator {
    private static final int BATCH = 1000;

    private Evaluator() {
    }

    public static EvaluationResult evaluate(Predictor predictor, LabeledImages images) {
        return evaluate(predictor, images, done -> { });
    }

    /** @param progress the share of images done, 0 to 1, after each batch (on the calling thread) */
    public static EvaluationResult evaluate(Predictor predictor, LabeledImages images, DoubleConsumer progress) {
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
            progress.accept((double) (start + n) / images.count());
        }
        double accuracy = images.count() == 0 ? Double.NaN : (double) correct / images.count();
        return new EvaluationResult(accuracy, confusion, List.copyOf(wrong));
    }
}
