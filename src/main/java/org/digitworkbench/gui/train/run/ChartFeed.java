package org.digitworkbench.gui.train.run;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import org.digitworkbench.ml.train.EpochEvent;
import org.digitworkbench.ml.train.IterationEvent;

/**
 * Hands training events from the training thread to the FX thread without blocking either: the training
 * thread offers events to a lock-free queue; the FX thread drains it into a {@link RunCharts} at most
 * {@link #DRAINS_PER_SECOND} times a second, so a fast run (a hundred batches a second) redraws the charts in
 * a few large steps instead of a hundred small ones.
 */
public final class ChartFeed {
    public static final int DRAINS_PER_SECOND = 10;
    public static final long MIN_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1) / DRAINS_PER_SECOND;

    private final Queue<Object> events = new ConcurrentLinkedQueue<>();
    private volatile IterationEvent latest;
    private long lastDrain = Long.MIN_VALUE;
    private boolean drainedOnce;

    /** Training thread. */
    public void offer(IterationEvent event) {
        latest = event;
        events.add(event);
    }

    /** Training thread. */
    public void offer(EpochEvent event) {
        events.add(event);
    }

    /** The newest batch seen, for the progress bar and images/s; null before the first. */
    public IterationEvent latest() {
        return latest;
    }

    /** Whether a drain at {@code nowNanos} is allowed (the throttle). */
    public boolean due(long nowNanos) {
        return !drainedOnce || nowNanos - lastDrain >= MIN_INTERVAL_NANOS;
    }

    /**
     * FX thread: moves the waiting events into {@code charts} if the last drain was long enough ago.
     * Returns how many events moved, or -1 when it was too early to drain.
     */
    public int drain(RunCharts charts, long nowNanos) {
        if (!due(nowNanos)) {
            return -1;
        }
        lastDrain = nowNanos;
        drainedOnce = true;
        return drainAll(charts);
    }

    /** FX thread: moves everything waiting now, whatever the throttle says (the end of a run). */
    public int drainAll(RunCharts charts) {
        int moved = 0;
        Object event;
        while ((event = events.poll()) != null) {
            if (event instanceof IterationEvent iteration) {
                charts.add(iteration);
            } else if (event instanceof EpochEvent epoch) {
                charts.add(epoch);
            }
            moved++;
        }
        return moved;
    }

    public int waiting() {
        return events.size();
    }
}
