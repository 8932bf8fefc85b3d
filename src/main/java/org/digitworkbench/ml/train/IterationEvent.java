package org.digitworkbench.ml.train;

/** Published after every training batch. {@code epoch} counts from 1. */
public record IterationEvent(int epoch, int batchInEpoch, int batchesPerEpoch, long iteration,
                             double loss, double imagesPerSecond) {
}
