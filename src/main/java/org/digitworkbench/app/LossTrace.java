package org.digitworkbench.app;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.app.RunEntry.LossPoint;
import org.digitworkbench.ml.train.IterationEvent;

/** A run's loss per batch for its history, thinned to at most {@link #MAX_POINTS} evenly spread points. */
public final class LossTrace {
    public static final int MAX_POINTS = 1000;
    private final DecimatingSeries series = new DecimatingSeries(MAX_POINTS);

    /** x in epochs: 2.5 is half way through the third. */
    public static double x(IterationEvent event) {
        return event.epoch() - 1 + (double) event.batchInEpoch() / Math.max(1, event.batchesPerEpoch());
    }

    public synchronized void add(IterationEvent event) {
        if (Double.isFinite(event.loss())) {
            series.add(x(event), event.loss());
        }
    }

    public synchronized List<LossPoint> points() {
        List<LossPoint> points = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            points.add(new LossPoint(series.x(i), series.y(i)));
        }
        return points;
    }
}
