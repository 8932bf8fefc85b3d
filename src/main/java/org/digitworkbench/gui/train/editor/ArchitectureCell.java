package org.digitworkbench.gui.train.editor;

import javafx.scene.control.ListCell;
import org.digitworkbench.gui.train.settings.EpochEstimates;
import org.digitworkbench.ml.arch.Architecture;

/** One architecture in the picker's list: name, size and expected time per epoch. */
public final class ArchitectureCell extends ListCell<Architecture> {
    private final EpochEstimates estimates;

    public ArchitectureCell(EpochEstimates estimates) {
        this.estimates = estimates;
    }

    @Override
    protected void updateItem(Architecture item, boolean empty) {
        super.updateItem(item, empty);
        textProperty().unbind();
        if (empty || item == null) {
            setText(null);
        } else {
            // measured times arrive once the run history is read and change after each run
            textProperty().bind(estimates.item(item));
        }
    }
}
