package org.digitworkbench.gui.train.run;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.BatchMemory;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.gui.train.common.TrainState;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * The learning rate and batch size typed while a run is paused: the rate taken from the next batch on (the
 * schedule scales from it), the batch size from the next epoch. Changes are logged with the run. FX thread.
 */
public final class RateChangeForm {
    private final Messages text;
    private final RunSteering runs;
    private final StringProperty rate = new SimpleStringProperty(this, "rate", "");
    private final StringProperty batch = new SimpleStringProperty(this, "batch", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    public RateChangeForm(Messages text, RunSteering runs) {
        this.text = text;
        this.runs = runs;
        // each pause starts from the rate the run has now
        runs.stateProperty().addListener((obs, old, now) -> {
            if (now == TrainState.PAUSED && runs.current() != null) {
                rate.set(TrainFormat.formatRate(runs.currentRate()));
                batch.set(Integer.toString(runs.currentBatchSize()));
                result.set("");
            }
        });
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public StringProperty batchProperty() {
        return batch;
    }

    /** What became of the last change asked for. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Asks for what was typed that differs from the run's; false (and says why) when a value is out of range. */
    public boolean apply() {
        Double value = TrainFormat.parseRate(rate.get());
        if (value == null || !TrainingSettings.validLearningRate(value)) {
            result.set(text.get("train.invalid.learningRate"));
            return false;
        }
        Integer size = TrainFormat.parseInt(batch.get());
        if (size == null || !TrainingSettings.validBatchSize(size)) {
            result.set(text.format("train.invalid.batch", TrainingSettings.MIN_BATCH, TrainingSettings.MAX_BATCH));
            return false;
        }
        if (runs.current() != null && size > TrainingSettings.largestBatch(runs.current().settings().architecture())) {
            result.set(BatchMemory.tooLarge(text, runs.current().settings().architecture(), size));
            return false;
        }
        List<String> done = new ArrayList<>();
        if (value != runs.currentRate()) {
            if (!runs.changeRate(value)) {
                return false;
            }
            done.add(text.format("train.changeRate.done", TrainFormat.formatRate(value)));
        }
        if (size != runs.currentBatchSize()) {
            if (!runs.changeBatchSize(size)) {
                return false;
            }
            done.add(text.format("train.changeBatch.done", size));
        }
        result.set(String.join(" \u00b7 ", done));
        return true;
    }
}
