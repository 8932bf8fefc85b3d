package org.digitworkbench.gui.train;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.digitworkbench.app.DecimatingSeries;
import org.digitworkbench.gui.common.Messages;

/**
 * The two live charts: loss per batch (raw and smoothed) and accuracy per epoch. They follow one
 * {@link RunCharts} at a time; {@link #sync} appends what is new, or reloads when points were thinned out
 * or another run is shown. FX thread.
 */
final class LiveCharts {
    private final LineChart<Number, Number> lossChart;
    private final LineChart<Number, Number> accuracyChart;
    private final List<Link> links = new ArrayList<>();
    private final NumberAxis lossX;
    private final NumberAxis accuracyX;
    private RunCharts shown;
    private final String testName;
    private final String validationName;

    /** One chart series fed from one data series. */
    private static final class Link {
        final XYChart.Series<Number, Number> series;
        final java.util.function.Function<RunCharts, DecimatingSeries> source;
        final double scale;
        int count;
        int rewrites;

        Link(XYChart.Series<Number, Number> series, java.util.function.Function<RunCharts, DecimatingSeries> source,
             double scale) {
            this.series = series;
            this.source = source;
            this.scale = scale;
        }
    }

    LiveCharts(Messages text) {
        lossX = axis(text.get("train.chart.epoch"));
        NumberAxis lossY = axis(text.get("train.chart.loss"));
        lossChart = chart(lossX, lossY, text.get("train.chart.lossTitle"), "loss-chart");
        accuracyX = axis(text.get("train.chart.epoch"));
        NumberAxis accuracyY = axis(text.get("train.chart.accuracy"));
        accuracyChart = chart(accuracyX, accuracyY, text.get("train.chart.accuracyTitle"), "accuracy-chart");
        link(lossChart, text.get("train.chart.lossRaw"), RunCharts::loss, 1);
        link(lossChart, text.get("train.chart.lossSmooth"), RunCharts::smoothLoss, 1);
        link(accuracyChart, text.get("train.chart.train"), RunCharts::trainAccuracy, 100);
        testName = text.get("train.chart.test");
        validationName = text.get("train.chart.validation");
        link(accuracyChart, testName, RunCharts::heldOutAccuracy, 100);
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setForceZeroInRange(false);
        axis.setAnimated(false);
        axis.setAutoRanging(true);
        return axis;
    }

    private static LineChart<Number, Number> chart(NumberAxis x, NumberAxis y, String title, String id) {
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.getStyleClass().add("train-chart");
        chart.setMinSize(200, 180);
        return chart;
    }

    private void link(LineChart<Number, Number> chart, String name,
                      java.util.function.Function<RunCharts, DecimatingSeries> source, double scale) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        chart.getData().add(series);
        links.add(new Link(series, source, scale));
    }

    LineChart<Number, Number> lossChart() {
        return lossChart;
    }

    LineChart<Number, Number> accuracyChart() {
        return accuracyChart;
    }

    /** Shows the run's charts, adding only the points the chart does not have yet. */
    void sync(RunRecord run) {
        RunCharts charts = run == null ? null : run.charts();
        boolean other = charts != shown;
        shown = charts;
        if (other && run != null) {
            // both x axes span the whole run, so the loss line's length shows how far it has come
            int epochs = run.settings().epochs();
            for (NumberAxis axis : new NumberAxis[] {lossX, accuracyX}) {
                axis.setAutoRanging(false);
                axis.setLowerBound(0);
                axis.setUpperBound(epochs);
                axis.setTickUnit(epochs <= 10 ? (axis == lossX && epochs <= 2 ? 0.25 : 1) : Math.ceil(epochs / 10.0));
            }
        }
        XYChart.Series<Number, Number> heldOut = links.get(links.size() - 1).series;
        String heldOutName = charts != null && charts.validated() ? validationName : testName;
        if (!heldOutName.equals(heldOut.getName())) {
            heldOut.setName(heldOutName);
        }
        for (Link link : links) {
            if (charts == null) {
                link.series.getData().clear();
                continue;
            }
            DecimatingSeries data = link.source.apply(charts);
            if (other || data.rewrites() != link.rewrites || data.size() < link.count) {
                List<XYChart.Data<Number, Number>> all = new ArrayList<>(data.size());
                for (int i = 0; i < data.size(); i++) {
                    all.add(new XYChart.Data<>(data.x(i), data.y(i) * link.scale));
                }
                link.series.getData().setAll(all);
            } else if (data.size() > link.count) {
                List<XYChart.Data<Number, Number>> added = new ArrayList<>(data.size() - link.count);
                for (int i = link.count; i < data.size(); i++) {
                    added.add(new XYChart.Data<>(data.x(i), data.y(i) * link.scale));
                }
                link.series.getData().addAll(added);
            }
            link.count = data.size();
            link.rewrites = data.rewrites();
        }
    }

    /** Total points on both charts (tests look at it). */
    int pointCount() {
        return links.stream().mapToInt(l -> l.series.getData().size()).sum();
    }
}
