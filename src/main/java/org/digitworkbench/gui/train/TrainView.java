package org.digitworkbench.gui.train;

import java.util.Optional;

import atlantafx.base.theme.Styles;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.WorkbenchView;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.TrainingSettings;
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
        this.charts = new LiveCharts(text);
        ScrollPane scroll = new ScrollPane(form());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("train-form", "edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // the reasons and the buttons stay in sight however small the window
        VBox left = new VBox(8, scroll, problems(), new Separator(), buttons());
        left.setMinWidth(290);
        left.setPrefWidth(310);
        left.setMaxWidth(330);
        VBox run = runPanel();
        HBox.setHgrow(run, Priority.ALWAYS);
        root = new HBox(16, left, run);
        root.setPadding(new Insets(12, 16, 12, 16));
        root.getStyleClass().add("train-view");
        model.setKeepPartialDecision(r -> askKeepPartial());
        model.stateProperty().addListener((obs, old, now) -> {
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
                            stalls, String.format(java.util.Locale.ROOT, "%.1f", longestPumpNanos / 1e6),
                            stalls.longGaps());
                }
            }
        });
        model.chartRevisionProperty().addListener((obs, old, now) -> {
            RunRecord shown = model.shownRunProperty().get();
            charts.sync(shown);
        });
    }

    @Override
    public String title() {
        return text.get("view.train");
    }

    @Override
    public Node node() {
        return root;
    }

    LiveCharts charts() {
        return charts;
    }

    /** Asked before the window closes: true when it may (nothing runs, or the user agreed to stop the run). */
    public boolean confirmClose(Window owner) {
        if (!model.state().busy()) {
            return true;
        }
        ButtonType stopAndClose = new ButtonType(text.get("train.close.stop"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("train.close.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text.get("train.close.message"), stopAndClose, cancel);
        alert.initOwner(owner);
        alert.setTitle(text.get("train.close.title"));
        alert.setHeaderText(text.get("train.close.header"));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == stopAndClose) {
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

    // ---------------------------------------------------------------- the form

    private VBox form() {
        Label heading = new Label(text.get("train.settings"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label dataset = new Label();
        dataset.setId("train-dataset");
        dataset.setWrapText(true);
        dataset.textProperty().bind(Bindings.createStringBinding(
                () -> text.format("train.dataset", model.datasetProperty().get().displayName()),
                model.datasetProperty()));

        ComboBox<Architecture> architecture = new ComboBox<>();
        architecture.setId("train-architecture");
        architecture.getItems().setAll(Architecture.values());
        architecture.valueProperty().bindBidirectional(model.architectureProperty());
        architecture.setMaxWidth(Double.MAX_VALUE);
        // the list shows size and speed of each; the closed box only the name, the line below the rest
        architecture.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Architecture item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        architecture.setConverter(converter(Architecture::id));
        architecture.setTooltip(new Tooltip(text.get("train.architecture.tooltip")));
        Label archDescription = new Label();
        archDescription.setId("train-architecture-description");
        archDescription.setWrapText(true);
        archDescription.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        archDescription.textProperty().bind(model.architectureProperty().map(a -> text.format(
                "train.architecture.details", a.parameterCount(), ArchitectureInfo.expectedSecondsPerEpoch(a),
                a.description())));

        TextField epochs = field("train-epochs", model.epochsProperty(),
                text.format("train.epochs.tooltip", TrainingSettings.MAX_EPOCHS));
        TextField batch = field("train-batch", model.batchSizeProperty(),
                text.format("train.batch.tooltip", TrainingSettings.MIN_BATCH, TrainingSettings.MAX_BATCH));
        TextField rate = field("train-learning-rate", model.learningRateProperty(), text.get("train.learningRate.tooltip"));
        ComboBox<Optimizer> optimizer = new ComboBox<>();
        optimizer.setId("train-optimizer");
        optimizer.getItems().setAll(Optimizer.values());
        optimizer.valueProperty().bindBidirectional(model.optimizerProperty());
        optimizer.setConverter(converter(model::optimizerName));
        optimizer.setMaxWidth(Double.MAX_VALUE);
        TextField seed = field("train-seed", model.seedProperty(), text.get("train.seed.tooltip"));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label(text.get("train.epochs")), epochs);
        grid.addRow(1, new Label(text.get("train.batch")), batch);
        grid.addRow(2, new Label(text.get("train.optimizer")), optimizer);
        grid.addRow(3, new Label(text.get("train.learningRate")), rate);
        grid.addRow(4, new Label(text.get("train.seed")), seed);

        ToggleGroup start = new ToggleGroup();
        RadioButton scratch = new RadioButton(text.get("train.fromScratch"));
        scratch.setId("train-from-scratch");
        scratch.setToggleGroup(start);
        RadioButton resume = new RadioButton(text.get("train.continue"));
        resume.setId("train-continue");
        resume.setToggleGroup(start);
        resume.setWrapText(true);
        scratch.setSelected(!model.continueTrainingProperty().get());
        resume.setSelected(model.continueTrainingProperty().get());
        resume.selectedProperty().addListener((obs, old, now) -> model.continueTrainingProperty().set(now));
        model.continueTrainingProperty().addListener((obs, old, now) -> (now ? resume : scratch).setSelected(true));
        Label continueHint = new Label();
        continueHint.setId("train-continue-hint");
        continueHint.setWrapText(true);
        continueHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        continueHint.textProperty().bind(model.continueHintProperty());
        VBox.setMargin(continueHint, new Insets(0, 0, 0, 24));

        VBox settings = new VBox(8, caption("train.architecture"), architecture, archDescription, grid,
                caption("train.startFrom"), scratch, resume, continueHint);
        settings.disableProperty().bind(model.stateProperty().map(TrainState::busy));
        VBox form = new VBox(10, heading, dataset, settings);
        form.setPadding(new Insets(4, 10, 4, 2));
        return form;
    }

    private Label problems() {
        Label problems = new Label();
        problems.setId("train-problems");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.getStyleClass().addAll(Styles.TEXT_SMALL, "train-problems");
        problems.textProperty().bind(model.problemsProperty().map(list -> String.join("\n", list)));
        problems.visibleProperty().bind(model.problemsProperty().map(list -> !list.isEmpty()));
        problems.managedProperty().bind(problems.visibleProperty());
        return problems;
    }

    private HBox buttons() {
        Button train = new Button(text.get("train.start"));
        train.setId("train-start");
        train.setDefaultButton(false);
        train.getStyleClass().add(Styles.ACCENT);
        train.disableProperty().bind(model.canStartProperty().not());
        train.setOnAction(e -> model.start());
        Button pause = new Button();
        pause.setId("train-pause");
        pause.textProperty().bind(model.stateProperty().map(s -> text.get(
                s == TrainState.PAUSED ? "train.resume" : "train.pause")));
        pause.disableProperty().bind(model.stateProperty().map(s -> s != TrainState.RUNNING && s != TrainState.PAUSED));
        pause.setOnAction(e -> {
            if (model.state() == TrainState.PAUSED) {
                model.resume();
            } else {
                model.pause();
            }
        });
        Button stop = new Button(text.get("train.stop"));
        stop.setId("train-stop");
        stop.getStyleClass().add(Styles.DANGER);
        stop.disableProperty().bind(model.stateProperty().map(s -> s != TrainState.RUNNING && s != TrainState.PAUSED));
        stop.setOnAction(e -> model.stop());
        for (Button b : new Button[] {train, pause, stop}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, train, pause, stop);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }

    private TextField field(String id, javafx.beans.property.StringProperty value, String tooltip) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setTooltip(new Tooltip(tooltip));
        field.setPrefColumnCount(8);
        return field;
    }

    private Label caption(String key) {
        Label label = new Label(text.get(key));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "caption");
        return label;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    // ---------------------------------------------------------------- progress, charts, log

    private VBox runPanel() {
        Label phase = new Label();
        phase.setId("train-phase");
        phase.getStyleClass().add("train-phase");
        phase.textProperty().bind(model.phaseProperty());
        ProgressBar overall = new ProgressBar();
        overall.setId("train-progress");
        overall.progressProperty().bind(model.progressProperty());
        overall.setMaxWidth(Double.MAX_VALUE);
        ProgressBar epoch = new ProgressBar();
        epoch.setId("train-epoch-progress");
        epoch.progressProperty().bind(model.epochProgressProperty());
        epoch.setMaxWidth(Double.MAX_VALUE);
        epoch.getStyleClass().add(Styles.SMALL);
        Label progressText = label("train-progress-text", model.progressTextProperty());
        Label speed = label("train-speed", model.speedTextProperty());
        Label time = label("train-time", model.timeTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox numbers = new HBox(16, progressText, spacer, speed, time);
        numbers.setAlignment(Pos.CENTER_LEFT);
        VBox progress = new VBox(4, phase, overall, epoch, numbers);
        progress.getStyleClass().add("train-progress-panel");

        HBox chartRow = new HBox(8, charts.lossChart(), charts.accuracyChart());
        HBox.setHgrow(charts.lossChart(), Priority.ALWAYS);
        HBox.setHgrow(charts.accuracyChart(), Priority.ALWAYS);
        VBox.setVgrow(chartRow, Priority.ALWAYS);
        Label values = label("train-values", model.valuesTextProperty());
        values.getStyleClass().add("train-values");

        ListView<RunRecord> log = new ListView<>(model.runs());
        log.setId("train-log");
        log.setPrefHeight(110);
        log.setMinHeight(70);
        log.setPlaceholder(new Label(text.get("train.log.empty")));
        log.setCellFactory(list -> new ListCell<>() {
            private final javafx.beans.value.ChangeListener<RunRecord.Outcome> refresh =
                    (obs, old, now) -> setText(getItem() == null ? null : model.describe(getItem()));
            private RunRecord watched;

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
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        log.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.show(now));
        model.shownRunProperty().addListener((obs, old, now) -> log.getSelectionModel().select(now));
        Label logCaption = caption("train.log");

        VBox panel = new VBox(8, progress, chartRow, values, logCaption, log);
        return panel;
    }

    private Label label(String id, javafx.beans.value.ObservableValue<String> value) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(value);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
