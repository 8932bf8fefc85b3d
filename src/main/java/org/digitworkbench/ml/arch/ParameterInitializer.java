package org.digitworkbench.ml.arch;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fresh weights from a seed, drawn in Java so the same seed gives the same network whatever ND4J's
 * native random generator does. He-normal for hidden layers, Glorot-normal for the output layer, zero biases;
 * batch normalization starts as the identity (scale 1, shift 0, running mean 0 and variance 1).
 */
public final class ParameterInitializer {
    private ParameterInitializer() {
    }

    /** Every array a model file holds: weights drawn from the seed; batch normalization's as if new (scale 1). */
    public static Map<String, INDArray> initialize(Architecture architecture, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, long[]> shapes = ParameterShapes.saved(architecture);
        Map<String, INDArray> params = new LinkedHashMap<>();
        String lastWeight = lastWeightName(shapes);
        for (Map.Entry<String, long[]> entry : shapes.entrySet()) {
            long[] shape = entry.getValue();
            float[] values = new float[(int) ParameterShapes.count(shape)];
            if (entry.getKey().startsWith("w")) {
                long fanIn = ParameterShapes.count(shape) / shape[shape.length - 1];
                long fanOut = shape[shape.length - 1];
                double std = entry.getKey().equals(lastWeight)
                        ? Math.sqrt(2.0 / (fanIn + fanOut))
                        : Math.sqrt(2.0 / fanIn);
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) (gaussian(random) * std);
                }
            } else if (entry.getKey().startsWith("scale") || entry.getKey().startsWith("variance")) {
                Arrays.fill(values, 1f);
            }
            params.put(entry.getKey(), Nd4j.create(values, shape, 'c'));
        }
        return params;
    }

    private static String lastWeightName(Map<String, long[]> shapes) {
        String last = null;
        for (String name : shapes.keySet()) {
            if (name.startsWith("w")) {
                last = name;
            }
        }
        return last;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
