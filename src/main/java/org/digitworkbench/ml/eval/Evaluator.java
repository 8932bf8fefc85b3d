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
        int[] predicted = new int[images.count()];
        float[] confidence = new float[images.count()];
        predictor.readAll(images, Predictor.SET_BATCH, (index, probabilities) -> {
            predicted[index] = Predictor.argMax(probabilities);
            confidence[index] = probabilities[predicted[index]];
        }, done -> progress.accept((double) done / images.count()));
        return evaluate(new Answers(predicted, confidence), images);
    }

    /** Scores answers already given (one per image of {@code images}, in order) against the labels. */
    public static EvaluationResult evaluate(Answers answers, LabeledImages images) {
        if (answers.count() != images.count()) {
            throw new IllegalArgumentException(answers.count() + " answers for " + images.count() + " images");
        }
        int classes = Architecture.CLASSES;
        int[][] confusion = new int[classes][classes];
        List<Misclassification> wrong = new ArrayList<>();
        int correct = 0;
        for (int index = 0; index < images.count(); index++) {
            int actual = images.label(index);
            int predicted = answers.predicted()[index];
            confusion[actual][predicted]++;
            if (actual == predicted) {
                correct++;
            } else {
                wrong.add(new Misclassification(index, actual, predicted, answers.confidence()[index]));
            }
        }
        double accuracy = images.count() == 0 ? Double.NaN : (double) correct / images.count();
        return new EvaluationResult(accuracy, confusion, List.copyOf(wrong));
    }
}
