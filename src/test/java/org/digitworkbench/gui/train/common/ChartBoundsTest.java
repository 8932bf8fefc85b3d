package org.digitworkbench.gui.train.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.digitworkbench.gui.train.common.ChartBounds.AxisRange;
import org.junit.jupiter.api.Test;

/** The charts' axis ranges, without the toolkit. */
class ChartBoundsTest {
    private static double[] series(double... ys) {
        return ys;
    }

    /** Accuracies as fractions, drawn in percent. */
    private static double[] percent(double... ys) {
        double[] scaled = ys.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= 100;
        }
        return scaled;
    }

    private static void assertFits(AxisRange range, double min, double max) {
        assertTrue(range.lower() <= min && range.upper() >= max, range + " misses " + min + ".." + max);
        assertTrue(range.tick() > 0);
    }

    @Test
    void emptyChartsHaveSensibleAxes() {
        assertEquals(new AxisRange(0, 1, 0.2), ChartBounds.loss(series(), series()));
        assertEquals(new AxisRange(0, 100, 20), ChartBounds.accuracy(series(), series()));
    }

    @Test
    void epochAxesSpanThePlannedRun() {
        assertEquals(new AxisRange(0.9, 5.1, 1), ChartBounds.accuracyEpochs(5));
        assertEquals(new AxisRange(0, 5, 1), ChartBounds.lossEpochs(5));
        assertEquals(new AxisRange(1 - 0.6, 30.6, 3), ChartBounds.accuracyEpochs(30));
        assertEquals(0, ChartBounds.accuracyEpochs(1).lower());
        assertEquals(1.05, ChartBounds.accuracyEpochs(1).upper(), 1e-12);
    }

    @Test
    void accuracyFitsTheDataWithinZeroToHundredPercent() {
        AxisRange range = ChartBounds.accuracy(percent(0.91, 0.95), percent(0.93, 0.972));
        assertFits(range, 91, 97.2);
        assertTrue(range.lower() >= 85 && range.upper() <= 100, "close to the data: " + range);

        AxisRange perfect = ChartBounds.accuracy(percent(1.0), percent(1.0));
        assertFits(perfect, 100, 100);
        assertEquals(100, perfect.upper(), "never above 100 %");
        assertTrue(perfect.lower() < 100);
    }

    @Test
    void lossFitsTheDataAndStaysAboveZero() {
        AxisRange range = ChartBounds.loss(series(2.31, 0.8, 0.12), series(2.31, 1.5, 0.9));
        assertFits(range, 0.12, 2.31);
        assertTrue(range.lower() >= 0 && range.upper() <= 3, range.toString());

        AxisRange small = ChartBounds.loss(series(0.031, 0.052));
        assertFits(small, 0.031, 0.052);
        assertTrue(small.upper() <= 0.1, small.toString());
    }

    @Test
    void nonFiniteLossesAreLeftOut() {
        AxisRange range = ChartBounds.loss(series(0.5, Double.NaN, Double.POSITIVE_INFINITY, 0.7));
        assertFits(range, 0.5, 0.7);
        assertTrue(Double.isFinite(range.upper()));
    }

    @Test
    void aLogLossAxisSpansWholePowersOfTenAroundThePositiveValues() {
        assertEquals(new AxisRange(0.01, 10, 1), ChartBounds.logLoss(series(2.31, 0.05), series(0.0, Double.NaN)));
        assertEquals(new AxisRange(0.1, 1, 1), ChartBounds.logLoss(series(0.5)));
        assertEquals(ChartBounds.EMPTY_LOG_LOSS, ChartBounds.logLoss(series(0.0, -1)));
    }

    @Test
    void aTimeAxisRunsFromZeroToTheLastMinuteOnRoundNumbers() {
        AxisRange range = ChartBounds.minutes(7.3);
        assertEquals(0, range.lower());
        assertTrue(range.upper() >= 7.3 && range.upper() <= 8, range.toString());
        assertEquals(new AxisRange(0, 1, 0.2), ChartBounds.minutes(Double.NaN));
    }
}
