package org.digitworkbench.ml.train;

/**
 * Lets another thread pause, resume or cancel a run, or change its learning rate or batch size; the trainer
 * checks it between batches.
 */
public final class TrainingControl {
    private boolean paused;
    private boolean cancelled;
    private double newRate = Double.NaN;
    private int newBatchSize;

    /**
     * A new peak learning rate, taken before the next batch (meant for a paused run); the schedule scales from
     * it for the rest of the run. The listener hears of it as a {@link SettingChange}.
     */
    public synchronized void changeRate(double rate) {
        if (!TrainingSettings.validLearningRate(rate)) {
            throw new IllegalArgumentException("learning rate must be greater than 0 and at most 1 (got " + rate + ")");
        }
        newRate = rate;
    }

    /** A new batch size, from the next epoch on (meant for a paused run); told as a {@link SettingChange}. */
    public synchronized void changeBatchSize(int size) {
        if (!TrainingSettings.validBatchSize(size)) {
            throw new IllegalArgumentException("batch size must be " + TrainingSettings.MIN_BATCH + "-"
                    + TrainingSettings.MAX_BATCH + " (got " + size + ")");
        }
        newBatchSize = size;
    }

    /** The batch size asked for since the last call, 0 when none was. */
    synchronized int takeBatchSize() {
        int size = newBatchSize;
        newBatchSize = 0;
        return size;
    }

    /** The rate asked for since the last call, NaN when none was. */
    synchronized double takeRate() {
        double rate = newRate;
        newRate = Double.NaN;
        return rate;
    }

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Blocks while paused; returns false once the run should stop. */
    synchronized boolean awaitRunnable() {
        while (paused && !cancelled) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled = true;
            }
        }
        return !cancelled;
    }
}
