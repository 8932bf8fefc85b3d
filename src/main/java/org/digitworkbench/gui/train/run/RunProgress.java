package org.digitworkbench.gui.train.run;

import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitworkbench.app.EpochTimes;
import org.digitworkbench.app.RemainingTime;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.ArchitectureInfo;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.ml.train.IterationEvent;

/**
 * How far the current run is, how fast it goes and how long it has left, from its latest batch; the time left
 * comes from the run's own pace ({@link RemainingTime}), the expected time per epoch its prior.
 * FX thread, except {@link #trainingStarted}, which the training thread calls.
 */
public final class RunProgress {
    private final Messages text;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper epochProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper("");
    private volatile long trainingStartNanos;
    private long pausedSince;
    private long pausedNanos;
    private double speed = Double.NaN;
    private final Supplier<EpochTimes> epochTimes;
    private RemainingTime remaining;
    private boolean stopped;

    public RunProgress(Messages text) {
        this(text, () -> EpochTimes.builtIn(ArchitectureInfo::measuredImagesPerSecond));
    }

    /** {@code epochTimes}: the expected time per epoch, the prior of the time left. */
    public RunProgress(Messages text, Supplier<EpochTimes> epochTimes) {
        this.text = text;
        this.epochTimes = epochTimes;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty epochProgressProperty() {
        return epochProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeTextProperty() {
        return timeText.getReadOnlyProperty();
    }

    /** Clears the clock; a new run has not yet loaded its data. */
    public void resetClock() {
        trainingStartNanos = 0;
        pausedNanos = 0;
        speed = Double.NaN;
        remaining = null;
        stopped = false;
    }

    /**
     * Stop was pressed (a pause already ended by {@link #resumed}): the clock and the time left stop where they are, and later batches (the one in hand, the
     * partial model's evaluation) no longer move them, as a figure ticking on under the keep-or-discard question
     * would say the run goes on.
     */
    public void stopped(long nowNanos) {
        if (stopped) {
            return;
        }
        stopped = true;
        long start = trainingStartNanos;
        if (start != 0) {
            timeText.set(text.format("train.time.stopped",
                    TrainFormat.duration(Math.max(0, nowNanos - start - pausedNanos))));
        }
    }

    public void resetText() {
        progress.set(0);
        epochProgress.set(0);
        progressText.set("");
        speedText.set("");
        timeText.set("");
    }

    /** The data is loaded and the first batch begins: the clock for elapsed time and ETA starts. */
    public void trainingStarted(long nowNanos) {
        trainingStartNanos = nowNanos;
    }

    public boolean isTraining() {
        return trainingStartNanos != 0;
    }

    public void paused(long nowNanos) {
        pausedSince = nowNanos;
    }

    public void resumed(long nowNanos) {
        pausedNanos += nowNanos - pausedSince;
    }

    public void update(LoggedRun run, IterationEvent latest, long nowNanos, boolean paused) {
        if (stopped) {
            return;
        }
        int epochCount = run.settings().epochs();
        double inEpoch = (double) latest.batchInEpoch() / Math.max(1, latest.batchesPerEpoch());
        double overall = Math.min(1, (latest.epoch() - 1 + inEpoch) / epochCount);
        progress.set(overall);
        epochProgress.set(inEpoch);
        progressText.set(text.format("train.progress", latest.epoch(), epochCount, latest.batchInEpoch(),
                latest.batchesPerEpoch()));
        if (Double.isFinite(latest.imagesPerSecond())) {
            speed = Double.isNaN(speed) ? latest.imagesPerSecond() : 0.7 * speed + 0.3 * latest.imagesPerSecond();
            speedText.set(text.format("train.speed", Math.round(speed)));
        }
        long start = trainingStartNanos;
        if (start != 0) {
            long pausedNow = pausedNanos + (paused ? nowNanos - pausedSince : 0);
            long elapsed = Math.max(0, nowNanos - start - pausedNow);
            if (overall >= 1) {
                timeText.set(text.format("train.time", TrainFormat.duration(elapsed), TrainFormat.NONE));
                return;
            }
            if (remaining == null) {
                remaining = new RemainingTime(priorNanosPerBatch(run, latest));
            }
            long done = (long) (latest.epoch() - 1) * latest.batchesPerEpoch() + latest.batchInEpoch();
            long left = remaining.update(done, (long) epochCount * latest.batchesPerEpoch(), elapsed);
            timeText.set(left == RemainingTime.ESTIMATING
                    ? text.format("train.time.estimating", TrainFormat.duration(elapsed))
                    : text.format("train.time", TrainFormat.duration(elapsed), TrainFormat.duration(left)));
        }
    }

    private double priorNanosPerBatch(LoggedRun run, IterationEvent latest) {
        int batches = Math.max(1, latest.batchesPerEpoch());
        EpochTimes.Estimate epoch = epochTimes.get().estimate(run.settings().dataset(), run.settings().architecture(),
                run.settings().augmentation(), batches * run.settings().batchSize());
        return epoch.secondsPerEpoch() * 1e9 / batches;
    }

    /** The last batch of an epoch is done but its accuracies are not in yet: the test set is being evaluated. */
    public static boolean evaluating(LoggedRun run, IterationEvent latest) {
        return latest.batchInEpoch() == latest.batchesPerEpoch()
                && run.charts().trainAccuracy().offered() < latest.epoch();
    }
}
