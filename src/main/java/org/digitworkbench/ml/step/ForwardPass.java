package org.digitworkbench.ml.step;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.digitworkbench.ml.arch.ActivationShape;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.LayerSpec;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Reads images with the training step's layers in inference mode: no dropout, batch normalization by its running
 * statistics, nothing kept for a backward pass. The layers' arrays and ops are planned once per batch size and
 * reused (the last few sizes are kept), so reading a set in equal batches allocates nothing after the first.
 * Holds a copy of the parameters. Not thread-safe: one per thread.
 */
public final class ForwardPass {
    /** Batch sizes whose planned layers are kept: a set's batches, its last smaller one, and a single image. */
    private static final int KEPT_BATCH_SIZES = 3;

    private final Architecture architecture;
    private final StepParameters arrays;
    private final StepProfile profile;
    private final Map<Integer, Plan> plans = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Plan> eldest) {
            return size() > KEPT_BATCH_SIZES;
        }
    };

    /** @param parameters the arrays as saved models hold them; copied */
    public ForwardPass(Architecture architecture, Map<String, INDArray> parameters) {
        this(architecture, parameters, null);
    }

    /** @param profile where to add each layer's time (per batch size planned), or null to time nothing */
    public ForwardPass(Architecture architecture, Map<String, INDArray> parameters, StepProfile profile) {
        this.architecture = architecture;
        this.arrays = new StepParameters(architecture, parameters, false);
        this.profile = profile;
    }

    public Architecture architecture() {
        return architecture;
    }

    /**
     * The logits of {@code count} images.
     *
     * @param pixels {@code count} images of 784 values in [0, 1], one after another
     * @param logits where the {@code count x 10} logits go, image after image
     */
    public void logits(float[] pixels, int count, float[] logits) {
        Plan plan = plan(count);
        NativeOps.download(plan.run(exact(pixels, count)), plan.logits);
        System.arraycopy(plan.logits, 0, logits, 0, count * Architecture.CLASSES);
    }

    /** Class probabilities (a softmax of the logits) of {@code count} images, one array per image. */
    public float[][] probabilities(float[] pixels, int count) {
        float[] logits = new float[count * Architecture.CLASSES];
        logits(pixels, count, logits);
        float[][] result = new float[count][];
        for (int i = 0; i < count; i++) {
            result[i] = softmax(logits, i * Architecture.CLASSES);
        }
        return result;
    }

    /**
     * Every layer's output for one image, in the architecture's order (a dropout layer passes its input on).
     * Spatial outputs are height x width x channels, channel fastest.
     */
    public List<LayerOutput> layerOutputs(float[] pixels) {
        Plan plan = plan(1);
        Batch batch = new Batch(1, exact(pixels, 1), null, null);
        List<LayerSpec> specs = architecture.layers();
        List<ActivationShape> inputs = ActivationShape.inputsOf(architecture);
        float[][] values = new float[specs.size()][];
        INDArray x = null;
        for (int i = 0; i < plan.layers.size(); i++) {
            x = plan.layers.get(i).forward(x, batch);
            int layer = plan.specIndex[i];
            if (layer >= 0) {
                values[layer] = copy(x);
            }
        }
        List<LayerOutput> outputs = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            float[] own = values[i] != null ? values[i] : i > 0 ? values[i - 1] : pixels.clone();
            ActivationShape shape = specs.get(i).outputShape(inputs.get(i));
            outputs.add(new LayerOutput(i, specs.get(i), shape, own));
        }
        return outputs;
    }

    private static float[] copy(INDArray x) {
        INDArray whole = x.isView() ? x.dup('c') : x;
        float[] values = new float[(int) whole.length()];
        NativeOps.download(whole, values);
        return values;
    }

    static float[] softmax(float[] logits, int offset) {
        float max = logits[offset];
        for (int c = 1; c < Architecture.CLASSES; c++) {
            max = Math.max(max, logits[offset + c]);
        }
        double sum = 0;
        double[] e = new double[Architecture.CLASSES];
        for (int c = 0; c < Architecture.CLASSES; c++) {
            e[c] = Math.exp(logits[offset + c] - max);
            sum += e[c];
        }
        float[] p = new float[Architecture.CLASSES];
        for (int c = 0; c < Architecture.CLASSES; c++) {
            p[c] = (float) (e[c] / sum);
        }
        return p;
    }

    private Plan plan(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("no images to read");
        }
        return plans.computeIfAbsent(count, n -> {
            StepLayers.Built built = StepLayers.build(architecture, StepLayers.Mode.INFERENCE, arrays.state());
            built.layers().forEach(layer -> layer.bind(arrays.views()));
            int[] stages = new int[built.layers().size()];
            for (int i = 0; i < stages.length && profile != null; i++) {
                stages[i] = profile.stage(built.layers().get(i).label() + " forward, batch " + n);
            }
            return new Plan(built.layers(), built.specIndex(), new float[n * Architecture.CLASSES], profile, stages);
        });
    }

    private static float[] exact(float[] pixels, int count) {
        int length = count * Architecture.INPUT_SIZE;
        if (pixels.length < length) {
            throw new IllegalArgumentException(count + " images need " + length + " values, got " + pixels.length);
        }
        return pixels.length == length ? pixels : Arrays.copyOf(pixels, length);
    }

    /** The layers planned for one batch size, and where that size's logits are downloaded to. */
    private record Plan(List<StepLayer> layers, int[] specIndex, float[] logits, StepProfile profile,
                        int[] stages) {
        INDArray run(float[] pixels) {
            Batch batch = new Batch(logits.length / Architecture.CLASSES, pixels, null, null);
            INDArray x = null;
            for (int i = 0; i < layers.size(); i++) {
                long start = profile != null ? System.nanoTime() : 0;
                x = layers.get(i).forward(x, batch);
                if (profile != null) {
                    profile.add(stages[i], System.nanoTime() - start);
                }
            }
            if (profile != null) {
                profile.countBatch();
            }
            return x;
        }
    }
}
