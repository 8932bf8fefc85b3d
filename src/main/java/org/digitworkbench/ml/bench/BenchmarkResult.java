package org.digitworkbench.ml.bench;

/** Measured throughput of one architecture on this machine. */
public record BenchmarkResult(String model, int batch, double trainImagesPerSecond, double inferImagesPerSecond,
                              double singleImageMillis, String nativeVariant, int threads) {
}
