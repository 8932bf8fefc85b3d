package org.digitworkbench.gui.train.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.digitworkbench.ml.train.IterationEvent;
import org.junit.jupiter.api.Test;

/** Readings within an epoch: a quarter epoch and ten seconds apart, whichever is later; never at an epoch's end. */
class WatchScheduleTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private static IterationEvent batch(int epoch, int inEpoch, int perEpoch) {
        return new IterationEvent(epoch, inEpoch, perEpoch, (long) (epoch - 1) * perEpoch + inEpoch, 1, 100);
    }

    @Test
    void aLongEpochIsReadEveryQuarter() {
        WatchSchedule schedule = new WatchSchedule(0);
        // 1000 batches of 0.1 s: a quarter takes 25 s, longer than the 10 s
        assertFalse(schedule.due(batch(1, 249, 1000), 249 * SECOND / 10));
        assertTrue(schedule.due(batch(1, 250, 1000), 25 * SECOND));
        assertFalse(schedule.due(batch(1, 251, 1000), 251 * SECOND / 10));
        assertFalse(schedule.due(batch(1, 499, 1000), 499 * SECOND / 10));
        assertTrue(schedule.due(batch(1, 500, 1000), 50 * SECOND));
    }

    @Test
    void aFastEpochWaitsTenSeconds() {
        WatchSchedule schedule = new WatchSchedule(0);
        // 1000 batches of 0.02 s: a quarter is 5 s, so the 10 s decide
        assertFalse(schedule.due(batch(1, 250, 1000), 5 * SECOND));
        assertFalse(schedule.due(batch(1, 499, 1000), 9 * SECOND));
        assertTrue(schedule.due(batch(1, 500, 1000), 10 * SECOND));
    }

    @Test
    void theLastBatchIsLeftToTheEpochsEndAndTheEndCountsAsAReading() {
        WatchSchedule schedule = new WatchSchedule(0);
        assertFalse(schedule.due(batch(1, 8, 8), 60 * SECOND));
        schedule.read(8, 60 * SECOND);
        assertFalse(schedule.due(batch(2, 1, 8), 71 * SECOND), "a quarter epoch since the end's reading");
        assertFalse(schedule.due(batch(2, 4, 8), 65 * SECOND), "ten seconds since the end's reading");
        assertTrue(schedule.due(batch(2, 4, 8), 70 * SECOND));
    }
}
