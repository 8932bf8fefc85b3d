package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The time left counts down steadily, from the run's own pace, and says nothing before it can. */
class RemainingTimeTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long TOTAL = 3 * 938; // three epochs of MNIST at batch 64

    /**
     * Reports ten times a second of a run that does {@code batchesPerSecond} after a first batch of
     * {@code firstBatchNanos}; the figures shown, ESTIMATING included, with the true time left beside each.
     */
    private static List<long[]> run(RemainingTime remaining, double batchesPerSecond, long firstBatchNanos) {
        List<long[]> shown = new ArrayList<>();
        for (long t = firstBatchNanos; ; t += SECOND / 10) {
            long done = Math.min(TOTAL, 1 + (long) ((t - firstBatchNanos) / 1e9 * batchesPerSecond));
            long truth = (long) ((TOTAL - done) / batchesPerSecond * 1e9);
            shown.add(new long[] {remaining.update(done, TOTAL, t), truth});
            if (done == TOTAL) {
                return shown;
            }
        }
    }

    private static void assertSteady(List<long[]> shown) {
        long previous = -1;
        for (long[] s : shown) {
            long now = s[0];
            if (now == RemainingTime.ESTIMATING) {
                assertEquals(-1, previous, "no going back to estimating");
                continue;
            }
            if (previous >= 0) {
                assertTrue(now <= previous, "counts down: " + previous + " then " + now);
                // a tenth of a second passed; more than a quarter of the figure besides would be a jump
                assertTrue(previous - now <= SECOND / 10 + previous / 4, previous + " jumped to " + now);
            }
            previous = now;
        }
    }

    @Test
    void aSteadyRunCountsDownSmoothly() {
        List<long[]> shown = run(new RemainingTime(Double.NaN), 50, SECOND / 20);
        assertEquals(RemainingTime.ESTIMATING, shown.get(0)[0], "nothing after the first batch");
        assertSteady(shown);
        long[] first = shown.stream().filter(s -> s[0] >= 0).findFirst().orElseThrow();
        assertEquals(first[1], first[0], first[1] * 0.05, "the first figure is about right");
    }

    @Test
    void aSlowFirstBatchDoesNotMakeAHugeEstimate() {
        // eight seconds of warm-up, then 50 batches a second: about 56 s left, never minutes
        List<long[]> shown = run(new RemainingTime(Double.NaN), 50, 8 * SECOND);
        assertSteady(shown);
        for (long[] s : shown) {
            assertTrue(s[0] <= s[1] * 1.1 + SECOND, s[0] / 1e9 + " s shown, " + s[1] / 1e9 + " s left");
        }
    }

    @Test
    void theFirstSecondsSayNothing() {
        RemainingTime remaining = new RemainingTime(Double.NaN);
        assertEquals(RemainingTime.ESTIMATING, remaining.update(1, TOTAL, SECOND));
        assertEquals(RemainingTime.ESTIMATING, remaining.update(200, TOTAL, SECOND + SECOND / 2),
                "many batches but too short a time");
        assertEquals(RemainingTime.ESTIMATING, remaining.update(5, TOTAL, 10 * SECOND), "too few batches");
    }

    @Test
    void aWrongPriorFadesWithoutJumps() {
        // the prior says four times faster than the run goes
        List<long[]> shown = run(new RemainingTime(SECOND / 200.0), 50, SECOND / 20);
        long previous = -1;
        for (long[] s : shown) {
            if (s[0] >= 0 && previous >= 0) {
                assertTrue(Math.abs(s[0] - previous) <= SECOND / 10 + previous / 4, previous + " to " + s[0]);
            }
            previous = s[0] >= 0 ? s[0] : previous;
        }
        long[] halfway = shown.get(shown.size() / 2);
        assertEquals(halfway[1], halfway[0], halfway[1] * 0.1, "the run's own pace decides by half way");
    }

    @Test
    void aGoodPriorGivesAGoodFirstFigure() {
        List<long[]> shown = run(new RemainingTime(SECOND / 50.0), 50, SECOND / 20);
        assertSteady(shown);
        long[] first = shown.stream().filter(s -> s[0] >= 0).findFirst().orElseThrow();
        assertEquals(first[1], first[0], first[1] * 0.05);
    }
}
