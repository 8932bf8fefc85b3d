package org.digitworkbench.gui.train.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** TensorBoard's debiased smoothing, which the loss line and the values under the charts use. */
class LossSmoothingTest {
    /** A loss that drops at once: the smoothed line follows within a few points instead of keeping the first. */
    @Test
    void theSmoothedLossIsADebiasedMovingAverageStartingAtTheFirstValue() {
        double[] loss = new double[31];
        java.util.Arrays.fill(loss, 0.5);
        loss[0] = 2.0;
        double w = 0.95;
        double[] smoothed = LossSmoothing.smooth(loss, loss.length, w);
        assertEquals(2.0, smoothed[0], 1e-12, "one point: itself");
        double firstWeight = (1 - w) * Math.pow(w, 30) / (1 - Math.pow(w, 31));
        assertEquals(0.5 + 1.5 * firstWeight, smoothed[30], 1e-12);
        assertTrue(smoothed[30] < 0.53, "seeded with the first loss it was 0.82: " + smoothed[30]);
    }

    @Test
    void noWeightIsTheCurveItselfAndNotANumberIsSkipped() {
        double[] loss = {1.0, 0.8, Double.NaN, 0.6};
        assertArrayEquals(new double[] {1.0, 0.8, 0.8, 0.6}, LossSmoothing.smooth(loss, 4, 0), 1e-12);
        assertEquals(Double.NaN, LossSmoothing.smooth(new double[] {Double.NaN}, 1, 0.5)[0]);
        double[] heavy = LossSmoothing.smooth(new double[] {1, 0}, 2, 5);
        assertEquals(0.99 * 0.01 / (0.99 * 0.01 + 0.01), heavy[1], 1e-9, "the weight is held at 0.99");
    }
}
