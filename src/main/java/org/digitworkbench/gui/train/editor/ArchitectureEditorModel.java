package org.digitworkbench.gui.train.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.BatchMemory;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ArchitectureSummary;
import org.digitworkbench.ml.arch.SpecException;

/**
 * The architecture editor's state: the spec as typed, parsed on every change (microseconds), its layer table,
 * and what is wrong with it in the user's language. The table keeps the last valid spec's rows while the text is
 * invalid, so it does not flicker empty with every half-typed layer.
 */
public final class ArchitectureEditorModel {
    private final Messages text;
    private final StringProperty spec = new SimpleStringProperty(this, "spec", "");
    private final ReadOnlyObjectWrapper<Architecture> architecture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ArchitectureSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SpecException> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper memory = new ReadOnlyStringWrapper("");

    /** Starts with {@code start}'s spec, or an empty text when there is none. */
    public ArchitectureEditorModel(Messages text, Architecture start) {
        this.text = text;
        spec.addListener(o -> parse());
        spec.set(start == null ? "" : start.spec());
        parse();
    }

    /** The text as typed. */
    public StringProperty specProperty() {
        return spec;
    }

    /** The architecture the text describes; null while it is not a valid spec. */
    public ReadOnlyObjectProperty<Architecture> architectureProperty() {
        return architecture.getReadOnlyProperty();
    }

    /** The layer table of the last valid text; null until there was one. */
    public ReadOnlyObjectProperty<ArchitectureSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the text is not a valid spec (its bundle key, arguments and position); null when it is. */
    public ReadOnlyObjectProperty<SpecException> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** {@link #problemProperty()} said in the user's language; empty when the text is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last valid text's activations take in training, and the largest batch that fits. */
    public ReadOnlyStringProperty memoryProperty() {
        return memory.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The 0-based offset into the text the problem is at, clamped to the text; -1 when the text is valid. */
    public int problemOffset() {
        SpecException p = problem.get();
        if (p == null) {
            return -1;
        }
        String typed = spec.get() == null ? "" : spec.get();
        return Math.max(0, Math.min(p.position() - 1, typed.length()));
    }

    private void parse() {
        try {
            Architecture parsed = Architecture.parse(spec.get() == null ? "" : spec.get());
            ArchitectureSummary rows = ArchitectureSummary.of(parsed);
            problem.set(null);
            error.set("");
            summary.set(rows);
            memory.set(BatchMemory.perImage(text, parsed));
            architecture.set(parsed);
            valid.set(true);
        } catch (SpecException e) {
            valid.set(false);
            architecture.set(null);
            problem.set(e);
            error.set(text.describe(e));
        }
    }
}
