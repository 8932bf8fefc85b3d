package org.digitworkbench.ml.train;

import java.util.List;

/**
 * Every trained layer's figures after one batch of a run.
 *
 * @param step the batch's number in the run, from 1
 * @param x    where in the run, in epochs, as the loss trace counts: 2.5 is half way through the third
 */
public record LayerSample(long step, double x, List<LayerStats> layers) {

    public LayerSample {
        layers = List.copyOf(layers);
    }
}
