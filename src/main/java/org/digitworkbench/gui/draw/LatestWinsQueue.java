package org.digitworkbench.gui.draw;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Throttle for work that only matters in its newest form: at most one job runs and at most one waits;
 * a job submitted while another waits replaces it. The pen can move faster than the network answers
 * without a backlog building up.
 */
final class LatestWinsQueue<T> {
    private static final Logger LOG = LoggerFactory.getLogger(LatestWinsQueue.class);
    private final Executor worker;
    private final Consumer<T> handler;
    private final AtomicReference<T> waiting = new AtomicReference<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    LatestWinsQueue(Executor worker, Consumer<T> handler) {
        this.worker = worker;
        this.handler = handler;
    }

    void submit(T job) {
        waiting.set(job);
        if (draining.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            T job = waiting.getAndSet(null);
            if (job == null) {
                draining.set(false);
                // a job that arrived between the empty read and the reset must not be stranded
                if (waiting.get() == null || !draining.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            try {
                handler.accept(job);
            } catch (RuntimeException e) {
                LOG.error("Background job failed", e);
            }
        }
    }
}
