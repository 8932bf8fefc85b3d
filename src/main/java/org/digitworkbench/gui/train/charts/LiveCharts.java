package org.digitworkbench.gui.train.charts;

import java.util.List;
import java.util.function.Supplier;

import io.fair_acc.chartfx.XYChart;
import javafx.beans.Observable;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.ChartOptions;
import org.digitworkbench.gui.train.run.RunComparison;
import org.digitworkbench.gui.train.run.LoggedRun;
import org.digitworkbench.ml.train.ValidationPlan;

/**
 * The loss and accuracy charts: the shown run's lines ({@link #sync}), the runs compared ({@link #overlay}), or
 * empty axes over the run the form would start ({@link #showPlanned}); drawn again whenever the chart options
 * change. What to draw comes from {@link ChartLines}. FX thread.
 */
public final class LiveCharts {
    /** The compared runs' colours (Okabe and Ito's, told apart with most colour blindness). */
    public static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#999999", "#000000");
    private final TrainChart loss;
    private final TrainChart accuracy;
    private final ChartLines lines;
    private Supplier<ChartLines.Drawing> last;
    private boolean overlaid;
    private LoggedRun shown;

    public LiveCharts(Messages text, ChartOptions options) {
        loss = new TrainChart("loss-chart", text.get("train.chart.lossTitle"), text.get("train.chart.epoch"),
                text.get("train.chart.loss"), false, text.get("train.chart.zoomHint"));
        accuracy = new TrainChart("accuracy-chart", text.get("train.chart.accuracyTitle"),
                text.get("train.chart.epoch"), text.get("train.chart.accuracy"), true, text.get("train.chart.zoomHint"));
        lines = new ChartLines(new ChartLines.Names(text.get("train.chart.lossRaw"), text.get("train.chart.lossSmooth"),
                text.get("train.chart.validationLoss"), text.get("train.chart.train"), text.get("train.chart.test"),
                text.get("train.chart.validation"), text.get("train.chart.epoch"), text.get("train.chart.minutes")),
                options);
        for (Observable option : List.of(options.smoothingProperty(), options.logLossProperty(),
                options.overTimeProperty())) {
            option.addListener(o -> redraw());
        }
        showPlanned(1, ValidationPlan.NONE);
    }

    public XYChart lossChart() {
        return loss.node();
    }

    public XYChart accuracyChart() {
        return accuracy.node();
    }

    public TrainChart loss() {
        return loss;
    }

    public TrainChart accuracy() {
        return accuracy;
    }

    /** No run shown: empty charts over the epochs, and with the lines, of the run the form would start. */
    public void showPlanned(int epochs, ValidationPlan plan) {
        if (shown != null || overlaid) {
            return;
        }
        draw(() -> lines.planned(epochs, plan.holdsOut(), plan.testEachEpoch()));
    }

    /** Shows the run's lines as they stand now. */
    public void sync(LoggedRun run) {
        overlaid = false;
        shown = run;
        if (run == null) {
            return;
        }
        draw(() -> lines.run(run.charts(), run.settings().epochs()));
    }

    /** The runs compared, drawn over each other in their colours; the view shows its own legend of them. */
    public void overlay(List<RunComparison.Curves> curves, int epochs, List<String> palette) {
        overlaid = true;
        shown = null;
        draw(() -> lines.compared(curves, epochs, palette));
    }

    private void draw(Supplier<ChartLines.Drawing> what) {
        last = what;
        ChartLines.Drawing drawing = what.get();
        loss.setXLabel(drawing.xLabel());
        accuracy.setXLabel(drawing.xLabel());
        loss.show(drawing.loss());
        accuracy.show(drawing.accuracy());
        loss.range(drawing.lossX(), drawing.lossY(), drawing.logLoss());
        accuracy.range(drawing.accuracyX(), drawing.accuracyY(), false);
        loss.setLegendVisible(!overlaid);
        accuracy.setLegendVisible(!overlaid);
    }

    private void redraw() {
        if (last != null) {
            draw(last);
        }
    }

    /** Total points on both charts (tests look at it). */
    public int pointCount() {
        return loss.lines().stream().mapToInt(d -> d.getDataCount()).sum()
                + accuracy.lines().stream().mapToInt(d -> d.getDataCount()).sum();
    }
}
