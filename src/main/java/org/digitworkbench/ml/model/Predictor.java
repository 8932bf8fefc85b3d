package org.digitworkbench.ml.model;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.runtime.NativeRuntime;
import org.digitworkbench.ml.step.ForwardPass;
import org.digitworkbench.ml.step.LayerOutput;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Class probabilities from the engine's forward pass in inference mode. Holds its own copy of the weights.
 * Not thread-safe: one predictor per thread.
 */
public final class Predictor {
    /**
     * Images per batch when reading a whole set: enough that the per-batch cost vanishes (a cnn-deep batch
     * takes tens of milliseconds), few enough that its activations stay near 150 MB.
     */
    public static final int SET_BATCH = 500;

    private final ForwardPass pass;

    /** @param params the arrays as saved models hold them; copied */
    public Predictor(Architecture architecture, Map<String, INDArray> params) {
        NativeRuntime.configure();
        this.pass = new ForwardPass(architecture, params);
    }

    /** @param pixels 784 values in [0, 1], white digit on black */
    public float[] probabilities(float[] pixels) {
        return probabilities(pixels, 1)[0];
    }

    /** @param pixels {@code count} images of 784 values each, one after another */
    public float[][] probabilities(float[] pixels, int count) {
        return pass.probabilities(pixels, count);
    }

    /** Every layer's output for one image, in the architecture's order. */
    public List<LayerOutput> layerOutputs(float[] pixels) {
        return pass.layerOutputs(pixels);
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
        float[] pixels = new float[batch * size];
        for (int start = 0; start < images.count(); start += batch) {
            int n = Math.min(batch, images.count() - start);
            float[] input = n == batch ? pixels : new float[n * size];
            for (int i = 0; i < n; i++) {
                images.copyImageTo(start + i, input, i * size);
            }
            float[][] probabilities = probabilities(input, n);
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
