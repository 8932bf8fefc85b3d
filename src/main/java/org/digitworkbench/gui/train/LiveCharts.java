package org.digitworkbench.gui.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.collections.FXCollections;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.digitworkbench.app.DecimatingSeries;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.train.ValidationPlan;

/**
 * The two live charts: loss per batch (raw and smoothed) and accuracy per epoch. They follow one
 * {@link RunCharts} at a time; {@link #sync} appends what is new, or reloads when points were thinned out
 * or another run is shown. FX thread.
 */
final class LiveCharts {
    /** The compared runs' colours (Okabe and Ito's, told apart with most colour blindness). */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#999999", "#000000");
    private final LineChart<Number, Number> lossChart;
    private final LineChart<Number, Number> accuracyChart;
    private final List<Link> links = new ArrayList<>();
    private final NumberAxis lossX;
    private final NumberAxis lossY;
    private final NumberAxis accuracyX;
    private final NumberAxis accuracyY;
    private final String trainName;
    private final String testName;
    private final String validationName;
    private RunCharts shown;
    private final Link heldOut;
    private boolean shownValidated;
    private boolean shownTested;
    private boolean overlaid;

    /** One chart series fed from one data series. */
    private static final class Link {
        final LineChart<Number, Number> chart;
        String name;
        final Function<RunCharts, DecimatingSeries> source;
        final double scale;
        final boolean onlyWhenTested;
        XYChart.Series<Number, Number> series;
        int count;
        int rewrites;

        Link(LineChart<Number, Number> chart, String name, Function<RunCharts, DecimatingSeries> source,
             double scale, boolean onlyWhenTested) {
            this.chart = chart;
            this.name = name;
            this.source = source;
            this.scale = scale;
            this.onlyWhenTested = onlyWhenTested;
            this.series = new XYChart.Series<>();
            series.setName(name);
        }
    }

    LiveCharts(Messages text) {
        lossX = axis(text.get("train.chart.epoch"));
        lossY = axis(text.get("train.chart.loss"));
        lossChart = chart(lossX, lossY, text.get("train.chart.lossTitle"), "loss-chart");
        accuracyX = axis(text.get("train.chart.epoch"));
        accuracyY = axis(text.get("train.chart.accuracy"));
        accuracyChart = chart(accuracyX, accuracyY, text.get("train.chart.accuracyTitle"), "accuracy-chart");
        link(lossChart, text.get("train.chart.lossRaw"), RunCharts::loss, 1);
        link(lossChart, text.get("train.chart.lossSmooth"), RunCharts::smoothLoss, 1);
        trainName = text.get("train.chart.train");
        link(accuracyChart, trainName, RunCharts::trainAccuracy, 100);
        testName = text.get("train.chart.test");
        validationName = text.get("train.chart.validation");
        link(accuracyChart, testName, RunCharts::heldOutAccuracy, 100);
        // the test set's line beside the validation's, only for runs that score both each epoch
        link(accuracyChart, testName, RunCharts::testAccuracy, 100, true);
        heldOut = links.get(links.size() - 2);
        showPlanned(1, ValidationPlan.NONE);
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setForceZeroInRange(false);
        axis.setAnimated(false);
        // the ranges come from ChartBounds, set with the points they fit
        axis.setAutoRanging(false);
        return axis;
    }

    private static LineChart<Number, Number> chart(NumberAxis x, NumberAxis y, String title, String id) {
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        // a point per epoch: marked, or the first epoch's figures would not show at all (a line needs two)
        chart.setCreateSymbols(id.equals("accuracy-chart"));
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.getStyleClass().add("train-chart");
        chart.setMinSize(200, 180);
        return chart;
    }

    private void link(LineChart<Number, Number> chart, String name, Function<RunCharts, DecimatingSeries> source,
                      double scale) {
        link(chart, name, source, scale, false);
    }

    private void link(LineChart<Number, Number> chart, String name, Function<RunCharts, DecimatingSeries> source,
                      double scale, boolean onlyWhenTested) {
        Link link = new Link(chart, name, source, scale, onlyWhenTested);
        if (!onlyWhenTested) {
            chart.getData().add(link.series);
        }
        links.add(link);
    }

    LineChart<Number, Number> lossChart() {
        return lossChart;
    }

    LineChart<Number, Number> accuracyChart() {
        return accuracyChart;
    }

    /** No run shown: empty charts over the epochs, and with the lines, of the run the form would start. */
    void showPlanned(int epochs, ValidationPlan plan) {
        if (shown != null || overlaid) {
            return;
        }
        lines(null, plan.holdsOut(), plan.holdsOut() && plan.testEachEpoch(), false);
        apply(lossX, ChartBounds.lossEpochs(epochs));
        apply(accuracyX, ChartBounds.accuracyEpochs(epochs));
        apply(lossY, ChartBounds.EMPTY_LOSS);
        apply(accuracyY, ChartBounds.EMPTY_ACCURACY);
    }

    /** Shows the run's charts, adding only the points the chart does not have yet. */
    void sync(RunRecord run) {
        RunCharts charts = run == null ? null : run.charts();
        boolean validated = charts != null && charts.validated();
        boolean tested = charts != null && charts.testedEachEpoch();
        boolean afterOverlay = overlaid;
        overlaid = false;
        if (!lines(charts, validated, tested, afterOverlay) && charts != null) {
            for (Link link : links) {
                DecimatingSeries data = link.source.apply(charts);
                if (data.rewrites() != link.rewrites || data.size() < link.count) {
                    link.series.getData().setAll(points(data, 0, link.scale));
                } else if (data.size() > link.count) {
                    link.series.getData().addAll(points(data, link.count, link.scale));
                }
                link.count = data.size();
                link.rewrites = data.rewrites();
            }
        }
        if (charts != null) {
            int epochs = run.settings().epochs();
            apply(lossX, ChartBounds.lossEpochs(epochs));
            apply(accuracyX, ChartBounds.accuracyEpochs(epochs));
            apply(lossY, ChartBounds.loss(charts.loss(), charts.smoothLoss()));
            apply(accuracyY, ChartBounds.accuracy(charts.trainAccuracy(), charts.heldOutAccuracy(),
                    charts.testAccuracy()));
        }
    }

    /** Another run, or the same with other lines: the series anew, and true; false when nothing changed. */
    private boolean lines(RunCharts charts, boolean validated, boolean tested, boolean force) {
        if (!force && charts == shown && validated == shownValidated && tested == shownTested) {
            return false;
        }
        shown = charts;
        shownValidated = validated;
        shownTested = tested;
        // the held-out images' line: a validation split's, else the test set's
        heldOut.name = validated ? validationName : testName;
        replaceSeries(charts);
        return true;
    }

    /**
     * Another run: new series in place of the old ones. Emptying a series is not enough, as a LineChart leaves
     * the line of a series without points as it was drawn last: the previous run's line stayed, and after a
     * resize it no longer matched the axes and ran past the plot's edge.
     */
    private void replaceSeries(RunCharts charts) {
        for (LineChart<Number, Number> chart : List.of(lossChart, accuracyChart)) {
            List<XYChart.Series<Number, Number>> fresh = new ArrayList<>();
            for (Link link : links) {
                if (link.chart != chart || link.onlyWhenTested && !shownTested) {
                    continue;
                }
                DecimatingSeries data = charts == null ? null : link.source.apply(charts);
                List<XYChart.Data<Number, Number>> points = data == null ? List.of() : points(data, 0, link.scale);
                link.series = new XYChart.Series<>(link.name, FXCollections.observableArrayList(points));
                link.count = data == null ? 0 : data.size();
                link.rewrites = data == null ? 0 : data.rewrites();
                fresh.add(link.series);
            }
            chart.getData().setAll(fresh);
            chart.setLegendVisible(true);
        }
    }

    /**
     * The runs compared, drawn over each other in their colours ({@link RunComparison.Curves#colour} into
     * {@code palette}): smoothed loss, train accuracy solid, held-out accuracy dashed. The charts' own legends
     * would show the theme's colours, so the view shows its own.
     */
    void overlay(List<RunComparison.Curves> curves, int epochs, List<String> palette) {
        overlaid = true;
        shown = null;
        List<XYChart.Series<Number, Number>> loss = new ArrayList<>();
        List<XYChart.Series<Number, Number>> accuracy = new ArrayList<>();
        List<Stroke> lossStyles = new ArrayList<>();
        List<Stroke> accuracyStyles = new ArrayList<>();
        List<DecimatingSeries> losses = new ArrayList<>();
        List<DecimatingSeries> accuracies = new ArrayList<>();
        for (RunComparison.Curves run : curves) {
            String colour = palette.get(run.colour() % palette.size());
            loss.add(new XYChart.Series<>(run.name(), FXCollections.observableArrayList(points(run.loss(), 0, 1))));
            lossStyles.add(new Stroke(colour, false));
            accuracy.add(new XYChart.Series<>(run.name() + " \u00b7 " + trainName,
                    FXCollections.observableArrayList(points(run.trainAccuracy(), 0, 100))));
            accuracyStyles.add(new Stroke(colour, false));
            accuracy.add(new XYChart.Series<>(run.name() + " \u00b7 " + (run.validated() ? validationName : testName),
                    FXCollections.observableArrayList(points(run.heldOutAccuracy(), 0, 100))));
            accuracyStyles.add(new Stroke(colour, true));
            losses.add(run.loss());
            accuracies.add(run.trainAccuracy());
            accuracies.add(run.heldOutAccuracy());
        }
        draw(lossChart, loss, lossStyles);
        draw(accuracyChart, accuracy, accuracyStyles);
        apply(lossX, ChartBounds.lossEpochs(epochs));
        apply(accuracyX, ChartBounds.accuracyEpochs(epochs));
        apply(lossY, ChartBounds.loss(losses.toArray(DecimatingSeries[]::new)));
        apply(accuracyY, ChartBounds.accuracy(accuracies.toArray(DecimatingSeries[]::new)));
    }

    /** An overlaid series' colour; held-out lines dashed. */
    private record Stroke(String colour, boolean dashed) {
        String line() {
            return "-fx-stroke: " + colour + "; -fx-stroke-width: 1.5;" + (dashed ? " -fx-stroke-dash-array: 6 4;" : "");
        }

        String symbol() {
            return "-fx-background-color: " + colour + ", -color-bg-default;";
        }
    }

    private static void draw(LineChart<Number, Number> chart, List<XYChart.Series<Number, Number>> series,
                             List<Stroke> strokes) {
        chart.getData().setAll(series);
        chart.setLegendVisible(false);
        for (int i = 0; i < series.size(); i++) {
            series.get(i).getNode().setStyle(strokes.get(i).line());
            for (XYChart.Data<Number, Number> point : series.get(i).getData()) {
                if (point.getNode() != null) {
                    point.getNode().setStyle(strokes.get(i).symbol());
                }
            }
        }
    }

    private static List<XYChart.Data<Number, Number>> points(DecimatingSeries data, int from, double scale) {
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(Math.max(0, data.size() - from));
        for (int i = from; i < data.size(); i++) {
            points.add(new XYChart.Data<>(data.x(i), data.y(i) * scale));
        }
        return points;
    }

    private static void apply(NumberAxis axis, ChartBounds.AxisRange range) {
        axis.setLowerBound(range.lower());
        axis.setUpperBound(range.upper());
        axis.setTickUnit(range.tick());
    }

    /** Total points on both charts (tests look at it). */
    int pointCount() {
        return links.stream().mapToInt(l -> l.series.getData().size()).sum();
    }
}
