package org.digitworkbench.gui.train.settings;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.digitworkbench.app.EpochTimes;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.gui.train.common.ArchitectureInfo;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.train.Augmentation;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * The expected time per epoch the architecture picker shows: measured on this machine by the runs of the run
 * history, or else the built-in guess ({@link ArchitectureInfo}). For the form's data set and augmentation.
 * FX thread.
 */
public final class EpochEstimates {
    private final TrainSettingsForm form;
    private final TrainFormat format;
    private final ReadOnlyObjectWrapper<EpochTimes> times =
            new ReadOnlyObjectWrapper<>(EpochTimes.builtIn(ArchitectureInfo::measuredImagesPerSecond));

    public EpochEstimates(TrainSettingsForm form, TrainFormat format) {
        this.form = form;
        this.format = format;
    }

    /** The runs of the run history, newest first, were read. */
    public void setRuns(List<RunEntry> runs) {
        times.set(new EpochTimes(runs, ArchitectureInfo::measuredImagesPerSecond));
    }

    public ReadOnlyObjectProperty<EpochTimes> timesProperty() {
        return times.getReadOnlyProperty();
    }

    public EpochTimes times() {
        return times.get();
    }

    /**
     * Seconds for an epoch over all training images of the form's data set, with the form's augmentation for
     * the chosen architecture and each other one's default (what choosing it would bring).
     */
    public EpochTimes.Estimate estimate(Architecture architecture) {
        Augmentation augmentation = architecture.equals(form.architectureProperty().get())
                ? form.augmentationProperty().get() : TrainingSettings.defaultAugmentation(architecture);
        return times.get().estimate(form.datasetProperty().get(), architecture, augmentation, EpochTimes.FULL_EPOCH);
    }

    /** The picker's line for {@code architecture}: its name, size and short expected time. */
    public StringBinding item(Architecture architecture) {
        return Bindings.createStringBinding(() -> format.describe(architecture, estimate(architecture)),
                times, form.datasetProperty(), form.augmentationProperty(), form.architectureProperty());
    }

    /** The line under the picker: size, expected time and description of the chosen architecture. */
    public StringBinding details() {
        return Bindings.createStringBinding(() -> {
            Architecture a = form.architectureProperty().get();
            return a == null ? "" : format.details(a, estimate(a));
        }, times, form.datasetProperty(), form.augmentationProperty(), form.architectureProperty());
    }
}
