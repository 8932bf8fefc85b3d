package org.digitworkbench.gui.train;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.animation.AnimationTimer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.WorkbenchView;
import org.digitworkbench.gui.train.charts.ChartPicture;
import org.digitworkbench.gui.train.charts.ComparisonLegend;
import org.digitworkbench.gui.train.charts.LiveCharts;
import org.digitworkbench.gui.train.charts.RateChart;
import org.digitworkbench.gui.train.common.PulseGapMonitor;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.gui.train.run.RunComparison;
import org.digitworkbench.gui.train.run.LoggedRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Train a network on the chosen data set and watch it learn: settings on the left, progress and charts on the right. */
public final class TrainView implements WorkbenchView {
    private static final Logger LOG = LoggerFactory.getLogger(TrainView.class);
    private final TrainViewModel model;
    private final Messages text;
    private final LiveCharts charts;
    private final HBox root;
    private final PulseGapMonitor stalls = PulseGapMonitor.enabled() ? new PulseGapMonitor() : null;
    private final AnimationTimer pump = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (stalls == null) {
                model.pump(now);
                return;
            }
            long start = System.nanoTime();
            model.pump(now); // the FX thread's share of training: draining points, the charts, the labels
            longestPumpNanos = Math.max(longestPumpNanos, System.nanoTime() - start);
        }
    };
    private long longestPumpNanos;

    public TrainView(TrainViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        this.charts = new LiveCharts(text, model.chartOptions());
        VBox left = new TrainSettingsPane(model, text).node();
        // the settings fold away to give the charts the window's width
        BooleanProperty settingsShown = new SimpleBooleanProperty(true);
        left.visibleProperty().bind(settingsShown);
        left.managedProperty().bind(settingsShown);
        ComparisonLegend legend = new ComparisonLegend(text);
        RateChart rate = new RateChart(text);
        RunComparison compared = model.log().comparison();
        VBox run = new TrainRunPane(model, text, charts, legend, rate.node(), settingsShown).node();
        HBox.setHgrow(run, Priority.ALWAYS);
        root = new HBox(16, left, run);
        root.setPadding(new Insets(12, 16, 12, 16));
        root.getStyleClass().add("train-view");
        model.exports().setPicture(() -> {
            ComparisonLegend key = null;
            if (compared.active()) {
                key = new ComparisonLegend(text);
                key.show(compared.curves(), LiveCharts.PALETTE, compared.differences(new TrainFormat(text)));
            }
            return ChartPicture.of(List.of(charts.loss(), charts.accuracy(), rate.chart()),
                    key == null ? null : key.node(), root.getScene());
        });
        model.controller().setKeepPartialDecision(r -> askKeepPartial());
        model.controller().steering().stateProperty().addListener((obs, old, now) -> {
            if (now.busy() && !old.busy()) {
                pump.start();
                if (stalls != null) {
                    longestPumpNanos = 0;
                    stalls.reset();
                    stalls.start();
                }
            } else if (!now.busy()) {
                pump.stop();
                if (stalls != null) {
                    stalls.stop();
                    LOG.info("FX pulse gaps during the run: {}; longest chart update {} ms; gaps over 100 ms: {}",
                            stalls, String.format(Locale.ROOT, "%.1f", longestPumpNanos / 1e6),
                            stalls.longGaps());
                }
            }
        });
        Runnable planned = () -> charts.showPlanned(model.form().plannedEpochs(), model.form().validation().plan());
        planned.run();
        model.form().epochsProperty().addListener(o -> planned.run());
        for (Observable input : model.form().validation().inputs()) {
            input.addListener(o -> planned.run());
        }
        RunComparison comparison = model.log().comparison();
        model.log().chartRevisionProperty().addListener((obs, old, now) -> {
            rate.show(model.log().shownRunProperty().get());
            if (!comparison.active()) {
                charts.sync(model.log().shownRunProperty().get());
            }
        });
        comparison.revisionProperty().addListener((obs, old, now) -> {
            List<RunComparison.Curves> curves = comparison.curves();
            legend.show(curves, LiveCharts.PALETTE, comparison.differences(new TrainFormat(text)));
            if (comparison.active()) {
                charts.overlay(curves, comparison.epochs(), LiveCharts.PALETTE);
            } else {
                charts.sync(model.log().shownRunProperty().get());
                planned.run();
            }
        });
        // the view is built when its tab is first shown: the run shown by then (the newest) is drawn now
        LoggedRun initial = model.log().shownRunProperty().get();
        if (initial != null) {
            rate.show(initial);
            charts.sync(initial);
        }
    }

    @Override
    public String title() {
        return text.get("view.train");
    }

    @Override
    public Node node() {
        return root;
    }

    public LiveCharts charts() {
        return charts;
    }


    /** Asked before the window closes: true when it may (nothing runs, or the user agreed to stop the run). */
    public boolean confirmClose(Window owner) {
        if (!model.controller().steering().stateProperty().get().busy()) {
            return true;
        }
        ButtonType keep = new ButtonType(text.get("train.close.keep"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(text.get("train.close.stop"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(text.get("train.close.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text.get("train.close.message"), keep, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(text.get("train.close.title"));
        alert.setHeaderText(text.get("train.close.header"));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == keep) {
            model.closeKeeping();
            return true;
        }
        if (answer.isPresent() && answer.get() == discard) {
            model.close();
            return true;
        }
        return false;
    }

    private boolean askKeepPartial() {
        ButtonType keep = new ButtonType(text.get("train.partial.keep"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(text.get("train.partial.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text.get("train.partial.message"), keep, discard);
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        alert.setTitle(text.get("train.partial.title"));
        alert.setHeaderText(text.get("train.partial.header"));
        return alert.showAndWait().filter(b -> b == keep).isPresent();
    }
}
