package org.digitworkbench.gui.gallery;

import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.digitworkbench.gui.common.LastRunEvaluations;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.ml.eval.ErrorChanges;
import org.digitworkbench.ml.eval.Misclassification;

/** What the last epoch of the last training run fixed and broke; available only for that run's data set. */
final class EpochChanges {
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private LastRunEvaluations.Run run;
    private ErrorChanges changes;

    /** A single-epoch run (or none) has nothing to compare. */
    void setLastRun(LastRunEvaluations.Run latest) {
        run = latest;
        changes = latest != null && latest.previous() != null
                ? ErrorChanges.between(latest.previous(), latest.last()) : null;
    }

    /** Whether the changes apply to the model now active; returns the new availability. */
    boolean update(ModelStatus status) {
        available.set(changes != null && status != null && run.dataset() == status.dataset());
        return available.get();
    }

    ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    List<Misclassification> fixed() {
        return available.get() ? changes.fixed() : List.of();
    }

    List<Misclassification> broken() {
        return available.get() ? changes.broken() : List.of();
    }
}
