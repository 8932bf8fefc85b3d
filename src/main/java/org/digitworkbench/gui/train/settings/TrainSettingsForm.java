package org.digitworkbench.gui.train.settings;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelService;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.gui.train.common.BatchMemory;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.train.Augmentation;
import org.digitworkbench.ml.train.LearningRateSchedule;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * The Train view's settings form: the fields as typed, why they cannot be trained, and whether a run may
 * continue the active model or must start from scratch. FX thread.
 */
public final class TrainSettingsForm {
    private final Messages text;
    private final TrainFormat format;
    private final ModelService models;
    private int imageLimit;

    private final ObjectProperty<DatasetId> dataset = new SimpleObjectProperty<>(this, "dataset", DatasetId.MNIST);
    private final ObjectProperty<Architecture> architecture =
            new SimpleObjectProperty<>(this, "architecture", Architecture.CNN);
    private final StringProperty epochs = new SimpleStringProperty(this, "epochs", "5");
    private final StringProperty batchSize = new SimpleStringProperty(this, "batchSize", "64");
    private final StringProperty learningRate = new SimpleStringProperty(this, "learningRate",
            TrainFormat.formatRate(Optimizer.ADAM.defaultLearningRate()));
    private final ObjectProperty<Optimizer> optimizer = new SimpleObjectProperty<>(this, "optimizer", Optimizer.ADAM);
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "42");
    private final ObjectProperty<LearningRateSchedule> schedule =
            new SimpleObjectProperty<>(this, "schedule", LearningRateSchedule.CONSTANT);
    private final StringProperty warmup = new SimpleStringProperty(this, "warmup", "0");
    private final ObjectProperty<Augmentation> augmentation = new SimpleObjectProperty<>(this, "augmentation",
            TrainingSettings.defaultAugmentation(Architecture.CNN));
    private final BooleanProperty teachUnsure = new SimpleBooleanProperty(this, "teachUnsure", false);
    private final ValidationForm validation;
    private final BooleanProperty continueTraining = new SimpleBooleanProperty(this, "continueTraining");
    private final ReadOnlyObjectWrapper<List<String>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper continueHint = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canContinue = new ReadOnlyBooleanWrapper();

    public TrainSettingsForm(Messages text, TrainFormat format, ModelService models) {
        this.text = text;
        this.format = format;
        this.models = models;
        this.validation = new ValidationForm(text);
        for (Observable input : validation.inputs()) {
            input.addListener(o -> validate());
        }
        Observable[] inputs = {dataset, architecture, epochs, batchSize, learningRate, optimizer, seed,
            schedule, warmup, augmentation, teachUnsure, continueTraining, models.statusProperty()};
        for (Observable input : inputs) {
            input.addListener(o -> validate());
        }
        optimizer.addListener((obs, old, now) -> {
            // a rate the user never touched follows the optimizer's default
            if (old != null && now != null
                    && TrainFormat.formatRate(old.defaultLearningRate()).equals(learningRate.get())) {
                learningRate.set(TrainFormat.formatRate(now.defaultLearningRate()));
            }
        });
        architecture.addListener((obs, old, now) -> {
            // an augmentation the user never touched follows the architecture's default
            if (old != null && now != null && augmentation.get() == TrainingSettings.defaultAugmentation(old)) {
                augmentation.set(TrainingSettings.defaultAugmentation(now));
            }
        });
        validate();
    }

    /** The share of each batch given to generated non-digits when the form says teach "not sure". */
    public static final double NEGATIVES = 0.2;

    public ObjectProperty<LearningRateSchedule> scheduleProperty() {
        return schedule;
    }

    /** Epochs of warm-up, as typed ("0.5": half the first). */
    public StringProperty warmupProperty() {
        return warmup;
    }

    public ObjectProperty<Augmentation> augmentationProperty() {
        return augmentation;
    }

    /** Whether the run is taught to be unsure of drawings that are none of the classes. */
    public BooleanProperty teachUnsureProperty() {
        return teachUnsure;
    }

    /** Held-out images, keeping the best epoch, stopping early, scoring the test set each epoch. */
    public ValidationForm validation() {
        return validation;
    }

    public ObjectProperty<DatasetId> datasetProperty() {
        return dataset;
    }

    public ObjectProperty<Architecture> architectureProperty() {
        return architecture;
    }

    public StringProperty epochsProperty() {
        return epochs;
    }

    public StringProperty batchSizeProperty() {
        return batchSize;
    }

    public StringProperty learningRateProperty() {
        return learningRate;
    }

    public ObjectProperty<Optimizer> optimizerProperty() {
        return optimizer;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public BooleanProperty continueTrainingProperty() {
        return continueTraining;
    }

    public ReadOnlyObjectProperty<List<String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty continueHintProperty() {
        return continueHint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canContinueProperty() {
        return canContinue.getReadOnlyProperty();
    }

    /** Train on the first {@code limit} images only (0: all). */
    public void setImageLimit(int limit) {
        this.imageLimit = limit;
        validate();
    }

    public void validate() {
        List<String> found = new ArrayList<>();
        Integer epochCount = TrainFormat.parseInt(epochs.get());
        if (epochCount == null || !TrainingSettings.validEpochs(epochCount)) {
            found.add(text.format("train.invalid.epochs", TrainingSettings.MAX_EPOCHS));
        }
        Integer batch = TrainFormat.parseInt(batchSize.get());
        if (batch == null || !TrainingSettings.validBatchSize(batch)) {
            found.add(text.format("train.invalid.batch", TrainingSettings.MIN_BATCH, TrainingSettings.MAX_BATCH));
        } else if (architecture.get() != null && batch > TrainingSettings.largestBatch(architecture.get())) {
            found.add(BatchMemory.tooLarge(text, architecture.get(), batch));
        }
        Double rate = TrainFormat.parseRate(learningRate.get());
        if (rate == null || !TrainingSettings.validLearningRate(rate)) {
            found.add(text.get("train.invalid.learningRate"));
        }
        Long seedValue = TrainFormat.parseLong(seed.get());
        if (seedValue == null) {
            found.add(text.get("train.invalid.seed"));
        }
        found.addAll(validation.problems());
        Double warm = TrainFormat.parseRate(warmup.get());
        if (warm == null || !(warm >= 0 && warm <= (epochCount == null ? 0 : epochCount))) {
            found.add(text.get("train.invalid.warmup"));
        }
        updateContinue();
        if (continueTraining.get() && !canContinue.get()) {
            found.add(continueHint.get());
        }
        if (found.isEmpty()) {
            found.addAll(settings().problems()); // anything the engine refuses that the form does not check
        }
        problems.set(List.copyOf(found));
    }

    private void updateContinue() {
        ModelStatus status = models.status();
        Architecture chosen = architecture.get();
        DatasetId current = dataset.get();
        if (status == null || status.dataset() != current || status.state() == ModelStatus.State.LOADING) {
            canContinue.set(false);
            continueHint.set(text.get("train.continue.loading"));
        } else if (!status.ready()) {
            canContinue.set(false);
            continueHint.set(text.format("train.continue.none", current.displayName()));
        } else {
            Architecture activeArchitecture = status.model().architecture();
            String active = format.name(activeArchitecture);
            // two of the user's own architectures are both "custom": their specs tell them apart
            boolean same = chosen != null && chosen.equals(activeArchitecture);
            canContinue.set(same);
            continueHint.set(same
                    ? text.format("train.continue.ok", active, format.percent(status.model().card().testAccuracy()))
                    : text.format("train.continue.mismatch", active));
        }
    }

    /** The settings as the form stands (parse failures fall back to invalid values the engine names). */
    public TrainingSettings settings() {
        Integer e = TrainFormat.parseInt(epochs.get());
        Integer b = TrainFormat.parseInt(batchSize.get());
        Double r = TrainFormat.parseRate(learningRate.get());
        Long s = TrainFormat.parseLong(seed.get());
        Double w = TrainFormat.parseRate(warmup.get());
        return new TrainingSettings(dataset.get(), architecture.get(), e == null ? 0 : e, b == null ? 0 : b,
                r == null ? Double.NaN : r, optimizer.get(), s == null ? 0 : s, imageLimit, schedule.get(),
                augmentation.get(), teachUnsure.get() ? NEGATIVES : 0, validation.plan())
                .withWarmup(w == null ? Double.NaN : w);
    }

    /** The epochs the form would run, for the empty charts' axes; 1 while the field holds no valid count. */
    public int plannedEpochs() {
        Integer e = TrainFormat.parseInt(epochs.get());
        return e == null || !TrainingSettings.validEpochs(e) ? 1 : e;
    }

    /** The active model's weights when the form says continue; null: from scratch. */
    public TrainedModel startingModel() {
        return continueTraining.get() ? models.status().model() : null;
    }
}
