package org.digitworkbench.gui.train;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.digitworkbench.gui.common.Messages;

/**
 * The learning rate typed while a run is paused, taken from the next batch on; the schedule scales from it. The
 * change is logged with the run. FX thread.
 */
final class RateChangeForm {
    private final Messages text;
    private final RunController runs;
    private final StringProperty rate = new SimpleStringProperty(this, "rate", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    RateChangeForm(Messages text, RunController runs) {
        this.text = text;
        this.runs = runs;
        // each pause starts from the rate the run has now
        runs.stateProperty().addListener((obs, old, now) -> {
            if (now == TrainState.PAUSED && runs.current() != null) {
                rate.set(TrainFormat.formatRate(runs.currentRate()));
                result.set("");
            }
        });
    }

    StringProperty rateProperty() {
        return rate;
    }

    /** What became of the last change asked for. */
    ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Asks for the rate typed; false (and says why) when it is not a rate or the run is not paused. */
    boolean apply() {
        Double value;
        try {
            value = Double.valueOf(rate.get().trim().replace(',', '.'));
        } catch (NumberFormatException | NullPointerException e) {
            value = null;
        }
        if (value == null || !(value > 0 && value <= 1)) {
            result.set(text.get("train.invalid.learningRate"));
            return false;
        }
        if (!runs.changeRate(value)) {
            return false;
        }
        result.set(text.format("train.changeRate.done", TrainFormat.formatRate(value)));
        return true;
    }
}
