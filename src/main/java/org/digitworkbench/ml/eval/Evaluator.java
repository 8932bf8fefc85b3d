package org.digitworkbench.ml.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.Predictor;

/** Runs a predictor over a labelled set in batches, telling how far it has got after each. */
public final class Evaluator {

    private Evaluator() {
    }

    public static EvaluationResult evaluate(Predictor predictor, LabeledImages images) {
        return evaluate(predictor, images, done -> { });
    }

    /** @param progress the share of images done, 0 to 1, after each batch (on the calling thread) */
    public static EvaluationResult evaluate(Predictor predictor, LabeledImages images, DoubleConsumer progress) {
        int classes = Architecture.CLASSES;
        int[][] confusion = new int[classes][classes];
        List<Misclassification> wrong = new ArrayList<>();
        int[] correct = {0};
        predictor.readAll(images, Predictor.SET_BATCH, (index, probabilities) -> {
            int actual = images.label(index);
            int predicted = Predictor.argMax(probabilities);
            confusion[actual][predicted]++;
            if (actual == predicted) {
                correct[0]++;
            } else {
                wrong.add(new Misclassification(index, actual, predicted, probabilities[predicted]));
            }
        }, done -> progress.accept((double) done / images.count()));
        double accuracy = images.count() == 0 ? Double.NaN : (double) correct[0] / images.count();
        return new EvaluationResult(accuracy, confusion, List.copyOf(wrong));
    }
}
