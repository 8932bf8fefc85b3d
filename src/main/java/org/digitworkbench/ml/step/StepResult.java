package org.digitworkbench.ml.step;

/**
 * What one training step measured on its batch before the update: mean cross-entropy, and the correct answers
 * among the {@code size} images that have a class (not those labelled {@link Batch#UNSURE}).
 */
public record StepResult(double loss, int correct, int size) {
}
