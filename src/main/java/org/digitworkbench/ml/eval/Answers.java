package org.digitworkbench.ml.eval;

import java.util.Arrays;

/**
 * A model's answer for every image of a set: the class it names and the probability it gives that class,
 * index for index. The arrays are not copied; nobody writes to them once an instance exists.
 */
public record Answers(int[] predicted, float[] confidence) {
    public Answers {
        if (predicted.length != confidence.length) {
            throw new IllegalArgumentException(
                    predicted.length + " answers but " + confidence.length + " confidences");
        }
    }

    public int count() {
        return predicted.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers that && Arrays.equals(predicted, that.predicted)
                && Arrays.equals(confidence, that.confidence);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(predicted) + Arrays.hashCode(confidence);
    }

    @Override
    public String toString() {
        return "Answers[" + predicted.length + " images]";
    }
}
