package org.digitworkbench.gui.train;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.digitworkbench.gui.common.Messages;

/** Labels the Train view's panes share. */
final class TrainLabels {
    private TrainLabels() {
    }

    /** A small muted heading over a group of controls. */
    static Label caption(Messages text, String key) {
        Label label = new Label(text.get(key));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "caption");
        return label;
    }

    /** A label that shows {@code value} and never shrinks below its text. */
    static Label bound(String id, ObservableValue<String> value) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(value);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
