package org.digitworkbench.gui.train;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.TrainLabels;
import org.digitworkbench.gui.train.common.TrainState;
import org.digitworkbench.gui.train.run.ShownRunHeader;

/**
 * The top of the Train view's dashboard: the buttons that steer a run, the shown run's phase, progress and times,
 * and while paused, the form to change its rate or batch size in a row of its own, which wraps its message
 * rather than push anything out of the window.
 */
public final class RunHeaderPane {
    private final TrainViewModel model;
    private final Messages text;
    private final VBox root;

    /** {@code settingsShown}: the settings side panel's visibility, which the first button toggles. */
    public RunHeaderPane(TrainViewModel model, Messages text, BooleanProperty settingsShown) {
        this.model = model;
        this.text = text;
        ShownRunHeader header = model.header();
        Label phase = new Label();
        phase.setId("train-phase");
        phase.getStyleClass().add("train-phase");
        phase.textProperty().bind(header.phase());
        phase.setMinWidth(0);
        phase.setMaxWidth(Double.MAX_VALUE);
        // beside the buttons in a narrow window: a second line, never "..."
        phase.setWrapText(true);
        phase.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(phase, Priority.ALWAYS);
        HBox top = new HBox(8, settingsToggle(settingsShown), buttons(), phase);
        top.setAlignment(Pos.CENTER_LEFT);

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
        root = new VBox(4, top, overall, epoch, numbers, settingChange());
        root.getStyleClass().add("train-progress-panel");
        root.setMinHeight(Region.USE_PREF_SIZE);
    }

    public VBox node() {
        return root;
    }

    private Button settingsToggle(BooleanProperty settingsShown) {
        Button toggle = new Button();
        toggle.setId("train-settings-toggle");
        toggle.getStyleClass().add(Styles.FLAT);
        toggle.setOnAction(e -> settingsShown.set(!settingsShown.get()));
        toggle.textProperty().bind(settingsShown.map(shown -> text.get(shown ? "train.settings.hide" : "train.settings.show")));
        toggle.setTooltip(new Tooltip(text.get("train.settings.toggle.tooltip")));
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        return toggle;
    }

    private HBox buttons() {
        Button train = new Button(text.get("train.start"));
        train.setId("train-start");
        train.getStyleClass().add(Styles.ACCENT);
        train.disableProperty().bind(model.canStartProperty().not());
        train.setOnAction(e -> model.start());
        Button pause = new Button();
        pause.setId("train-pause");
        pause.textProperty().bind(model.controller().steering().stateProperty().map(s -> text.get(
                s == TrainState.PAUSED ? "train.resume" : "train.pause")));
        pause.disableProperty().bind(model.controller().steering().stateProperty()
                .map(s -> s != TrainState.RUNNING && s != TrainState.PAUSED));
        pause.setOnAction(e -> {
            if (model.controller().steering().stateProperty().get() == TrainState.PAUSED) {
                model.controller().steering().resume();
            } else {
                model.controller().steering().pause();
            }
        });
        Button stop = new Button(text.get("train.stop"));
        stop.setId("train-stop");
        stop.getStyleClass().add(Styles.DANGER);
        stop.disableProperty().bind(model.controller().steering().stateProperty()
                .map(s -> s != TrainState.RUNNING && s != TrainState.PAUSED));
        stop.setOnAction(e -> model.controller().steering().stop());
        for (Button b : new Button[] {train, pause, stop}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, train, pause, stop);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        return buttons;
    }

    /** While paused: a new learning rate or batch size, from the next batch on. */
    private HBox settingChange() {
        TextField rate = new TextField();
        rate.setId("train-new-rate");
        rate.setPrefColumnCount(7);
        rate.setMinWidth(Region.USE_PREF_SIZE);
        rate.textProperty().bindBidirectional(model.rateChange().rateProperty());
        rate.setTooltip(new Tooltip(text.get("train.changeRate.tooltip")));
        Button apply = new Button(text.get("train.changeRate.apply"));
        apply.setId("train-apply-rate");
        apply.setOnAction(e -> model.rateChange().apply());
        rate.setOnAction(e -> model.rateChange().apply());
        TextField batch = new TextField();
        batch.setId("train-new-batch");
        batch.setPrefColumnCount(5);
        batch.setMinWidth(Region.USE_PREF_SIZE);
        batch.textProperty().bindBidirectional(model.rateChange().batchProperty());
        batch.setTooltip(new Tooltip(text.get("train.changeBatch.tooltip")));
        batch.setOnAction(e -> model.rateChange().apply());
        Label result = TrainLabels.bound("train-rate-result", model.rateChange().resultProperty());
        // the message wraps in the width left: a long one pushed the fields and charts out of the window
        result.setMinWidth(0);
        result.setWrapText(true);
        result.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(result, Priority.ALWAYS);
        Label rateLabel = new Label(text.get("train.changeRate"));
        rateLabel.setTooltip(rate.getTooltip());
        Label batchLabel = new Label(text.get("train.changeBatch"));
        batchLabel.setTooltip(batch.getTooltip());
        for (Region fixed : List.of(rateLabel, batchLabel, apply)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(8, rateLabel, rate, batchLabel, batch, apply, result);
        row.setId("train-setting-change");
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(model.controller().steering().stateProperty().isEqualTo(TrainState.PAUSED));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }
}
