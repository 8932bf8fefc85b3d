package org.digitworkbench.gui.train.settings;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.ml.train.ValidationPlan;

/**
 * The settings form's validation part, as the command line's {@code train --validation --keep-best --patience
 * --test-each-epoch} has it: how many training images are held out to watch the run, whether the best epoch's
 * weights are kept, after how many epochs without a better one the run stops, whether the test set is scored
 * after every epoch. FX thread.
 */
public final class ValidationForm {
    public static final int MAX_IMAGES = 20_000;
    public static final int MAX_PATIENCE = 100;

    private final Messages text;
    private final StringProperty images = new SimpleStringProperty(this, "images", "" + ValidationPlan.DEFAULT_IMAGES);
    private final BooleanProperty keepBest = new SimpleBooleanProperty(this, "keepBest", false);
    private final StringProperty patience = new SimpleStringProperty(this, "patience", "0");
    private final BooleanProperty testEachEpoch = new SimpleBooleanProperty(this, "testEachEpoch", false);

    public ValidationForm(Messages text) {
        this.text = text;
    }

    /** Training images held out, 0 to {@link #MAX_IMAGES}, as typed. */
    public StringProperty imagesProperty() {
        return images;
    }

    public BooleanProperty keepBestProperty() {
        return keepBest;
    }

    /** Epochs without a better validation accuracy after which the run stops, 0 for never, as typed. */
    public StringProperty patienceProperty() {
        return patience;
    }

    public BooleanProperty testEachEpochProperty() {
        return testEachEpoch;
    }

    public Observable[] inputs() {
        return new Observable[] {images, keepBest, patience, testEachEpoch};
    }

    /** Why the fields cannot be trained, said for the user; empty when they can. */
    public List<String> problems() {
        List<String> found = new ArrayList<>();
        Integer held = TrainFormat.parseInt(images.get());
        if (held == null || held < 0 || held > MAX_IMAGES) {
            found.add(text.format("train.invalid.validation", MAX_IMAGES));
        }
        Integer epochs = TrainFormat.parseInt(patience.get());
        if (epochs == null || epochs < 0 || epochs > MAX_PATIENCE) {
            found.add(text.format("train.invalid.patience", MAX_PATIENCE));
        }
        if (held != null && held == 0 && keepBest.get()) {
            found.add(text.get("train.invalid.keepBest"));
        }
        if (held != null && held == 0 && epochs != null && epochs > 0) {
            found.add(text.get("train.invalid.stopEarly"));
        }
        return found;
    }

    /** The plan as the fields stand (a field that does not parse gives a value the trainer refuses). */
    public ValidationPlan plan() {
        Integer held = TrainFormat.parseInt(images.get());
        Integer epochs = TrainFormat.parseInt(patience.get());
        return new ValidationPlan(held == null ? -1 : held, keepBest.get(), epochs == null ? -1 : epochs,
                testEachEpoch.get());
    }
}
