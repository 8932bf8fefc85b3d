package org.digitworkbench.ml.train;

/** Published after every epoch, once the test set has been evaluated. {@code epoch} counts from 1. */
public record EpochEvent(int epoch, int epochs, double trainLoss, double trainAccuracy, double testAccuracy,
                         long elapsedMillis, long etaMillis) {
}
