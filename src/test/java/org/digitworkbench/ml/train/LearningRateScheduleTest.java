package org.digitworkbench.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {
    private static final double PEAK = 0.01;
    private static final long TOTAL = 1001;

    @Test
    void constantKeepsTheRate() {
        for (long i = 0; i < TOTAL; i += 100) {
            assertEquals(PEAK, LearningRateSchedule.CONSTANT.rate(PEAK, i, TOTAL));
        }
    }

    @Test
    void stepDividesByFiveAtHalfAndByTwentyFiveAtEightyPercent() {
        assertEquals(PEAK, LearningRateSchedule.STEP.rate(PEAK, 499, TOTAL), 1e-12);
        assertEquals(PEAK / 5, LearningRateSchedule.STEP.rate(PEAK, 500, TOTAL), 1e-12);
        assertEquals(PEAK / 5, LearningRateSchedule.STEP.rate(PEAK, 799, TOTAL), 1e-12);
        assertEquals(PEAK / 25, LearningRateSchedule.STEP.rate(PEAK, 800, TOTAL), 1e-12);
    }

    @Test
    void cosineStartsAtThePeakPassesHalfWayAtTheMiddleAndEndsNearZero() {
        assertEquals(PEAK, LearningRateSchedule.COSINE.rate(PEAK, 0, TOTAL), 1e-12);
        assertEquals(PEAK / 2, LearningRateSchedule.COSINE.rate(PEAK, 500, TOTAL), PEAK * 1e-3);
        assertEquals(PEAK * 1e-3, LearningRateSchedule.COSINE.rate(PEAK, TOTAL - 1, TOTAL), 1e-12);
        double previous = Double.MAX_VALUE;
        for (long i = 0; i < TOTAL; i++) {
            double rate = LearningRateSchedule.COSINE.rate(PEAK, i, TOTAL);
            assertTrue(rate <= previous, "falls at every batch");
            previous = rate;
        }
    }

    @Test
    void oneCycleRampsUpOverThirtyPercentThenComesDown() {
        assertEquals(PEAK / 10, LearningRateSchedule.ONE_CYCLE.rate(PEAK, 0, TOTAL), 1e-12);
        assertEquals(PEAK * 0.55, LearningRateSchedule.ONE_CYCLE.rate(PEAK, 150, TOTAL), 1e-12);
        assertEquals(PEAK, LearningRateSchedule.ONE_CYCLE.rate(PEAK, 300, TOTAL), 1e-12);
        assertTrue(LearningRateSchedule.ONE_CYCLE.rate(PEAK, 650, TOTAL) < PEAK * 0.6);
        assertEquals(PEAK * 1e-3, LearningRateSchedule.ONE_CYCLE.rate(PEAK, TOTAL - 1, TOTAL), 1e-12);
    }

    @Test
    void idsRoundTripAndUnknownOnesAreNamed() {
        for (LearningRateSchedule s : LearningRateSchedule.values()) {
            assertEquals(s, LearningRateSchedule.fromId(s.id()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LearningRateSchedule.fromId("exponential"));
        assertTrue(e.getMessage().contains("cosine"), e.getMessage());
    }

    @Test
    void theUpdaterFollowsTheSchedule() {
        ScheduledRate rate = new ScheduledRate(LearningRateSchedule.COSINE, PEAK, TOTAL);
        assertEquals(PEAK, Optimizer.ADAM.updater(rate).getLearningRate(0, 0), 1e-12);
        assertEquals(PEAK / 2, Optimizer.SGD.updater(rate).getLearningRate(500, 0), PEAK * 1e-3);
        assertEquals(PEAK * 1e-3, Optimizer.RMSPROP.updater(rate).getLearningRate((int) TOTAL - 1, 0), 1e-12);
    }
}
