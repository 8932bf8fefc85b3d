package org.digitworkbench.gui.train.charts;

import java.util.List;

import io.fair_acc.chartfx.XYChart;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.ChartBounds;
import org.digitworkbench.gui.train.common.RatePlan;
import org.digitworkbench.gui.train.common.TickLabels;
import org.digitworkbench.gui.train.run.LoggedRun;
import org.digitworkbench.ml.train.SettingChange;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * The small third chart: the learning rate the shown run plans per batch, drawn whole when the run starts (and
 * again when its rate is changed), and a mark where a running run has got to. FX thread.
 */
public final class RateChart {
    public static final double WIDTH = 180;
    private final TrainChart chart;
    private final String plannedName;
    private final String nowName;
    private TrainingSettings planned;
    private List<SettingChange> plannedChanges = List.of();
    private double[][] plan = {new double[0], new double[0]};
    private ChartBounds.AxisRange yRange = ChartBounds.EMPTY_LOSS;

    public RateChart(Messages text) {
        chart = new TrainChart("rate-chart", text.get("train.chart.rateTitle"), text.get("train.chart.epoch"),
                text.get("train.chart.rate"), false, text.get("train.chart.zoomHint"));
        plannedName = text.get("train.chart.ratePlanned");
        nowName = text.get("train.chart.rateNow");
        XYChart node = chart.node();
        node.getStyleClass().add("rate-chart");
        // the small one of the three: the loss and accuracy charts take what width there is. Inline, as
        // Chart-fx's own stylesheet sets every chart's sizes (600x450) over what code sets
        node.setStyle(node.getStyle() + " -fx-pref-width: " + WIDTH + "px; -fx-min-width: 150px; -fx-max-width: " + (WIDTH + 30) + "px;");
        node.setLegendVisible(false);
        // rates are small: 0.001, 5e-4; a fixed number of decimals would round them all to 0
        chart.yAxis().setAxisLabelFormatter(new TickLabels(true));
        show(null);
    }

    public XYChart node() {
        return chart.node();
    }

    public TrainChart chart() {
        return chart;
    }

    /** The run's planned rate, and its mark while it runs; nothing without a run. */
    public void show(LoggedRun run) {
        TrainingSettings settings = run == null ? null : run.settings();
        List<SettingChange> changes = run == null ? List.of() : run.changes();
        if (settings != planned || !changes.equals(plannedChanges) || run == null) {
            planned = settings;
            plannedChanges = changes;
            List<double[]> points = settings == null ? List.of()
                    : RatePlan.of(settings, changes, run.charts()::batchesIn);
            plan = new double[][] {new double[points.size()], new double[points.size()]};
            double top = 0;
            for (int i = 0; i < points.size(); i++) {
                plan[0][i] = points.get(i)[0];
                plan[1][i] = points.get(i)[1];
                top = Math.max(top, points.get(i)[1]);
            }
            // a little room above the peak: a line on the plot's edge is hard to see
            yRange = top > 0 ? ChartBounds.fit(0, top * 1.1, 0, Double.POSITIVE_INFINITY) : ChartBounds.EMPTY_LOSS;
        }
        double[][] mark = {new double[0], new double[0]};
        if (settings != null && run.running() && run.charts().lastX() > 0) {
            double at = run.charts().lastX();
            mark = new double[][] {{at, at}, {yRange.lower(), RatePlan.at(settings, run.rate(), at)}};
        }
        chart.show(List.of(new TrainChart.Line(plannedName, plan[0], plan[1], "rate-planned", null),
                new TrainChart.Line(nowName, mark[0], mark[1], "rate-now", null)));
        chart.range(ChartBounds.lossEpochs(settings == null ? 1 : settings.epochs()), yRange, false);
    }
}
