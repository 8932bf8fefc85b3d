package org.digitworkbench.gui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.digitworkbench.ml.train.EpochEvent;
import org.junit.jupiter.api.Test;

/** Which accuracy lines a run has: held out (validation, else test) and, with validation, test each epoch. */
class RunChartsTest {
    private static EpochEvent epoch(int epoch, double validation, double test) {
        return new EpochEvent(epoch, 3, 0.5, 0.8, 0.4, validation, test, 1000, 2000);
    }

    /** A loss that drops at once: the smoothed line follows within a few batches instead of keeping the first. */
    @Test
    void theSmoothedLossIsADebiasedMovingAverage() {
        RunCharts charts = new RunCharts();
        assertEquals(Double.NaN, charts.smoothedLoss());
        charts.addLoss(0, 2.0);
        assertEquals(2.0, charts.smoothedLoss(), 1e-12, "one batch: its own loss");
        for (int batch = 1; batch <= 30; batch++) {
            charts.addLoss(batch, 0.5);
        }
        double w = 1 - RunCharts.SMOOTHING;
        double firstWeight = RunCharts.SMOOTHING * Math.pow(w, 30) / (1 - Math.pow(w, 31));
        assertEquals(0.5 + 1.5 * firstWeight, charts.smoothedLoss(), 1e-12);
        assertTrue(charts.smoothedLoss() < 0.53, "seeded with the first loss it was 0.82: " + charts.smoothedLoss());
        assertEquals(charts.smoothedLoss(), charts.smoothLoss().y(charts.smoothLoss().size() - 1), 1e-12);
    }

    @Test
    void withoutValidationTheTestSetIsTheHeldOutLine() {
        RunCharts charts = new RunCharts(false, true);
        charts.add(epoch(1, Double.NaN, 0.9));
        assertFalse(charts.validated());
        assertFalse(charts.testedEachEpoch(), "no second line for the test set");
        assertEquals(0.9, charts.heldOutAccuracy().y(0), 1e-12);
        assertEquals(0, charts.testAccuracy().size());
    }

    @Test
    void withValidationTheTestSetEachEpochHasItsOwnLine() {
        RunCharts charts = new RunCharts(true, true);
        assertTrue(charts.validated() && charts.testedEachEpoch(), "both lines from the start");
        charts.add(epoch(1, 0.85, 0.9));
        charts.add(epoch(2, 0.87, 0.91));
        assertEquals(0.87, charts.heldOutAccuracy().y(1), 1e-12);
        assertEquals(2, charts.testAccuracy().size());
        assertEquals(0.91, charts.testAccuracy().y(1), 1e-12);
    }

    @Test
    void aPastRunsLinesComeFromItsEpochs() {
        RunCharts validatedOnly = new RunCharts();
        validatedOnly.add(epoch(1, 0.85, Double.NaN));
        assertTrue(validatedOnly.validated());
        assertFalse(validatedOnly.testedEachEpoch());
        RunCharts both = new RunCharts();
        both.add(epoch(1, 0.85, 0.9));
        assertTrue(both.testedEachEpoch());
    }
}
