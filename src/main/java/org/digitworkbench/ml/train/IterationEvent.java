package org.digitworkbench.ml.train;

/**
 * Published after every training batch. {@code epoch} counts from 1; {@code learningRate} is the rate this batch's
 * update used (the schedule's, warm-up and changes made while paused included), NaN when the publisher does not
 * know it.
 */
public record IterationEvent(int epoch, int batchInEpoch, int batchesPerEpoch, long iteration,
                             double loss, double imagesPerSecond, double learningRate) {

    /** A batch whose learning rate is not known. */
    public IterationEvent(int epoch, int batchInEpoch, int batchesPerEpoch, long iteration, double loss,
                          double imagesPerSecond) {
        this(epoch, batchInEpoch, batchesPerEpoch, iteration, loss, imagesPerSecond, Double.NaN);
    }
}
