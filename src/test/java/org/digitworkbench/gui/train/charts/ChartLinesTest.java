package org.digitworkbench.gui.train.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.digitworkbench.gui.train.common.ChartOptions;
import org.digitworkbench.gui.train.run.RunCharts;
import org.digitworkbench.ml.train.EpochEvent;
import org.digitworkbench.ml.train.IterationEvent;
import org.junit.jupiter.api.Test;

/** What the charts draw for the chart options, without the toolkit. */
class ChartLinesTest {
    private static final ChartLines.Names NAMES = new ChartLines.Names("Loss", "Smoothed", "Validation loss", "Train",
            "Test", "Validation", "Epoch", "Time (minutes)");

    /** Two epochs of ten batches, six seconds a batch; validation after each epoch. */
    private static RunCharts run() {
        RunCharts charts = new RunCharts(true, false);
        long start = 1_000_000_000L;
        for (int epoch = 1; epoch <= 2; epoch++) {
            for (int batch = 1; batch <= 10; batch++) {
                int done = (epoch - 1) * 10 + batch;
                charts.add(new IterationEvent(epoch, batch, 10, done, 2.0 / done, 100), start + (done - 1) * 6_000_000_000L);
            }
            charts.add(new EpochEvent(epoch, 2, 0.5, 0.9, 0.4 / epoch, 0.88, Double.NaN, 60_000L * epoch, 0));
        }
        return charts;
    }

    @Test
    void theShownRunsLinesInEpochsWithTheValidationLoss() {
        ChartOptions options = new ChartOptions();
        ChartLines.Drawing drawing = new ChartLines(NAMES, options).run(run(), 2);
        assertEquals(List.of("Loss", "Smoothed", "Validation loss"), drawing.loss().stream().map(TrainChart.Line::name).toList());
        assertEquals(List.of("Train", "Validation"), drawing.accuracy().stream().map(TrainChart.Line::name).toList());
        assertArrayEquals(new double[] {1, 2}, drawing.loss().get(2).xs(), 1e-12);
        assertEquals("Epoch", drawing.xLabel());
        assertEquals(2, drawing.lossX().upper(), 1e-12);
        assertEquals(90.0, drawing.accuracy().get(0).ys()[0], 1e-9, "accuracy in percent");
        assertEquals(2.0, drawing.loss().get(1).ys()[0], 1e-12, "the smoothed line starts at the first loss");
    }

    @Test
    void overTimeXIsMinutesSinceTheFirstBatchAndTheLossAxisCanBeLogarithmic() {
        ChartOptions options = new ChartOptions();
        options.overTimeProperty().set(true);
        options.logLossProperty().set(true);
        ChartLines.Drawing drawing = new ChartLines(NAMES, options).run(run(), 2);
        double[] minutes = drawing.loss().get(0).xs();
        assertEquals(0, minutes[0], 1e-9);
        assertEquals(19 * 6 / 60.0, minutes[minutes.length - 1], 1e-9, "the 20th batch 114 s after the first");
        assertEquals("Time (minutes)", drawing.xLabel());
        assertTrue(drawing.lossX().upper() >= minutes[minutes.length - 1]);
        assertTrue(drawing.logLoss());
        assertEquals(0.1, drawing.lossY().lower(), 1e-12, "from the power of ten under 0.1 (2/20)");
        assertEquals(10, drawing.lossY().upper(), 1e-12);
    }

    @Test
    void noSmoothingDrawsTheLossItself() {
        ChartOptions options = new ChartOptions();
        options.smoothingProperty().set(0);
        ChartLines.Drawing drawing = new ChartLines(NAMES, options).run(run(), 2);
        assertArrayEquals(drawing.loss().get(0).ys(), drawing.loss().get(1).ys(), 1e-12);
    }
}
