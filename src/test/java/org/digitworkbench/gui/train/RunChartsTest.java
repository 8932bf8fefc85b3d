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
