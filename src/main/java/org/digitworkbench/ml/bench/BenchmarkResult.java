package org.digitworkbench.ml.bench;

import java.util.List;

import org.digitworkbench.ml.step.StepProfile;

/**
 * Measured throughput of one architecture on this machine, with where a training step's time went while
 * it was measured. {@code trainImagesPerSecond}: null when training was skipped (the profile is then empty).
 * {@code inferImagesPerSecond}: test-set images at {@code inferBatch} a call. {@code singleImageMillis}: median
 * of one-image predictions, on one OpenMP thread as the Draw view makes them. {@code drawingMillis}: from a
 * drawing's strokes to its verdict (input rendered, predicted, "not sure" decided).
 */
public record BenchmarkResult(String model, int batch, Double trainImagesPerSecond, double inferImagesPerSecond,
                              int inferBatch, double singleImageMillis, double drawingMillis, String nativeVariant,
                              int threads, List<StepProfile.Row> profile) {
}
