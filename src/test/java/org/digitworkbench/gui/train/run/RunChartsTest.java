package org.digitworkbench.gui.train.run;

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

    @Test
    void aRunsTimeAxisFollowsItsBatchesWhileLiveAndItsEpochsWhenReadBack() {
        RunCharts live = new RunCharts();
        long start = 1_000_000_000L;
        for (int batch = 1; batch <= 10; batch++) {
            live.add(new org.digitworkbench.ml.train.IterationEvent(1, batch, 10, batch, 0.5, 100),
                    start + batch * 500_000_000L);
        }
        assertEquals(0, live.secondsAt(0.1), 1e-9, "the first batch is the start");
        assertEquals(4.5, live.secondsAt(1.0), 1e-9, "nine more batches, half a second each");
        assertEquals(9.5, live.secondsAt(2.0), 1e-9, "beyond the last, at the run's pace");

        RunCharts past = new RunCharts();
        past.add(epoch(1, Double.NaN, 0.9));
        past.add(new EpochEvent(2, 3, 0.4, 0.85, Double.NaN, Double.NaN, 0.92, 3000, 1000));
        assertEquals(0.5, past.secondsAt(0.5), 1e-9);
        assertEquals(2.0, past.secondsAt(1.5), 1e-9);
        assertEquals(Double.NaN, new RunCharts().secondsAt(1));
    }

    @Test
    void theValidationLossIsKeptPerEpoch() {
        RunCharts charts = new RunCharts(true, false);
        charts.add(epoch(1, 0.85, Double.NaN));
        charts.add(new EpochEvent(2, 3, 0.5, 0.8, Double.NaN, 0.86, Double.NaN, 2000, 1000));
        assertEquals(1, charts.validationLoss().size(), "a NaN validation loss is no point");
        assertEquals(0.4, charts.validationLoss().y(0), 1e-12);
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
