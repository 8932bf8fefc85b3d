package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.digitworkbench.app.RunEntry.LossPoint;
import org.digitworkbench.ml.train.IterationEvent;
import org.digitworkbench.ml.train.TrainingSettings;
import org.junit.jupiter.api.Test;

/** The loss trace thins a long run but keeps each kept batch's step and rate, and every epoch's last batch. */
class LossTraceTest {
    private static final int PER_EPOCH = 937;

    private static IterationEvent batch(long step, double rate) {
        int epoch = (int) ((step - 1) / PER_EPOCH) + 1;
        int inEpoch = (int) ((step - 1) % PER_EPOCH) + 1;
        return new IterationEvent(epoch, inEpoch, PER_EPOCH, step, 10.0 / step, 1000, rate);
    }

    @Test
    void thinnedPointsKeepTheirOwnStepAndRate() {
        LossTrace trace = new LossTrace();
        int epochs = 7;
        for (long step = 1; step <= (long) epochs * PER_EPOCH; step++) {
            trace.add(batch(step, step * 1e-6));
        }

        List<LossPoint> points = trace.points();
        assertTrue(points.size() < (long) epochs * PER_EPOCH / 4, "thinned to " + points.size());
        assertTrue(points.size() <= LossTrace.MAX_POINTS, "at most the cap, epoch ends included");
        for (int i = 0; i < points.size(); i++) {
            LossPoint point = points.get(i);
            assertEquals(10.0 / point.step(), point.loss(), 1e-12, "the loss of step " + point.step());
            assertEquals(point.step() * 1e-6, point.learningRate(), 1e-15, "the rate of step " + point.step());
            assertEquals(LossTrace.x(batch(point.step(), 0)), point.x(), 1e-12);
            if (i > 0) {
                assertTrue(point.step() > points.get(i - 1).step(), "in the order of the batches, none twice");
            }
        }
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long last = (long) epoch * PER_EPOCH;
            assertTrue(points.stream().anyMatch(p -> p.step() == last && p.x() == (double) p.step() / PER_EPOCH),
                    "epoch " + (last / PER_EPOCH) + " ends at step " + last);
        }
        assertEquals(1, points.get(0).step(), "the first batch is kept");
    }

    @Test
    void aRunOfAsManyEpochsAsAllowedStaysWithinTheCapEpochEndsIncluded() {
        LossTrace trace = new LossTrace();
        int perEpoch = 20;
        for (int step = 1; step <= TrainingSettings.MAX_EPOCHS * perEpoch; step++) {
            trace.add(new IterationEvent((step - 1) / perEpoch + 1, (step - 1) % perEpoch + 1, perEpoch, step,
                    1.0 / step, 1000, 0.001));
        }

        List<LossPoint> points = trace.points();
        assertTrue(points.size() <= LossTrace.MAX_POINTS, points.size() + " points: the window reloads them unthinned");
        assertEquals(TrainingSettings.MAX_EPOCHS, points.stream().filter(p -> p.step() % perEpoch == 0).count(),
                "every epoch's last batch");
    }

    @Test
    void aRateNotKnownIsNullAndABatchWithoutALossIsLeftOut() {
        LossTrace trace = new LossTrace();
        trace.add(new IterationEvent(1, 1, 2, 1, 0.5, 1000));
        trace.add(new IterationEvent(1, 2, 2, 2, Double.NaN, 1000, 0.01));

        List<LossPoint> points = trace.points();
        assertEquals(1, points.size());
        assertNull(points.get(0).learningRate());
        assertEquals(1, points.get(0).step());
    }
}
