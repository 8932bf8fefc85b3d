package org.digitworkbench.gui.train;

import org.digitworkbench.app.DecimatingSeries;
import org.digitworkbench.app.LossTrace;
import org.digitworkbench.ml.train.EpochEvent;
import org.digitworkbench.ml.train.IterationEvent;

/**
 * The chart data of one run, kept after it ends so the run log can show it again: loss per iteration (raw and
 * smoothed), train accuracy and held-out accuracy per epoch: validation when the run held images out, else
 * test; and the test accuracy of each epoch beside the validation's when the run scored both. The x axis of both charts is in epochs (2.5 = half way through
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
    private final DecimatingSeries heldOutAccuracy = new DecimatingSeries(MAX_EPOCH_POINTS);
    private final DecimatingSeries testAccuracy = new DecimatingSeries(MAX_EPOCH_POINTS);
    private double biased;
    private int smoothedCount;
    private double lastLoss = Double.NaN;
    private double lastTrainAccuracy = Double.NaN;
    private double lastHeldOutAccuracy = Double.NaN;
    private boolean validated;
    private final boolean testedEachEpoch;
    private double lastX;
    private int batchesPerEpoch;

    public RunCharts() {
        this(false, false);
    }

    /**
     * {@code validated}: the run holds images out, so its held-out line is the validation's from the start;
     * {@code testedEachEpoch}: it scores the test set each epoch besides, so it has a test line from the start.
     */
    public RunCharts(boolean validated, boolean testedEachEpoch) {
        this.validated = validated;
        this.testedEachEpoch = validated && testedEachEpoch;
    }

    public void add(IterationEvent event) {
        batchesPerEpoch = event.batchesPerEpoch();
        addLoss(LossTrace.x(event), event.loss());
    }

    /** Batches in each epoch of the run, 0 when no batch has been seen (runs read back from the history). */
    public int batchesPerEpoch() {
        return batchesPerEpoch;
    }

    void addLoss(double x, double value) {
        if (!Double.isFinite(value)) {
            return; // a diverging run still draws; the label shows the NaN
        }
        lastLoss = value;
        // TensorBoard's debiased moving average: it starts from zero and is divided by the weight it has gathered,
        // so early batches count as much as they should; seeding it with the first (highest) loss kept that loss
        // in the line for a hundred batches (0.86 against a raw 0.45 at the end of a short run)
        biased = (1 - SMOOTHING) * biased + SMOOTHING * value;
        smoothedCount++;
        loss.add(x, value);
        smoothLoss.add(x, smoothedLoss());
        lastX = x;
    }

    public void add(EpochEvent event) {
        lastTrainAccuracy = event.trainAccuracy();
        validated = !Double.isNaN(event.validationAccuracy());
        lastHeldOutAccuracy = event.heldOutAccuracy();
        trainAccuracy.add(event.epoch(), event.trainAccuracy());
        heldOutAccuracy.add(event.epoch(), event.heldOutAccuracy());
        if (validated && !Double.isNaN(event.testAccuracy())) {
            testAccuracy.add(event.epoch(), event.testAccuracy());
        }
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

    public DecimatingSeries heldOutAccuracy() {
        return heldOutAccuracy;
    }

    /** The test set's accuracy of the epochs that were scored on validation images too; empty for other runs. */
    public DecimatingSeries testAccuracy() {
        return testAccuracy;
    }

    public double lastLoss() {
        return lastLoss;
    }

    /** The smoothed loss at the last batch; NaN before the first. */
    public double smoothedLoss() {
        return smoothedCount == 0 ? Double.NaN : biased / (1 - Math.pow(1 - SMOOTHING, smoothedCount));
    }

    public double lastTrainAccuracy() {
        return lastTrainAccuracy;
    }

    public double lastHeldOutAccuracy() {
        return lastHeldOutAccuracy;
    }

    /** Whether the test set was scored each epoch beside the validation images. */
    public boolean testedEachEpoch() {
        return testedEachEpoch || testAccuracy.size() > 0;
    }

    /** Whether the held-out figures are on validation images rather than the test set. */
    public boolean validated() {
        return validated;
    }

    public double lastX() {
        return lastX;
    }
}
