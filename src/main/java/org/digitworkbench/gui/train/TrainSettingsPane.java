package org.digitworkbench.gui.train;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.gui.train.common.TrainLabels;
import org.digitworkbench.gui.train.common.TrainState;
import org.digitworkbench.gui.train.editor.ArchitecturePicker;
import org.digitworkbench.ml.train.Augmentation;
import org.digitworkbench.ml.train.LearningRateSchedule;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.TrainingSettings;

/** The Train view's left side: the settings form, why it cannot be trained, and the start, pause and stop buttons. */
public final class TrainSettingsPane {
    private final TrainViewModel model;
    private final Messages text;
    private final TrainFormat format;
    private final VBox root;

    public TrainSettingsPane(TrainViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        this.format = new TrainFormat(text);
        ScrollPane scroll = new ScrollPane(form());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("train-form", "edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // the reasons and the buttons stay in sight however small the window
        root = new VBox(8, scroll, problems());
        root.setMinWidth(290);
        root.setPrefWidth(310);
        root.setMaxWidth(330);
    }

    public VBox node() {
        return root;
    }

    private VBox form() {
        Label heading = new Label(text.get("train.settings"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label dataset = new Label();
        dataset.setId("train-dataset");
        dataset.setWrapText(true);
        dataset.textProperty().bind(Bindings.createStringBinding(
                () -> text.format("train.dataset", model.datasetProperty().get().displayName()),
                model.datasetProperty()));

        HBox architecture = new ArchitecturePicker(text, model.form().architectureProperty(), model.estimates()).node();
        Label archDescription = new Label();
        archDescription.setId("train-architecture-description");
        archDescription.setWrapText(true);
        archDescription.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        archDescription.textProperty().bind(model.estimates().details());

        TextField epochs = field("train-epochs", model.form().epochsProperty(),
                text.format("train.epochs.tooltip", TrainingSettings.MAX_EPOCHS));
        TextField batch = field("train-batch", model.form().batchSizeProperty(),
                text.format("train.batch.tooltip", TrainingSettings.MIN_BATCH, TrainingSettings.MAX_BATCH));
        TextField rate = field("train-learning-rate", model.form().learningRateProperty(), text.get("train.learningRate.tooltip"));
        ComboBox<Optimizer> optimizer = new ComboBox<>();
        optimizer.setId("train-optimizer");
        optimizer.getItems().setAll(Optimizer.values());
        optimizer.valueProperty().bindBidirectional(model.form().optimizerProperty());
        optimizer.setConverter(converter(format::optimizerName));
        optimizer.setMaxWidth(Double.MAX_VALUE);
        TextField seed = field("train-seed", model.form().seedProperty(), text.get("train.seed.tooltip"));
        ComboBox<LearningRateSchedule> schedule = new ComboBox<>();
        schedule.setId("train-schedule");
        schedule.getItems().setAll(LearningRateSchedule.values());
        schedule.valueProperty().bindBidirectional(model.form().scheduleProperty());
        schedule.setConverter(converter(s -> text.get("train.schedule." + s.id())));
        schedule.setMaxWidth(Double.MAX_VALUE);
        schedule.setTooltip(new Tooltip(text.get("train.schedule.tooltip")));
        TextField warmup = field("train-warmup", model.form().warmupProperty(), text.get("train.warmup.tooltip"));
        ComboBox<Augmentation> augment = new ComboBox<>();
        augment.setId("train-augmentation");
        augment.getItems().setAll(Augmentation.values());
        augment.valueProperty().bindBidirectional(model.form().augmentationProperty());
        augment.setConverter(converter(a -> text.get("train.augment." + a.id())));
        augment.setMaxWidth(Double.MAX_VALUE);
        augment.setTooltip(new Tooltip(text.get("train.augment.tooltip")));
        CheckBox unsure = new CheckBox(text.get("train.teachUnsure"));
        unsure.setId("train-teach-unsure");
        unsure.setWrapText(true);
        unsure.selectedProperty().bindBidirectional(model.form().teachUnsureProperty());
        unsure.setTooltip(new Tooltip(text.get("train.teachUnsure.tooltip")));

        GridPane grid = TrainLabels.form();
        grid.addRow(0, new Label(text.get("train.epochs")), epochs);
        grid.addRow(1, new Label(text.get("train.batch")), batch);
        grid.addRow(2, new Label(text.get("train.optimizer")), optimizer);
        grid.addRow(3, new Label(text.get("train.learningRate")), rate);
        grid.addRow(4, new Label(text.get("train.seed")), seed);
        grid.addRow(5, new Label(text.get("train.schedule")), schedule);
        grid.addRow(6, new Label(text.get("train.warmup")), warmup);
        grid.addRow(7, new Label(text.get("train.augment")), augment);
        grid.add(unsure, 0, 8, 2, 1);

        ToggleGroup start = new ToggleGroup();
        RadioButton scratch = new RadioButton(text.get("train.fromScratch"));
        scratch.setId("train-from-scratch");
        scratch.setToggleGroup(start);
        RadioButton resume = new RadioButton(text.get("train.continue"));
        resume.setId("train-continue");
        resume.setToggleGroup(start);
        resume.setWrapText(true);
        scratch.setSelected(!model.form().continueTrainingProperty().get());
        resume.setSelected(model.form().continueTrainingProperty().get());
        resume.selectedProperty().addListener((obs, old, now) -> model.form().continueTrainingProperty().set(now));
        model.form().continueTrainingProperty().addListener((obs, old, now) -> (now ? resume : scratch).setSelected(true));
        Label continueHint = new Label();
        continueHint.setId("train-continue-hint");
        continueHint.setWrapText(true);
        continueHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        continueHint.textProperty().bind(model.form().continueHintProperty());
        VBox.setMargin(continueHint, new Insets(0, 0, 0, 24));

        VBox settings = new VBox(8, TrainLabels.caption(text, "train.architecture"), architecture, archDescription, grid,
                ValidationSection.of(model.form().validation(), text),
                TrainLabels.caption(text, "train.startFrom"), scratch, resume, continueHint);
        settings.disableProperty().bind(model.controller().steering().stateProperty().map(TrainState::busy));
        VBox form = new VBox(10, heading, dataset, settings, new Separator(), fineTuneSection());
        form.setPadding(new Insets(4, 10, 4, 2));
        return form;
    }

    /** "Your handwriting": the drawings labelled, what the model reads of them, and fine-tuning on them. */
    private VBox fineTuneSection() {
        Label summary = new Label();
        summary.setId("train-finetune-summary");
        summary.setWrapText(true);
        summary.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        summary.textProperty().bind(model.fineTune().summaryProperty());
        Button fineTune = new Button(text.get("train.finetune.start"));
        fineTune.setId("train-finetune");
        fineTune.setTooltip(new Tooltip(text.get("train.finetune.tooltip")));
        fineTune.disableProperty().bind(model.fineTune().availableProperty().not()
                .or(model.controller().steering().stateProperty().isNotEqualTo(TrainState.IDLE)));
        fineTune.setOnAction(e -> model.fineTune().start());
        return new VBox(6, TrainLabels.caption(text, "train.finetune"), summary, fineTune);
    }

    private Label problems() {
        Label problems = new Label();
        problems.setId("train-problems");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.getStyleClass().addAll(Styles.TEXT_SMALL, "train-problems");
        problems.textProperty().bind(model.form().problemsProperty().map(list -> String.join("\n", list)));
        problems.visibleProperty().bind(model.form().problemsProperty().map(list -> !list.isEmpty()));
        problems.managedProperty().bind(problems.visibleProperty());
        return problems;
    }

    private TextField field(String id, StringProperty value, String tooltip) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setTooltip(new Tooltip(tooltip));
        field.setPrefColumnCount(8);
        return field;
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
}
