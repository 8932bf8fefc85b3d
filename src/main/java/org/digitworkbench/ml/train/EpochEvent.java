package org.digitworkbench.ml.train;

/**
 * Published after every epoch, once it has been scored. {@code epoch} counts from 1. The validation figures are
 * NaN when nothing is held out, {@code testAccuracy} when the test set is only scored at the end.
 */
public record EpochEvent(int epoch, int epochs, double trainLoss, double trainAccuracy, double validationLoss,
                         double validationAccuracy, double testAccuracy, long elapsedMillis, long etaMillis) {

    /** An epoch scored on the test set only. */
    public EpochEvent(int epoch, int epochs, double trainLoss, double trainAccuracy, double testAccuracy,
                      long elapsedMillis, long etaMillis) {
        this(epoch, epochs, trainLoss, trainAccuracy, Double.NaN, Double.NaN, testAccuracy, elapsedMillis, etaMillis);
    }

    /** The accuracy on images not trained on: validation when there is some, else test. */
    public double heldOutAccuracy() {
        return Double.isNaN(validationAccuracy) ? testAccuracy : validationAccuracy;
    }
}
