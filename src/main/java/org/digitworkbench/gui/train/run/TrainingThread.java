package org.digitworkbench.gui.train.run;

import org.digitworkbench.ml.train.TrainingControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread a run trains on, and how the window's closing reaches it: closing cancels the run, tells the job
 * whether to keep its partial model, and waits a bounded time for the job to record the run.
 */
final class TrainingThread {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingThread.class);
    /** Closing and discarding: the job only records the run. */
    static final long JOIN_ON_CLOSE_MILLIS = 3000;
    /** Closing and keeping: the partial model is evaluated on the test set (3 s for cnn-deep here) and saved. */
    static final long KEEP_ON_CLOSE_MILLIS = 20_000;

    private Thread worker;
    private TrainingControl control;
    private volatile boolean closing;
    private volatile boolean keepOnClose;

    /** Starts {@code job} on a daemon thread named {@code name}; {@code runControl} is what closing cancels. */
    void start(Runnable job, String name, TrainingControl runControl) {
        control = runControl;
        worker = new Thread(job, name);
        worker.setDaemon(true);
        worker.start();
    }

    /** Whether the window is closing: a run ending then is recorded by its job, the FX thread being gone. */
    boolean closing() {
        return closing;
    }

    /** Whether the user chose, on closing, to keep the run's partial model. */
    boolean keepOnClose() {
        return keepOnClose;
    }

    /** Cancels the run ({@code keep}: saving its partial model) and waits for the job to record it. */
    void close(boolean keep) {
        keepOnClose = keep;
        closing = true;
        TrainingControl runControl = control;
        Thread thread = worker;
        if (runControl != null) {
            runControl.cancel();
        }
        if (thread != null && thread.isAlive() && thread != Thread.currentThread()) {
            long wait = keep ? KEEP_ON_CLOSE_MILLIS : JOIN_ON_CLOSE_MILLIS;
            try {
                thread.join(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                LOG.warn("Training thread still running {} ms after it was told to stop", wait);
            }
        }
    }
}
