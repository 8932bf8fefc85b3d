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
    void oneCyclePeaksAtThirtyPercent() {
        long peakAt = 0;
        for (long i = 0; i < TOTAL; i++) {
            if (LearningRateSchedule.ONE_CYCLE.rate(PEAK, i, TOTAL) > LearningRateSchedule.ONE_CYCLE.rate(PEAK, peakAt, TOTAL)) {
                peakAt = i;
            }
        }
        assertEquals(300, peakAt);
    }

    @Test
    void warmUpRampsLinearlyFromNearlyZeroToTheSchedulesRate() {
        long warmup = 100;
        assertEquals(PEAK / 100, LearningRateSchedule.CONSTANT.rate(PEAK, 0, TOTAL, warmup), 1e-12);
        assertEquals(PEAK / 2, LearningRateSchedule.CONSTANT.rate(PEAK, 49, TOTAL, warmup), 1e-12);
        assertEquals(PEAK, LearningRateSchedule.CONSTANT.rate(PEAK, 99, TOTAL, warmup), 1e-12);
        assertEquals(PEAK, LearningRateSchedule.CONSTANT.rate(PEAK, 100, TOTAL, warmup), 1e-12);
        double cosine = LearningRateSchedule.COSINE.rate(PEAK, 49, TOTAL);
        assertEquals(cosine / 2, LearningRateSchedule.COSINE.rate(PEAK, 49, TOTAL, warmup), 1e-12, "scales the schedule");
        assertEquals(PEAK / 25, LearningRateSchedule.STEP.rate(PEAK, 900, TOTAL, warmup), 1e-12, "after it: the schedule");
        for (long i = 0; i < TOTAL; i += 10) {
            assertEquals(LearningRateSchedule.ONE_CYCLE.rate(PEAK, i, TOTAL),
                    LearningRateSchedule.ONE_CYCLE.rate(PEAK, i, TOTAL, warmup), 1e-15, "one-cycle keeps its own ramp");
        }
    }

    @Test
    void warmUpIsCountedInEpochsAndCheckedAgainstTheRun() {
        TrainingSettings settings = TrainingSettings.defaults(org.digitworkbench.data.DatasetId.MNIST,
                org.digitworkbench.ml.arch.Architecture.MLP);
        assertEquals(0, settings.warmupBatches(938));
        assertEquals(469, settings.withWarmup(0.5).warmupBatches(938), "half the first epoch");
        assertEquals(1, settings.withWarmup(0.0001).warmupBatches(938), "any warm-up is at least a batch");
        assertTrue(settings.withWarmup(0.5).problems().isEmpty());
        assertTrue(settings.withWarmup(2).problems().get(0).contains("warm-up"), "longer than the one-epoch run");
        assertTrue(settings.withWarmup(-1).problems().get(0).contains("warm-up"));
        assertEquals(0.5, settings.withWarmup(0.5).withRecipe(LearningRateSchedule.COSINE,
                Augmentation.NONE, 0).warmup(), "kept through the other withers");
    }

    @Test
    void theUpdaterWarmsUp() {
        ScheduledRate rate = new ScheduledRate(LearningRateSchedule.CONSTANT, PEAK, TOTAL, 10);
        assertEquals(PEAK / 10, Optimizer.ADAM.updater(rate).getLearningRate(0, 0), 1e-12);
        assertEquals(PEAK, Optimizer.ADAM.updater(rate).getLearningRate(10, 0), 1e-12);
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
