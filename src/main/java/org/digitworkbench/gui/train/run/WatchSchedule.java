package org.digitworkbench.gui.train.run;

import java.util.concurrent.TimeUnit;

import org.digitworkbench.ml.train.IterationEvent;

/**
 * When the watched images are read again within an epoch: after a quarter of the epoch's batches and
 * {@link #MIN_INTERVAL_NANOS} since the last reading, whichever comes later, so a short epoch is read at its end
 * only and a long one a few times on the way. Training thread.
 */
public final class WatchSchedule {
    public static final long MIN_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);
    public static final int PARTS_PER_EPOCH = 4;

    private long lastNanos;
    private long lastIteration;

    /** {@code startNanos}: when training began; the first reading comes no sooner than the interval after it. */
    public WatchSchedule(long startNanos) {
        this.lastNanos = startNanos;
    }

    /** Whether the network after {@code event}'s batch is read now; the last batch of an epoch never is (its end is). */
    public boolean due(IterationEvent event, long nowNanos) {
        if (event.batchInEpoch() >= event.batchesPerEpoch()) {
            return false;
        }
        long quarter = Math.max(1, event.batchesPerEpoch() / PARTS_PER_EPOCH);
        if (event.iteration() - lastIteration < quarter || nowNanos - lastNanos < MIN_INTERVAL_NANOS) {
            return false;
        }
        read(event.iteration(), nowNanos);
        return true;
    }

    /** The network was read (within an epoch or at its end): the next reading counts from here. */
    public void read(long iteration, long nowNanos) {
        lastIteration = iteration;
        lastNanos = nowNanos;
    }
}
