package org.digitworkbench.gui.train.run;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import org.digitworkbench.app.BackgroundTask;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.train.IterationEvent;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds one run's {@link WatchStrip}: the training thread hands over copies of the weights (each epoch's
 * checkpoint, and mid-epoch ones when the {@link WatchSchedule} says so); the images are read on {@code io},
 * one reading at a time, and a reading still waiting is replaced by a newer one, so a slow machine skips
 * readings instead of queueing them. The strip is updated on {@code ui}.
 */
public final class WatchFeed {
    private static final Logger LOG = LoggerFactory.getLogger(WatchFeed.class);

    private final WatchStrip strip;
    private final Architecture architecture;
    private final Executor io;
    private final Executor ui;
    private final AtomicReference<Map<String, INDArray>> waiting = new AtomicReference<>();
    private volatile LabeledImages watched;
    private WatchSchedule schedule;
    private long lastIteration;
    private boolean reading;

    public WatchFeed(WatchStrip strip, Architecture architecture, Executor io, Executor ui) {
        this.strip = strip;
        this.architecture = architecture;
        this.io = io;
        this.ui = ui;
    }

    /** Training thread: the images are loaded and training begins. */
    public void loaded(DatasetId dataset, LabeledImages test) {
        LabeledImages picked = WatchStrip.pick(test);
        watched = picked;
        schedule = new WatchSchedule(System.nanoTime());
        ui.execute(() -> strip.begin(this, dataset, picked));
    }

    /** Training thread, after each batch: whether the weights are wanted now. */
    public boolean wants(IterationEvent event) {
        lastIteration = event.iteration();
        return schedule != null && schedule.due(event, System.nanoTime());
    }

    /** Training thread: a copy of the weights, within an epoch or at its end. */
    public void offer(Map<String, INDArray> params) {
        if (watched == null || params.isEmpty()) {
            return; // a stand-in engine's network without weights: nothing to read
        }
        if (schedule != null) {
            schedule.read(lastIteration, System.nanoTime());
        }
        waiting.set(params);
        ui.execute(this::readNext);
    }

    /** UI thread: starts a reading unless one is going on (its end starts the next). */
    private void readNext() {
        if (reading) {
            return;
        }
        Map<String, INDArray> params = waiting.getAndSet(null);
        if (params == null) {
            return;
        }
        reading = true;
        LabeledImages images = watched;
        BackgroundTask.of(() -> WatchStrip.read(architecture, params, images))
                .onSuccess(probabilities -> {
                    strip.show(this, probabilities);
                    done();
                })
                .onFailure(failure -> {
                    // the strip keeps its last reading; the run itself goes on and reports its own failures
                    LOG.warn("Reading the watched images failed", failure);
                    done();
                })
                .start(io, ui);
    }

    private void done() {
        reading = false;
        readNext();
    }
}
