package org.digitworkbench.ml.model;

import java.util.Map;
import java.util.function.IntConsumer;

import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.GraphBuilder;
import org.digitworkbench.ml.runtime.NativeRuntime;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Class probabilities from an inference graph. Not thread-safe: one predictor per thread. */
public final class Predictor {
    private final SameDiff graph;

    public Predictor(Architecture architecture, Map<String, INDArray> params) {
        NativeRuntime.configure();
        this.graph = GraphBuilder.build(architecture, params, false);
    }

    /** @param pixels 784 values in [0, 1], white digit on black */
    public float[] probabilities(float[] pixels) {
        return probabilities(pixels, 1)[0];
    }

    /** @param pixels {@code count} images of 784 values each, one after another */
    public float[][] probabilities(float[] pixels, int count) {
        INDArray input = Nd4j.create(pixels, new long[] {count, Architecture.INPUT_SIZE}, 'c');
        INDArray output = graph.output(Map.of(GraphBuilder.INPUT, input), GraphBuilder.PROBABILITIES)
                .get(GraphBuilder.PROBABILITIES);
        float[][] result = new float[count][];
        float[] flat = output.dup('c').data().asFloat();
        for (int i = 0; i < count; i++) {
            result[i] = new float[Architecture.CLASSES];
            System.arraycopy(flat, i * Architecture.CLASSES, result[i], 0, Architecture.CLASSES);
        }
        return result;
    }

    /** One image's answer from {@link #readAll}: its index in the set and its class probabilities. */
    @FunctionalInterface
    public interface Reading {
        void accept(int index, float[] probabilities);
    }

    /**
     * Reads every image of {@code images} in order, {@code batch} at a time.
     *
     * @param afterBatch how many images are done, after each batch
     */
    public void readAll(LabeledImages images, int batch, Reading reading, IntConsumer afterBatch) {
        int size = Architecture.INPUT_SIZE;
        for (int start = 0; start < images.count(); start += batch) {
            int n = Math.min(batch, images.count() - start);
            float[] pixels = new float[n * size];
            for (int i = 0; i < n; i++) {
                images.copyImageTo(start + i, pixels, i * size);
            }
            float[][] probabilities = probabilities(pixels, n);
            for (int i = 0; i < n; i++) {
                reading.accept(start + i, probabilities[i]);
            }
            afterBatch.accept(start + n);
        }
    }

    public static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
