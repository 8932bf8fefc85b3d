package org.digitworkbench.gui.train;

import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.gui.train.common.TrainLabels;
import org.digitworkbench.gui.train.settings.ValidationForm;
import org.digitworkbench.ml.train.ValidationPlan;

/** The settings form's validation fields (see {@link ValidationForm}). */
public final class ValidationSection {
    private ValidationSection() {
    }

    public static VBox of(ValidationForm form, Messages text) {
        Spinner<Integer> images = spinner("train-validation", form.imagesProperty(), ValidationForm.MAX_IMAGES,
                ValidationPlan.DEFAULT_IMAGES, 1000, text.format("train.validation.images.tooltip",
                        ValidationForm.MAX_IMAGES));
        Spinner<Integer> patience = spinner("train-patience", form.patienceProperty(), ValidationForm.MAX_PATIENCE, 0,
                1, text.get("train.validation.patience.tooltip"));
        CheckBox keepBest = check("train-keep-best", text.get("train.validation.keepBest"),
                text.get("train.validation.keepBest.tooltip"));
        keepBest.selectedProperty().bindBidirectional(form.keepBestProperty());
        CheckBox testEach = check("train-test-each-epoch", text.get("train.validation.testEachEpoch"),
                text.get("train.validation.testEachEpoch.tooltip"));
        testEach.selectedProperty().bindBidirectional(form.testEachEpochProperty());

        GridPane grid = TrainLabels.form();
        grid.addRow(0, new Label(text.get("train.validation.images")), images);
        grid.addRow(1, new Label(text.get("train.validation.patience")), patience);
        grid.add(keepBest, 0, 2, 2, 1);
        grid.add(testEach, 0, 3, 2, 1);
        return new VBox(8, TrainLabels.caption(text, "train.validation"), grid);
    }

    /**
     * An editable spinner whose text is the form's field: the form sees what is typed (and says what is wrong
     * with it); the arrows step from the last whole number in range.
     */
    private static Spinner<Integer> spinner(String id, StringProperty value, int max, int initial, int step,
                                            String tooltip) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, max, initial, step);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer number) {
                return number == null ? "" : number.toString();
            }

            @Override
            public Integer fromString(String typed) {
                // what does not parse keeps the last value instead of throwing from the spinner's commit
                Integer number = TrainFormat.parseInt(typed);
                return number == null ? factory.getValue() : number;
            }
        });
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setMaxWidth(Double.MAX_VALUE);
        spinner.getEditor().setPrefColumnCount(6);
        spinner.getEditor().textProperty().bindBidirectional(value);
        // a whole number set from elsewhere (or typed) is where the arrows step from
        value.addListener((obs, old, now) -> {
            Integer number = TrainFormat.parseInt(now);
            if (number != null && number >= 0 && number <= max && number.toString().equals(now)) {
                factory.setValue(number);
            }
        });
        spinner.setTooltip(new Tooltip(tooltip));
        return spinner;
    }

    private static CheckBox check(String id, String label, String tooltip) {
        CheckBox box = new CheckBox(label);
        box.setId(id);
        box.setWrapText(true);
        box.setTooltip(new Tooltip(tooltip));
        return box;
    }
}
