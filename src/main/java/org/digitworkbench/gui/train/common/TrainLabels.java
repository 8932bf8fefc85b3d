package org.digitworkbench.gui.train.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.digitworkbench.gui.common.Messages;

/** Labels and the label-and-field grid the Train view's panes share. */
public final class TrainLabels {
    private TrainLabels() {
    }

    /** A small muted heading over a group of controls. */
    public static Label caption(Messages text, String key) {
        Label label = new Label(text.get(key));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "caption");
        return label;
    }

    /** A label that shows {@code value} and never shrinks below its text. */
    public static Label bound(String id, ObservableValue<String> value) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(value);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A grid of labels (never cut) beside fields (taking the width left), spaced as the settings form. */
    public static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }
}
