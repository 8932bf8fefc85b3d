package org.digitworkbench.gui.train.run;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.app.DecimatingSeries;
import org.digitworkbench.app.LossTrace;
import org.digitworkbench.ml.train.EpochEvent;
import org.digitworkbench.ml.train.IterationEvent;

/**
 * The chart data of one run, kept after it ends so the run log can show it again: loss per batch, validation loss,
 * train accuracy and held-out accuracy per epoch: validation when the run held images out, else test; the test
 * accuracy of each epoch beside the validation's when the run scored both; and when each point was reached, for a
 * time axis. The x of every series is in epochs (2.5 = half way through the third). FX thread only.
 */
public final class RunCharts {
    public static final int MAX_LOSS_POINTS = 1000;
    public static final int MAX_EPOCH_POINTS = 200;

    private final DecimatingSeries loss = new DecimatingSeries(MAX_LOSS_POINTS);
    private final DecimatingSeries validationLoss = new DecimatingSeries(MAX_EPOCH_POINTS);
    private final DecimatingSeries trainAccuracy = new DecimatingSeries(MAX_EPOCH_POINTS);
    private final DecimatingSeries heldOutAccuracy = new DecimatingSeries(MAX_EPOCH_POINTS);
    private final DecimatingSeries testAccuracy = new DecimatingSeries(MAX_EPOCH_POINTS);
    /** x in epochs against seconds since training began: the batches' arrival while live, each epoch's end. */
    private final DecimatingSeries timeline = new DecimatingSeries(MAX_LOSS_POINTS);
    private long firstBatchNanos;
    private double lastLoss = Double.NaN;
    private double lastTrainAccuracy = Double.NaN;
    private double lastHeldOutAccuracy = Double.NaN;
    private boolean validated;
    private final boolean testedEachEpoch;
    private double lastX;
    /** Batches of each epoch (index: epoch - 1): a batch-size change makes later epochs' counts differ. */
    private final List<Integer> epochBatches = new ArrayList<>();
    private long lastEpochEndStep;

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

    /** A batch of the run going on, drained at {@code nowNanos} (within a tenth of a second of its end). */
    public void add(IterationEvent event, long nowNanos) {
        batchesIn(event.epoch(), event.batchesPerEpoch());
        if (firstBatchNanos == 0) {
            firstBatchNanos = nowNanos;
        }
        double x = LossTrace.x(event);
        if (x > lastX || timeline.size() == 0) {
            timeline.add(x, (nowNanos - firstBatchNanos) / 1e9);
        }
        addLoss(x, event.loss());
    }

    public void add(IterationEvent event) {
        add(event, System.nanoTime());
    }

    private void batchesIn(int epoch, int batches) {
        while (epochBatches.size() < epoch) {
            epochBatches.add(0);
        }
        epochBatches.set(epoch - 1, batches);
    }

    /**
     * A run read back from the history: its loss trace keeps the last batch of every epoch with its step, and
     * the steps between two epochs' ends are the batches of the later one.
     */
    public void epochEndsAt(int epoch, long step) {
        if (epoch >= 1 && step > lastEpochEndStep) {
            batchesIn(epoch, (int) (step - lastEpochEndStep));
            lastEpochEndStep = step;
        }
    }

    /** Batches in epoch {@code epoch} of the run (counting from 1); 0 when not known. */
    public int batchesIn(int epoch) {
        return epoch >= 1 && epoch <= epochBatches.size() ? epochBatches.get(epoch - 1) : 0;
    }

    public void addLoss(double x, double value) {
        if (!Double.isFinite(value)) {
            return; // a diverging run still draws; the label shows the NaN
        }
        lastLoss = value;
        loss.add(x, value);
        lastX = x;
    }

    public void add(EpochEvent event) {
        lastTrainAccuracy = event.trainAccuracy();
        validated = !Double.isNaN(event.validationAccuracy());
        lastHeldOutAccuracy = event.heldOutAccuracy();
        trainAccuracy.add(event.epoch(), event.trainAccuracy());
        heldOutAccuracy.add(event.epoch(), event.heldOutAccuracy());
        if (Double.isFinite(event.validationLoss())) {
            validationLoss.add(event.epoch(), event.validationLoss());
        }
        if (validated && !Double.isNaN(event.testAccuracy())) {
            testAccuracy.add(event.epoch(), event.testAccuracy());
        }
        if (firstBatchNanos == 0 && event.elapsedMillis() > 0) {
            // a run read back from the history: its epochs' ends are all the time it has
            if (timeline.size() == 0) {
                timeline.add(0, 0);
            }
            timeline.add(event.epoch(), event.elapsedMillis() / 1000.0);
        }
    }

    public DecimatingSeries loss() {
        return loss;
    }

    /** The loss on the validation images after each epoch; empty for runs that held none out. */
    public DecimatingSeries validationLoss() {
        return validationLoss;
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

    /**
     * Seconds from the first batch to the point {@code x} epochs in, between the times known (linearly), and
     * beyond the last at the run's pace so far; NaN when no time is known (a run of the history without times).
     */
    public double secondsAt(double x) {
        int n = timeline.size();
        if (n < 2) {
            return n == 1 && x == timeline.x(0) ? timeline.y(0) : Double.NaN;
        }
        // the first known time at or after x: a binary search, as a time axis asks this of every point drawn
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (timeline.x(mid) < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int a = hi == 0 ? 0 : hi == n ? n - 2 : hi - 1;
        int b = a + 1;
        double span = timeline.x(b) - timeline.x(a);
        if (span <= 0) {
            return timeline.y(b);
        }
        return Math.max(0, timeline.y(a) + (x - timeline.x(a)) * (timeline.y(b) - timeline.y(a)) / span);
    }

    public double lastLoss() {
        return lastLoss;
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
