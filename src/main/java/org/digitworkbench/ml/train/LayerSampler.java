package org.digitworkbench.ml.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.step.TrainingStep;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Takes one {@link LayerSample} from a training step: the gradients before the update, the update and the
 * parameters as the step shows them. When: {@link LayerSampling}.
 */
final class LayerSampler implements TrainingStep.UpdateWatcher {
    private final Architecture architecture;
    private final Map<Integer, LayerHistogram> gradients = new TreeMap<>();
    private final List<LayerStats> layers = new ArrayList<>();
    private long cost;

    LayerSampler(Architecture architecture) {
        this.architecture = architecture;
    }

    /** How long its work took, in nanoseconds. */
    long costNanos() {
        return cost;
    }

    @Override
    public void gradients(Map<String, INDArray> parameters, Map<String, INDArray> gradientViews) {
        long start = System.nanoTime();
        byLayer(gradientViews).forEach((layer, arrays) -> gradients.put(layer, LayerHistogram.of(values(arrays))));
        cost += System.nanoTime() - start;
    }

    @Override
    public void update(Map<String, INDArray> parameters, Map<String, INDArray> updates) {
        long start = System.nanoTime();
        Map<Integer, List<INDArray>> weights = byLayer(parameters);
        Map<Integer, List<INDArray>> changes = byLayer(updates);
        weights.forEach((layer, arrays) -> {
            List<float[]> values = values(arrays);
            double meanWeight = meanAbs(values);
            double meanUpdate = meanAbs(values(changes.get(layer)));
            long count = values.stream().mapToLong(v -> v.length).sum();
            layers.add(new LayerStats(layer, architecture.layers().get(layer).text(), count,
                    LayerHistogram.of(values), gradients.get(layer),
                    meanWeight > 0 ? Math.log10(meanUpdate / meanWeight) : Double.NaN));
        });
        cost += System.nanoTime() - start;
    }

    LayerSample sample(long step, double x) {
        return new LayerSample(step, x, layers);
    }

    /** The trained arrays of each layer, named w3, b3, scale3, shift3 and so on for layer 3. */
    private static Map<Integer, List<INDArray>> byLayer(Map<String, INDArray> arrays) {
        Map<Integer, List<INDArray>> layers = new TreeMap<>();
        arrays.forEach((name, array) -> {
            int digits = name.length();
            while (digits > 0 && Character.isDigit(name.charAt(digits - 1))) {
                digits--;
            }
            layers.computeIfAbsent(Integer.parseInt(name.substring(digits)), k -> new ArrayList<>()).add(array);
        });
        return layers;
    }

    private static List<float[]> values(List<INDArray> arrays) {
        List<float[]> values = new ArrayList<>();
        for (INDArray array : arrays) {
            values.add(array.dup().data().asFloat());
        }
        return values;
    }

    private static double meanAbs(List<float[]> values) {
        double sum = 0;
        long n = 0;
        for (float[] array : values) {
            for (float v : array) {
                sum += Math.abs(v);
            }
            n += array.length;
        }
        return n == 0 ? 0 : sum / n;
    }
}
