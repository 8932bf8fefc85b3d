package org.digitworkbench.ml.bench;

import java.util.List;

import org.digitworkbench.ml.step.StepProfile;

/**
 * Measured throughput of one architecture on this machine, with where a training step's time went while
 * it was measured. {@code drawingMillis}: from a drawing's strokes to its verdict (input rendered, predicted,
 * "not sure" decided).
 */
public record BenchmarkResult(String model, int batch, double trainImagesPerSecond, double inferImagesPerSecond,
                              double singleImageMillis, double drawingMillis, String nativeVariant, int threads,
                              List<StepProfile.Row> profile) {
}
