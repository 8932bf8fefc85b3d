package org.digitworkbench.gui.train.charts;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.app.DecimatingSeries;
import org.digitworkbench.gui.train.common.ChartBounds;
import org.digitworkbench.gui.train.common.ChartOptions;
import org.digitworkbench.gui.train.common.LossSmoothing;
import org.digitworkbench.gui.train.run.RunCharts;
import org.digitworkbench.gui.train.run.RunComparison;

/**
 * What the two charts draw, worked out without the toolkit: for the run shown, its loss (raw and smoothed) and
 * validation loss, its accuracies per epoch; for runs compared, each run's smoothed loss and accuracies in its
 * colour; in epochs or minutes, with the axes' ranges. {@link LiveCharts} hands the result to the charts.
 */
public final class ChartLines {
    /** The lines' and axes' names, in the user's language. */
    public record Names(String loss, String smoothed, String validationLoss, String train, String test, String validation,
                 String epochs, String minutes) {
    }

    /** Both charts' lines and ranges; {@code xLabel} names the x axes. */
    public record Drawing(List<TrainChart.Line> loss, List<TrainChart.Line> accuracy, ChartBounds.AxisRange lossX,
                   ChartBounds.AxisRange lossY, ChartBounds.AxisRange accuracyX, ChartBounds.AxisRange accuracyY,
                   boolean logLoss, String xLabel) {
    }

    private final Names names;
    private final ChartOptions options;

    public ChartLines(Names names, ChartOptions options) {
        this.names = names;
        this.options = options;
    }

    /**
     * No run: empty charts over the planned epochs, with the lines the form's validation choice will give: the
     * held-out line named validation or test, and a test line beside a validation one when both are scored.
     */
    public Drawing planned(int epochs, boolean validated, boolean testedEachEpoch) {
        List<TrainChart.Line> loss = List.of(line(names.loss(), "loss-raw"), line(names.smoothed(), "loss-smoothed"));
        List<TrainChart.Line> accuracy = new ArrayList<>(List.of(line(names.train(), "accuracy-train"),
                line(validated ? names.validation() : names.test(), "accuracy-held-out")));
        if (validated && testedEachEpoch) {
            accuracy.add(line(names.test(), "accuracy-test"));
        }
        return new Drawing(loss, accuracy, xRange(epochs, 0, true), options.logLoss() ? ChartBounds.EMPTY_LOG_LOSS
                : ChartBounds.EMPTY_LOSS, xRange(epochs, 0, false), ChartBounds.EMPTY_ACCURACY, options.logLoss(),
                xLabel());
    }

    /** One run's lines. */
    public Drawing run(RunCharts charts, int epochs) {
        Timing time = new Timing(charts);
        DecimatingSeries raw = charts.loss();
        double[] rawY = raw.ys();
        List<TrainChart.Line> loss = new ArrayList<>();
        loss.add(line(names.loss(), "loss-raw", time.xs(raw), rawY));
        loss.add(line(names.smoothed(), "loss-smoothed", time.xs(raw),
                LossSmoothing.smooth(rawY, rawY.length, options.smoothing())));
        if (charts.validationLoss().size() > 0) {
            loss.add(line(names.validationLoss(), "loss-validation", time.xs(charts.validationLoss()),
                    charts.validationLoss().ys()));
        }
        List<TrainChart.Line> accuracy = new ArrayList<>();
        accuracy.add(line(names.train(), "accuracy-train", time.xs(charts.trainAccuracy()),
                percent(charts.trainAccuracy())));
        accuracy.add(line(charts.validated() ? names.validation() : names.test(), "accuracy-held-out",
                time.xs(charts.heldOutAccuracy()), percent(charts.heldOutAccuracy())));
        if (charts.testedEachEpoch()) {
            accuracy.add(line(names.test(), "accuracy-test", time.xs(charts.testAccuracy()),
                    percent(charts.testAccuracy())));
        }
        return drawing(loss, accuracy, epochs, time.last(charts.lastX()));
    }

    /** Runs compared: smoothed loss, train accuracy solid and held-out accuracy dashed, each in its colour. */
    public Drawing compared(List<RunComparison.Curves> curves, int epochs, List<String> palette) {
        List<TrainChart.Line> loss = new ArrayList<>();
        List<TrainChart.Line> accuracy = new ArrayList<>();
        double lastMinute = 0;
        for (RunComparison.Curves run : curves) {
            String colour = palette.get(run.colour() % palette.size());
            RunCharts charts = run.run().charts();
            Timing time = new Timing(charts);
            double[] rawY = charts.loss().ys();
            loss.add(new TrainChart.Line(run.name(), time.xs(charts.loss()),
                    LossSmoothing.smooth(rawY, rawY.length, options.smoothing()), "compared", stroke(colour, false)));
            accuracy.add(new TrainChart.Line(run.name() + " \u00b7 " + names.train(),
                    time.xs(charts.trainAccuracy()), percent(charts.trainAccuracy()), "compared", stroke(colour, false)));
            accuracy.add(new TrainChart.Line(run.name() + " \u00b7 " + (charts.validated() ? names.validation()
                    : names.test()), time.xs(charts.heldOutAccuracy()), percent(charts.heldOutAccuracy()),
                    "compared", stroke(colour, true)));
            lastMinute = Math.max(lastMinute, time.last(charts.lastX()));
        }
        return drawing(loss, accuracy, epochs, lastMinute);
    }

    private Drawing drawing(List<TrainChart.Line> loss, List<TrainChart.Line> accuracy, int epochs, double lastMinute) {
        double[][] lossYs = loss.stream().map(TrainChart.Line::ys).toArray(double[][]::new);
        double[][] accuracyYs = accuracy.stream().map(TrainChart.Line::ys).toArray(double[][]::new);
        ChartBounds.AxisRange lossY = options.logLoss() ? ChartBounds.logLoss(lossYs) : ChartBounds.loss(lossYs);
        return new Drawing(loss, accuracy, xRange(epochs, lastMinute, true), lossY, xRange(epochs, lastMinute, false),
                ChartBounds.accuracy(accuracyYs), options.logLoss(), xLabel());
    }

    private ChartBounds.AxisRange xRange(int epochs, double lastMinute, boolean loss) {
        if (options.overTime()) {
            return ChartBounds.minutes(lastMinute);
        }
        return loss ? ChartBounds.lossEpochs(epochs) : ChartBounds.accuracyEpochs(epochs);
    }

    private String xLabel() {
        return options.overTime() ? names.minutes() : names.epochs();
    }

    /** Maps a run's x from epochs to minutes when the charts are over time. */
    private final class Timing {
        private final RunCharts charts;

        Timing(RunCharts charts) {
            this.charts = charts;
        }

        double[] xs(DecimatingSeries series) {
            double[] xs = series.xs();
            if (options.overTime()) {
                for (int i = 0; i < xs.length; i++) {
                    xs[i] = charts.secondsAt(xs[i]) / 60;
                }
            }
            return xs;
        }

        double last(double lastX) {
            double minutes = charts.secondsAt(lastX) / 60;
            return Double.isFinite(minutes) ? minutes : 0;
        }
    }

    private static double[] percent(DecimatingSeries series) {
        double[] ys = series.ys();
        for (int i = 0; i < ys.length; i++) {
            ys[i] *= 100;
        }
        return ys;
    }

    /** A line of the shown run: its colours are the theme's, by style class in the stylesheet. */
    private static TrainChart.Line line(String name, String styleClass) {
        return line(name, styleClass, new double[0], new double[0]);
    }

    private static TrainChart.Line line(String name, String styleClass, double[] xs, double[] ys) {
        return new TrainChart.Line(name, xs, ys, styleClass, null);
    }

    private static String stroke(String colour, boolean dashed) {
        return "-fx-line-color: " + colour + "; -fx-marker-color: " + colour + "; -fx-line-width: 1.5;"
                + (dashed ? " -fx-line-dash-array: 6 4;" : "");
    }
}
