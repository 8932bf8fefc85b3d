package org.digitworkbench.app;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.ml.train.LayerSample;

/**
 * A run's layer samples for its history: all of them while it runs (a few per epoch), at most
 * {@link #MAX_KEPT} evenly spread ones, the first and the last among them, in its entry, so that a long run's
 * entry stays small.
 */
public final class LayerTrace {
    public static final int MAX_KEPT = 100;
    private final List<LayerSample> samples = new ArrayList<>();

    public synchronized void add(LayerSample sample) {
        samples.add(sample);
    }

    /** The samples an entry keeps, in order. */
    public synchronized List<LayerSample> kept() {
        int n = samples.size();
        if (n <= MAX_KEPT) {
            return List.copyOf(samples);
        }
        List<LayerSample> kept = new ArrayList<>(MAX_KEPT);
        for (int i = 0; i < MAX_KEPT; i++) {
            kept.add(samples.get((int) Math.round(i * (n - 1) / (double) (MAX_KEPT - 1))));
        }
        return kept;
    }
}
