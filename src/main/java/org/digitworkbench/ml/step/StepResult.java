package org.digitworkbench.ml.step;

/** What one training step measured on its batch before the update: mean cross-entropy and correct answers. */
public record StepResult(double loss, int correct, int size) {
}
