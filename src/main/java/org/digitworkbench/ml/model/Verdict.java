package org.digitworkbench.ml.model;

/**
 * What a model's probabilities say about one input: the class on top, its probability, and whether the model
 * is too unsure to name it (the top probability under the model's own threshold, see
 * {@link ModelCard#unsureThreshold()}). The Draw view, the Gallery and {@code predict} all decide this here.
 */
public record Verdict(int top, float confidence, boolean unsure) {

    public static Verdict of(float[] probabilities, double unsureBelow) {
        int top = Predictor.argMax(probabilities);
        // written so that a probability that is not a number (weights that overflow) is unsure, never a class
        return new Verdict(top, probabilities[top], !(probabilities[top] >= unsureBelow));
    }

    public static Verdict of(float[] probabilities, ModelCard card) {
        return of(probabilities, card.unsureThreshold());
    }
}
