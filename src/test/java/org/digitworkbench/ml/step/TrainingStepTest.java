package org.digitworkbench.ml.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.digitworkbench.TestData;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.DropoutSite;
import org.digitworkbench.ml.arch.SameDiffReference;
import org.digitworkbench.ml.arch.ParameterInitializer;
import org.digitworkbench.ml.arch.ParameterShapes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The hand-derived training step against SameDiff's automatic differentiation of the same network: the same
 * parameters, batch and dropout masks must give the same gradients, for every built-in and a few specs.
 */
class TrainingStepTest {
    private static final int N = 16;

    /**
     * The built-ins, and specs that reach what they do not: layers before the first conv, no relu, even kernels,
     * batch normalization of images and of units, activations as layers of their own.
     */
    static Stream<Architecture> architectures() {
        return Stream.concat(Architecture.builtIns().stream(), Stream.of(
                "maxpool, conv(8,4,same), dense(16), dense(10)",
                "dropout(0.2), conv(6,3x3), relu, conv(4,2), maxpool, dense(10)",
                "conv(8,4,same), maxpool, dropout(0.3), dense(32), relu, dense(10)",
                // batchnorm after tanh or sigmoid: after a linear layer or a relu it would cancel the scale (or
                // bias) before it, whose true gradient is then 0 and the comparison one of float noise
                "conv(6,3), tanh, batchnorm, relu, maxpool, conv(8,3,same), sigmoid, bn, maxpool, dense(24), tanh, "
                        + "batchnorm, dense(10)",
                "batchnorm, conv(6,3), tanh, maxpool, dense(10)",
                "dense(32), tanh, batchnorm, relu, dropout(0.2), dense(16), tanh, dense(10)",
                "conv(8,3), relu, relu, maxpool, sigmoid, dense(10)").map(Architecture::parse));
    }

    static Stream<Architecture> mlpAndCnn() {
        return Stream.of(Architecture.MLP, Architecture.CNN);
    }

    @ParameterizedTest
    @MethodSource("architectures")
    void gradientsMatchSameDiffs(Architecture architecture) {
        Map<String, INDArray> params = ParameterInitializer.initialize(architecture, 3);
        Batch batch = batch(architecture, TestData.mnist().train(), 11);

        Map<String, INDArray> ours = new TrainingStep(architecture, params, new Adam(1e-3), null).gradients(batch);
        Map<String, INDArray> reference = sameDiffGradients(architecture, params, batch);

        assertEquals(reference.keySet(), ours.keySet());
        boolean hasBatchNorm = !ParameterShapes.state(architecture).isEmpty();
        for (String name : reference.keySet()) {
            INDArray expected = reference.get(name);
            INDArray actual = ours.get(name);
            assertEquals(Arrays.toString(expected.shape()), Arrays.toString(actual.shape()), name);
            double scale = Math.max(expected.amaxNumber().doubleValue(), 1e-3);
            double difference = expected.sub(actual).amaxNumber().doubleValue();
            // Batch normalization's backward pass subtracts sums of nearly equal float terms (over up to
            // 16 x 28 x 28 values), in both implementations; a wrong formula would miss by far more than this.
            double tolerance = hasBatchNorm ? 1e-3 : 1e-4;
            assertTrue(difference <= tolerance * scale,
                    architecture + " " + name + ": largest difference " + difference + " against scale " + scale);
            assertTrue(expected.amaxNumber().doubleValue() > 0, name + " has a gradient at all");
        }
    }

    @ParameterizedTest
    @MethodSource("architectures")
    void parametersComeBackInTheSavedLayout(Architecture architecture) {
        Map<String, INDArray> params = ParameterInitializer.initialize(architecture, 5);
        Map<String, INDArray> back = new TrainingStep(architecture, params, new Adam(1e-3), null).parameters();
        for (String name : params.keySet()) {
            assertEquals(params.get(name), back.get(name), name);
        }
    }

    @ParameterizedTest
    @MethodSource("mlpAndCnn")
    void stepsLowerTheLossOnTheirBatch(Architecture architecture) {
        Map<String, INDArray> params = ParameterInitializer.initialize(architecture, 9);
        Batch batch = batch(architecture, TestData.mnist().train(), 2);
        TrainingStep step = new TrainingStep(architecture, params, new Adam(1e-3), new StepProfile());
        double first = step.train(batch).loss();
        double last = first;
        for (int i = 0; i < 20; i++) {
            last = step.train(batch).loss();
        }
        assertTrue(last < first / 2, "loss " + first + " -> " + last);
        assertTrue(!step.parameters().get("w0").equals(params.get("w0")), "parameters moved");
    }

    /** SameDiff's training graph takes masks channel-first, as it lays out activations. */
    private static Map<String, INDArray> sameDiffGradients(Architecture architecture, Map<String, INDArray> params,
                                                           Batch batch) {
        Map<String, INDArray> copies = new HashMap<>();
        params.forEach((name, value) -> copies.put(name, value.dup()));
        SameDiff sd = SameDiffReference.build(architecture, copies, true);
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(SameDiffReference.INPUT, Nd4j.create(batch.pixels(), new long[] {N, Architecture.INPUT_SIZE}, 'c'));
        INDArray labels = Nd4j.zeros(N, Architecture.CLASSES);
        for (int i = 0; i < N; i++) {
            labels.putScalar(i, batch.labels()[i], 1.0);
        }
        feed.put(SameDiffReference.LABEL, labels);
        List<DropoutSite> sites = DropoutSite.of(architecture);
        for (int i = 0; i < sites.size(); i++) {
            long[] shape = sites.get(i).perImageShape();
            INDArray mask;
            if (shape.length == 3) {
                mask = Nd4j.create(batch.masks()[i], new long[] {N, shape[1], shape[2], shape[0]}, 'c')
                        .permute(0, 3, 1, 2).dup('c');
            } else {
                mask = Nd4j.create(batch.masks()[i], new long[] {N, shape[0]}, 'c');
            }
            feed.put(sites.get(i).name(), mask);
        }
        return sd.calculateGradients(feed, ParameterShapes.of(architecture).keySet());
    }

    private static Batch batch(Architecture architecture, LabeledImages images, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] pixels = new float[N * Architecture.INPUT_SIZE];
        int[] labels = new int[N];
        for (int i = 0; i < N; i++) {
            int image = random.nextInt(images.count());
            images.copyImageTo(image, pixels, i * Architecture.INPUT_SIZE);
            labels[i] = images.label(image);
        }
        List<DropoutSite> sites = DropoutSite.of(architecture);
        float[][] masks = new float[sites.size()][];
        for (int s = 0; s < sites.size(); s++) {
            float keep = (float) (1 - sites.get(s).rate());
            masks[s] = new float[(int) (N * sites.get(s).perImageSize())];
            for (int i = 0; i < masks[s].length; i++) {
                masks[s][i] = random.nextDouble() < keep ? 1 / keep : 0;
            }
        }
        return new Batch(N, pixels, labels, masks);
    }
}
