package org.digitworkbench.ml.eval;

/** A test image the network got wrong; {@code confidence} is the probability it gave {@code predicted}. */
public record Misclassification(int index, int actual, int predicted, double confidence) {
}
