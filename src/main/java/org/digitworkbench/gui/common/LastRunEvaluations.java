package org.digitworkbench.gui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.eval.EvaluationResult;

/**
 * The Train view hands the Gallery the test-set evaluations of the last two epochs of its latest finished run,
 * so the Gallery can show which images the last epoch fixed and which it broke. Set on the FX thread.
 */
public final class LastRunEvaluations {

    /** {@code previous} is null when the run had a single epoch. */
    public record Run(DatasetId dataset, EvaluationResult previous, EvaluationResult last) {
    }

    private final ObjectProperty<Run> latest = new SimpleObjectProperty<>(this, "latest");

    public ObjectProperty<Run> latestProperty() {
        return latest;
    }
}
