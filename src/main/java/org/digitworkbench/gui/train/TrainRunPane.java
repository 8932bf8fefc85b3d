package org.digitworkbench.gui.train;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.gui.common.Messages;

/** The Train view's right side: the run's progress, its charts and values, and the run log. */
final class TrainRunPane {
    private final TrainViewModel model;
    private final Messages text;
    private final LiveCharts charts;
    private final ComparisonLegend legend;
    private final Node rateChart;
    private final VBox root;

    TrainRunPane(TrainViewModel model, Messages text, LiveCharts charts, ComparisonLegend legend, Node rateChart) {
        this.model = model;
        this.text = text;
        this.charts = charts;
        this.legend = legend;
        this.rateChart = rateChart;
        this.root = runPanel();
    }

    VBox node() {
        return root;
    }

    private VBox runPanel() {
        Label phase = new Label();
        phase.setId("train-phase");
        phase.getStyleClass().add("train-phase");
        ShownRunHeader header = model.header();
        phase.textProperty().bind(header.phase());
        ProgressBar overall = new ProgressBar();
        overall.setId("train-progress");
        overall.progressProperty().bind(header.progress());
        overall.setMaxWidth(Double.MAX_VALUE);
        ProgressBar epoch = new ProgressBar();
        epoch.setId("train-epoch-progress");
        epoch.progressProperty().bind(header.epochProgress());
        epoch.setMaxWidth(Double.MAX_VALUE);
        epoch.getStyleClass().add(Styles.SMALL);
        Label progressText = TrainLabels.bound("train-progress-text", header.progressText());
        Label speed = TrainLabels.bound("train-speed", header.speedText());
        Label time = TrainLabels.bound("train-time", header.timeText());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox numbers = new HBox(16, progressText, spacer, speed, time);
        numbers.setAlignment(Pos.CENTER_LEFT);
        VBox progress = new VBox(4, phase, overall, epoch, numbers, rateChange());
        progress.getStyleClass().add("train-progress-panel");

        // the rate chart is the row's third, narrower chart: below the others the panel outgrew a 700 px window
        HBox chartRow = new HBox(8, charts.lossChart(), charts.accuracyChart(), rateChart);
        chartRow.setId("train-charts");
        HBox.setHgrow(charts.lossChart(), Priority.ALWAYS);
        HBox.setHgrow(charts.accuracyChart(), Priority.ALWAYS);
        HBox.setHgrow(rateChart, Priority.SOMETIMES);
        VBox.setVgrow(chartRow, Priority.ALWAYS);
        chartRow.setMinHeight(120);
        Label values = TrainLabels.bound("train-values", model.log().valuesTextProperty());
        values.getStyleClass().add("train-values");

        ListView<RunRecord> log = new ListView<>(model.log().runs());
        log.setId("train-log");
        log.setPrefHeight(110);
        log.setMinHeight(100); // two wrapped rows, so a second run can be ticked to compare at 1000x700
        log.setPlaceholder(new Label(text.get("train.log.empty")));
        RunComparison comparison = model.log().comparison();
        log.setCellFactory(list -> new ListCell<>() {
            private final ChangeListener<RunEntry.Outcome> refresh =
                    (obs, old, now) -> setText(getItem() == null ? null : model.log().describe(getItem()));
            private final CheckBox compare = new CheckBox(text.get("train.compare"));
            private RunRecord watched;

            {
                // wrap to the list's width instead of scrolling sideways
                setWrapText(true);
                setPrefWidth(0);
                compare.getStyleClass().add("train-compare");
                compare.setOnAction(e -> comparison.set(getItem(), compare.isSelected()));
                // a new run drops the runs compared: the ticks go with them
                comparison.runs().addListener((ListChangeListener<RunRecord>) change ->
                        compare.setSelected(watched != null && comparison.isCompared(watched)));
            }

            @Override
            protected void updateItem(RunRecord item, boolean empty) {
                super.updateItem(item, empty);
                if (watched != null) {
                    watched.outcomeProperty().removeListener(refresh);
                }
                watched = empty ? null : item;
                if (watched != null) {
                    watched.outcomeProperty().addListener(refresh);
                }
                setText(empty || item == null ? null : model.log().describe(item));
                // the whole row in a tooltip too, for a window too small for it to wrap in full
                setTooltip(empty || item == null ? null : new Tooltip(getText()));
                compare.setSelected(watched != null && comparison.isCompared(watched));
                setGraphic(watched == null ? null : compare);
            }
        });
        model.log().epochsLoggedProperty().addListener((obs, old, now) -> log.refresh());
        log.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.log().show(now));
        model.log().shownRunProperty().addListener((obs, old, now) -> log.getSelectionModel().select(now));
        Label logCaption = TrainLabels.caption(text, "train.log");
        logCaption.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox logBar = new HBox(8, logCaption, gap, new CurveExportButtons(model, text, chartRow).node());
        logBar.setAlignment(Pos.CENTER_LEFT);

        VBox watch = new WatchStripView(model.controller().watch(), text).node();
        VBox panel = new VBox(8, progress, chartRow, legend.node(), values, watch, logBar, log);
        return panel;
    }

    /** While paused: a new learning rate, from the next batch on. */
    private HBox rateChange() {
        TextField rate = new TextField();
        rate.setId("train-new-rate");
        rate.setPrefColumnCount(7);
        rate.textProperty().bindBidirectional(model.rateChange().rateProperty());
        rate.setTooltip(new Tooltip(text.get("train.changeRate.tooltip")));
        Button apply = new Button(text.get("train.changeRate.apply"));
        apply.setId("train-apply-rate");
        apply.setOnAction(e -> model.rateChange().apply());
        rate.setOnAction(e -> model.rateChange().apply());
        TextField batch = new TextField();
        batch.setId("train-new-batch");
        batch.setPrefColumnCount(4);
        batch.textProperty().bindBidirectional(model.rateChange().batchProperty());
        batch.setTooltip(new Tooltip(text.get("train.changeBatch.tooltip")));
        batch.setOnAction(e -> model.rateChange().apply());
        Label result = TrainLabels.bound("train-rate-result", model.rateChange().resultProperty());
        Label rateLabel = new Label(text.get("train.changeRate"));
        rateLabel.setTooltip(rate.getTooltip());
        Label batchLabel = new Label(text.get("train.changeBatch"));
        batchLabel.setTooltip(batch.getTooltip());
        for (Region fixed : List.of(rateLabel, batchLabel, apply)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(8, rateLabel, rate, batchLabel, batch, apply, result);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(model.controller().stateProperty().isEqualTo(TrainState.PAUSED));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }
}
