package org.digitworkbench.ml.train;

import java.util.ArrayList;
import java.util.List;

/**
 * How a layer's values spread at one moment: {@link #BINS} bins of equal width from {@code min} to {@code max}
 * (one bin holds everything when they are equal), as TensorBoard's and the DL4J training UI's histograms show a
 * layer. Fixed bins keep a run's history small whatever the layer's size.
 */
public record LayerHistogram(double min, double max, List<Integer> counts) {
    public static final int BINS = 24;

    public LayerHistogram {
        counts = List.copyOf(counts);
    }

    /** The histogram of all of {@code values}' elements together. */
    public static LayerHistogram of(List<float[]> values) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float[] array : values) {
            for (float v : array) {
                if (Float.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        int[] bins = new int[BINS];
        if (min <= max) {
            double width = (max - min) / BINS;
            for (float[] array : values) {
                for (float v : array) {
                    if (Float.isFinite(v)) {
                        int bin = width == 0 ? 0 : (int) ((v - min) / width);
                        bins[Math.min(BINS - 1, bin)]++;
                    }
                }
            }
        }
        List<Integer> counts = new ArrayList<>(BINS);
        for (int count : bins) {
            counts.add(count);
        }
        return min <= max ? new LayerHistogram(min, max, counts) : new LayerHistogram(0, 0, counts);
    }

    /** How many values it counts. */
    public long total() {
        return counts.stream().mapToLong(Integer::longValue).sum();
    }
}
