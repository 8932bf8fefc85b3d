package org.digitworkbench.ml.step;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.digitworkbench.TestData;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ParameterInitializer;
import org.digitworkbench.ml.arch.ParameterShapes;
import org.digitworkbench.ml.arch.SameDiffReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The engine's forward pass in inference mode against SameDiff's inference graph of the same network (channel
 * first, written op by op): the same parameters and images give the same probabilities, for every built-in and
 * specs with batch normalization (running statistics away from 0 and 1), same padding and several dense layers.
 */
class ForwardPassTest {
    private static final int N = 24;

    static Stream<Architecture> architectures() {
        return Stream.concat(Architecture.builtIns().stream(), Stream.of(
                "conv(8,3,same), batchnorm, relu, maxpool, conv(12,3,same), relu, maxpool, dropout(0.3), dense(32), "
                        + "relu, dense(16), relu, dense(10)",
                "conv(6,5), tanh, batchnorm, maxpool, conv(8,3,same), sigmoid, bn, maxpool, dense(24), tanh, "
                        + "batchnorm, dense(10)",
                "batchnorm, conv(6,4,same), relu, maxpool, dense(10)",
                "maxpool, conv(8,4,same), dense(16), dense(10)",
                "dense(64), batchnorm, relu, dropout(0.2), dense(32), sigmoid, dense(16), tanh, dense(10)",
                "dense(10)").map(Architecture::parse));
    }

    @ParameterizedTest
    @MethodSource("architectures")
    void givesSameDiffsProbabilities(Architecture architecture) {
        Map<String, INDArray> params = withRunningStatistics(architecture, 7);
        float[] pixels = images(TestData.mnist().test(), N, 5);

        float[][] ours = new ForwardPass(architecture, params).probabilities(pixels, N);
        float[] reference = sameDiffProbabilities(architecture, params, pixels);

        for (int i = 0; i < N; i++) {
            for (int c = 0; c < Architecture.CLASSES; c++) {
                float expected = reference[i * Architecture.CLASSES + c];
                assertEquals(expected, ours[i][c], 2e-5 + 1e-4 * expected,
                        architecture + ": image " + i + " class " + c);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("architectures")
    void givesTheSameAnswerInAnyBatch(Architecture architecture) {
        ForwardPass pass = new ForwardPass(architecture, withRunningStatistics(architecture, 3));
        float[] pixels = images(TestData.mnist().test(), 5, 9);
        float[][] together = pass.probabilities(pixels, 5);
        for (int i = 0; i < 5; i++) {
            float[] one = new float[Architecture.INPUT_SIZE];
            System.arraycopy(pixels, i * one.length, one, 0, one.length);
            assertArrayEquals(together[i], pass.probabilities(one, 1)[0], 1e-6f, architecture + " image " + i);
        }
        // and after other batch sizes have been planned and dropped
        pass.probabilities(pixels, 2);
        pass.probabilities(pixels, 3);
        pass.probabilities(pixels, 4);
        assertArrayEquals(together[4], pass.probabilities(pixels, 5)[4], 1e-6f);
    }

    @ParameterizedTest
    @MethodSource("architectures")
    void layerOutputsEndInTheLogits(Architecture architecture) {
        ForwardPass pass = new ForwardPass(architecture, withRunningStatistics(architecture, 4));
        float[] pixels = images(TestData.mnist().test(), 1, 2);
        List<LayerOutput> outputs = pass.layerOutputs(pixels);

        assertEquals(architecture.layers().size(), outputs.size());
        for (LayerOutput output : outputs) {
            assertEquals(output.shape().size(), output.values().length, output.layer().text());
        }
        float[] logits = outputs.get(outputs.size() - 1).values();
        assertArrayEquals(pass.probabilities(pixels, 1)[0], ForwardPass.softmax(logits, 0), 1e-6f);
    }

    @Test
    void refusesArraysOfTheWrongSize() {
        Map<String, INDArray> params = ParameterInitializer.initialize(Architecture.MLP, 1);
        params.put("w0", Nd4j.create(DataType.FLOAT, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> new ForwardPass(Architecture.MLP, params));
        Map<String, INDArray> missing = ParameterInitializer.initialize(Architecture.MLP, 1);
        missing.remove("b1");
        assertThrows(IllegalArgumentException.class, () -> new ForwardPass(Architecture.MLP, missing));
    }

    /** Fresh weights, and batch normalization's running statistics and scale drawn away from the identity. */
    static Map<String, INDArray> withRunningStatistics(Architecture architecture, long seed) {
        Map<String, INDArray> params = new LinkedHashMap<>(ParameterInitializer.initialize(architecture, seed));
        SplittableRandom random = new SplittableRandom(seed);
        ParameterShapes.saved(architecture).forEach((name, shape) -> {
            float[] values = new float[(int) ParameterShapes.count(shape)];
            for (int i = 0; i < values.length; i++) {
                double u = random.nextDouble();
                values[i] = (float) (name.startsWith("variance") ? 0.2 + 2 * u
                        : name.startsWith("scale") ? 0.5 + u : name.startsWith("mean") || name.startsWith("shift")
                        ? u - 0.5 : Double.NaN);
            }
            if (!Float.isNaN(values[0])) {
                params.put(name, Nd4j.create(values, shape, 'c'));
            }
        });
        return params;
    }

    static float[] images(LabeledImages set, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] pixels = new float[count * Architecture.INPUT_SIZE];
        for (int i = 0; i < count; i++) {
            set.copyImageTo(random.nextInt(set.count()), pixels, i * Architecture.INPUT_SIZE);
        }
        return pixels;
    }

    private static float[] sameDiffProbabilities(Architecture architecture, Map<String, INDArray> params,
                                                 float[] pixels) {
        Map<String, INDArray> copies = new LinkedHashMap<>();
        params.forEach((name, value) -> copies.put(name, value.dup()));
        SameDiff sd = SameDiffReference.build(architecture, copies, false);
        INDArray input = Nd4j.create(pixels, new long[] {N, Architecture.INPUT_SIZE}, 'c');
        return sd.output(Map.of(SameDiffReference.INPUT, input), SameDiffReference.PROBABILITIES)
                .get(SameDiffReference.PROBABILITIES).dup('c').data().asFloat();
    }
}
