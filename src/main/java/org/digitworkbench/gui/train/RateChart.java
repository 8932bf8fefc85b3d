package org.digitworkbench.gui.train;

import java.util.List;
import java.util.Locale;

import javafx.collections.FXCollections;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.train.SettingChange;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * The small third chart: the learning rate the shown run plans per batch, drawn whole when the run starts (and
 * again when its rate is changed), and a mark where a running run has got to. FX thread.
 */
final class RateChart {
    static final double WIDTH = 220;
    private final NumberAxis x = new NumberAxis();
    private final NumberAxis y = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(x, y);
    private TrainingSettings planned;
    private List<SettingChange> plannedChanges = List.of();

    RateChart(Messages text) {
        for (NumberAxis axis : List.of(x, y)) {
            axis.setAutoRanging(false);
            axis.setAnimated(false);
            axis.setForceZeroInRange(false);
        }
        y.setLabel(text.get("train.chart.rate"));
        chart.setId("rate-chart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().addAll("train-chart", "rate-chart");
        chart.setPrefWidth(WIDTH);
        chart.setMinWidth(WIDTH * 0.7);
        chart.setMinHeight(0);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number rate) {
                // rates are small: 0.001, 5e-4; the axis' own format rounded them all to 0
                return rate.doubleValue() == 0 ? "0" : String.format(Locale.ROOT, "%.1g", rate.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        chart.setAccessibleText(text.get("train.chart.rateTitle"));
        chart.getData().setAll(List.of(new XYChart.Series<>(), new XYChart.Series<>()));
        apply(x, ChartBounds.lossEpochs(1));
        apply(y, ChartBounds.EMPTY_LOSS);
    }

    LineChart<Number, Number> node() {
        return chart;
    }

    /** The run's planned rate, and its mark while it runs; nothing without a run. */
    void show(RunRecord run) {
        TrainingSettings settings = run == null ? null : run.settings();
        List<SettingChange> changes = run == null ? List.of() : run.changes();
        if (settings != planned || !changes.equals(plannedChanges)) {
            planned = settings;
            plannedChanges = changes;
            XYChart.Series<Number, Number> plan = new XYChart.Series<>();
            double top = 0;
            if (settings != null) {
                for (double[] point : RatePlan.of(settings, changes, run.charts().batchesPerEpoch())) {
                    plan.getData().add(new XYChart.Data<>(point[0], point[1]));
                    top = Math.max(top, point[1]);
                }
            }
            // a new series, not an emptied one: a LineChart keeps drawing an emptied series' old line
            chart.getData().setAll(List.of(plan, new XYChart.Series<>()));
            apply(x, ChartBounds.lossEpochs(settings == null ? 1 : settings.epochs()));
            apply(y, top > 0 ? ChartBounds.fit(0, top, 0, Double.POSITIVE_INFINITY) : ChartBounds.EMPTY_LOSS);
        }
        XYChart.Series<Number, Number> mark = chart.getData().get(1);
        if (settings == null || run.outcome() != null || run.charts().lastX() <= 0) {
            if (!mark.getData().isEmpty()) {
                chart.getData().set(1, new XYChart.Series<>());
            }
            return;
        }
        double at = run.charts().lastX();
        double rate = RatePlan.at(settings, run.rate(), at);
        mark.getData().setAll(FXCollections.observableArrayList(
                new XYChart.Data<>(at, y.getLowerBound()), new XYChart.Data<>(at, rate)));
    }

    private static void apply(NumberAxis axis, ChartBounds.AxisRange range) {
        axis.setLowerBound(range.lower());
        axis.setUpperBound(range.upper());
        axis.setTickUnit(range.tick());
    }
}
