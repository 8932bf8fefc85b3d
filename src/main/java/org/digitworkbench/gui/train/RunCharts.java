package org.digitworkbench.gui.train;

import org.digitworkbench.app.DecimatingSeries;
import org.digitworkbench.app.LossTrace;
import org.digitworkbench.ml.train.EpochEvent;
import org.digitworkbench.ml.train.IterationEvent;

/**
 * The chart data of one run, kept after it ends so the run log can show it again: loss per iteration (raw and
 * smoothed), train and test accuracy per epoch. The x axis of both charts is in epochs (2.5 = half way through
 * the third epoch). FX thread only.
 */
public final class RunCharts {
    public static final int MAX_LOSS_POINTS = 1000;
    public static final int MAX_EPOCH_POINTS = 200;
    /** Weight of the newest batch in the smoothed loss line. */
    static final double SMOOTHING = 0.05;

    private final DecimatingSeries loss = new DecimatingSeries(MAX_LOSS_POINTS);
    private final DecimatingSeries smoothLoss = new DecimatingSeries(MAX_LOSS_POINTS);
    private final DecimatingSeries trainAccuracy = new DecimatingSeries(MAX_EPOCH_POINTS);
    private final DecimatingSeries testAccuracy = new DecimatingSeries(MAX_EPOCH_POINTS);
    private double smoothed = Double.NaN;
    private double lastLoss = Double.NaN;
    private double lastTrainAccuracy = Double.NaN;
    private double lastTestAccuracy = Double.NaN;
    private double lastX;

    public void add(IterationEvent event) {
        addLoss(LossTrace.x(event), event.loss());
    }

    void addLoss(double x, double value) {
        if (!Double.isFinite(value)) {
            return; // a diverging run still draws; the label shows the NaN
        }
        lastLoss = value;
        smoothed = Double.isNaN(smoothed) ? value : smoothed + SMOOTHING * (value - smoothed);
        loss.add(x, value);
        smoothLoss.add(x, smoothed);
        lastX = x;
    }

    public void add(EpochEvent event) {
        lastTrainAccuracy = event.trainAccuracy();
        lastTestAccuracy = event.testAccuracy();
        trainAccuracy.add(event.epoch(), event.trainAccuracy());
        testAccuracy.add(event.epoch(), event.testAccuracy());
    }

    public DecimatingSeries loss() {
        return loss;
    }

    public DecimatingSeries smoothLoss() {
        return smoothLoss;
    }

    public DecimatingSeries trainAccuracy() {
        return trainAccuracy;
    }

    public DecimatingSeries testAccuracy() {
        return testAccuracy;
    }

    public double lastLoss() {
        return lastLoss;
    }

    public double smoothedLoss() {
        return smoothed;
    }

    public double lastTrainAccuracy() {
        return lastTrainAccuracy;
    }

    public double lastTestAccuracy() {
        return lastTestAccuracy;
    }

    public double lastX() {
        return lastX;
    }
}
