package org.digitworkbench.app;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.app.RunEntry.LossPoint;
import org.digitworkbench.ml.train.IterationEvent;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * A run's loss per batch for its history, at most {@link #MAX_POINTS} points: evenly spread ones, thinned as
 * {@link DecimatingSeries} thins them, and besides them the last batch of every epoch, so that an epoch's figures
 * can be set at the step where the epoch ended. Every point keeps its batch's learning rate and step.
 */
public final class LossTrace {
    public static final int MAX_POINTS = 1000;
    // room for the last batch of every epoch a run can have, so the window reloads a run's trace unthinned
    private static final int SPREAD = MAX_POINTS - TrainingSettings.MAX_EPOCHS;
    private final DecimatingSeries losses = new DecimatingSeries(SPREAD);
    // offered exactly what losses is offered, so it keeps the same points: (step, learning rate) of each
    private final DecimatingSeries stepsAndRates = new DecimatingSeries(SPREAD);
    private final List<LossPoint> epochEnds = new ArrayList<>();

    /** x in epochs: 2.5 is half way through the third. */
    public static double x(IterationEvent event) {
        return event.epoch() - 1 + (double) event.batchInEpoch() / Math.max(1, event.batchesPerEpoch());
    }

    public synchronized void add(IterationEvent event) {
        if (!Double.isFinite(event.loss())) {
            return;
        }
        losses.add(x(event), event.loss());
        stepsAndRates.add(event.iteration(), event.learningRate());
        if (event.batchInEpoch() == event.batchesPerEpoch()) {
            epochEnds.add(point(x(event), event.loss(), event.iteration(), event.learningRate()));
        }
    }

    /** The points kept, in the order of the batches. */
    public synchronized List<LossPoint> points() {
        List<LossPoint> points = new ArrayList<>(losses.size() + epochEnds.size());
        int end = 0;
        for (int i = 0; i < losses.size(); i++) {
            LossPoint kept = point(losses.x(i), losses.y(i), (long) stepsAndRates.x(i), stepsAndRates.y(i));
            while (end < epochEnds.size() && epochEnds.get(end).x() < kept.x()) {
                points.add(epochEnds.get(end++));
            }
            if (end < epochEnds.size() && epochEnds.get(end).equals(kept)) {
                end++;
            }
            points.add(kept);
        }
        points.addAll(epochEnds.subList(end, epochEnds.size()));
        return points;
    }

    private static LossPoint point(double x, double loss, long step, double learningRate) {
        return new LossPoint(x, loss, Double.isFinite(learningRate) ? learningRate : null, step);
    }
}
