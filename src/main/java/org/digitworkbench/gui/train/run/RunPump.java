package org.digitworkbench.gui.train.run;

import org.digitworkbench.ml.train.IterationEvent;

/**
 * The FX thread's share of a run: at most {@link ChartFeed#DRAINS_PER_SECOND} times a second it moves what the
 * training thread offered into the run's charts, updates the progress and tells the log of new points; at the
 * run's end it moves the rest at once. FX thread.
 */
final class RunPump {
    /** What the controller says of the run's phase once a batch is in. */
    interface Phase {
        void training(boolean evaluating);
    }

    private final RunLog log;
    private final RunProgress progress;
    private ChartFeed feed;

    RunPump(RunLog log, RunProgress progress) {
        this.log = log;
        this.progress = progress;
    }

    /** A new run's feed. */
    void follow(ChartFeed runFeed) {
        feed = runFeed;
    }

    /** Every pulse while the run is busy: {@code paused} stops the clock, {@code phase} hears of the batch. */
    void pump(LoggedRun run, long nowNanos, boolean paused, Phase phase) {
        if (run == null || feed == null) {
            return;
        }
        int moved = feed.drain(run.charts(), nowNanos);
        if (moved < 0) {
            return;
        }
        update(run, nowNanos, paused, phase);
        if (moved > 0) {
            log.pointsAdded(run);
        }
    }

    /** The run has ended: whatever points the training thread left are moved in at once. */
    void catchUp(LoggedRun run, Phase phase) {
        if (feed.drainAll(run.charts()) > 0) {
            update(run, System.nanoTime(), false, phase);
            log.pointsAdded(run);
        }
    }

    private void update(LoggedRun run, long nowNanos, boolean paused, Phase phase) {
        IterationEvent latest = feed.latest();
        if (latest == null) {
            return;
        }
        progress.update(run, latest, nowNanos, paused);
        if (progress.isTraining()) {
            phase.training(RunProgress.evaluating(run, latest));
        }
    }
}
