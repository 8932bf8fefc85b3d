package org.digitworkbench.gui.train.charts;

import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.ChartOptions;
import org.digitworkbench.gui.train.common.LossSmoothing;

/** The row above the charts: how much the loss is smoothed, a log loss axis, and epochs or time on x. */
public final class ChartToolbar {
    private final HBox root;

    public ChartToolbar(ChartOptions options, Messages text) {
        Label smoothingLabel = new Label(text.get("train.chart.smoothing"));
        Slider smoothing = new Slider(0, LossSmoothing.MAX_WEIGHT, options.smoothing());
        smoothing.setId("train-smoothing");
        smoothing.setPrefWidth(110);
        smoothing.setMinWidth(60);
        smoothing.valueProperty().bindBidirectional(options.smoothingProperty());
        Label smoothingValue = new Label();
        smoothingValue.setId("train-smoothing-value");
        smoothingValue.textProperty().bind(options.smoothingProperty().map(
                w -> String.format(Locale.ROOT, "%.2f", w.doubleValue())));
        smoothingValue.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip smoothingTip = new Tooltip(text.get("train.chart.smoothing.tooltip"));
        smoothing.setTooltip(smoothingTip);
        smoothingLabel.setTooltip(smoothingTip);
        smoothingLabel.setLabelFor(smoothing);
        CheckBox log = new CheckBox(text.get("train.chart.logScale"));
        log.setId("train-log-scale");
        log.selectedProperty().bindBidirectional(options.logLossProperty());
        log.setTooltip(new Tooltip(text.get("train.chart.logScale.tooltip")));
        CheckBox overTime = new CheckBox(text.get("train.chart.overTime"));
        overTime.setId("train-over-time");
        overTime.selectedProperty().bindBidirectional(options.overTimeProperty());
        overTime.setTooltip(new Tooltip(text.get("train.chart.overTime.tooltip")));
        for (Region fixed : new Region[] {smoothingLabel, log, overTime}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        root = new HBox(8, smoothingLabel, smoothing, smoothingValue, log, overTime);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setId("train-chart-tools");
    }

    public Node node() {
        return root;
    }
}
