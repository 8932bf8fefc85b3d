package org.digitworkbench.gui.draw;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.arch.Architecture;

/** Ten labelled bars, one per class, the guessed class highlighted. */
final class ProbabilityBars extends GridPane {
    private final Label[] names = new Label[Architecture.CLASSES];
    private final String idPrefix;

    ProbabilityBars(DrawViewModel model, Messages text) {
        this(model, text, "");
    }

    /** {@code idPrefix}: before each id, so that a second set of bars (the Inside window's) has ids of its own. */
    ProbabilityBars(DrawViewModel model, Messages text, String idPrefix) {
        this.idPrefix = idPrefix;
        setId(idPrefix + "probability-bars");
        getStyleClass().add("probability-bars");
        setHgap(8);
        setVgap(1); // ten rows and the enlarged "Why?" preview fit a 720-pixel window in Chinese too
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints barColumn = new ColumnConstraints();
        barColumn.setHgrow(Priority.ALWAYS);
        barColumn.setFillWidth(true);
        ColumnConstraints valueColumn = new ColumnConstraints(44);
        valueColumn.setHalignment(HPos.RIGHT);
        getColumnConstraints().addAll(nameColumn, barColumn, valueColumn);
        GuessState guess = model.guess();
        for (int i = 0; i < Architecture.CLASSES; i++) {
            names[i] = new Label();
            names[i].setMinWidth(Region.USE_PREF_SIZE);
            ProgressBar bar = new ProgressBar(0);
            bar.setId(idPrefix + "bar-" + i);
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.progressProperty().bind(guess.probabilityProperty(i));
            Label value = new Label();
            value.setMinWidth(Region.USE_PREF_SIZE);
            int label = i;
            value.textProperty().bind(Bindings.createStringBinding(
                    () -> guess.visibleProperty().get()
                            ? text.format("bars.percent", guess.probabilityProperty(label).get()) : "",
                    guess.probabilityProperty(i), guess.visibleProperty()));
            addRow(i, names[i], bar, value);
        }
        model.classNames().addListener((ListChangeListener<String>) change -> showNames(model));
        showNames(model);
        guess.topClassProperty().addListener((obs, old, now) -> {
            if (old >= 0) {
                names[old].getStyleClass().remove("top-class");
            }
            if (now >= 0) {
                names[now].getStyleClass().add("top-class");
            }
        });
    }

    private void showNames(DrawViewModel model) {
        for (int i = 0; i < names.length; i++) {
            names[i].setText(model.classNames().get(i));
            names[i].setId(idPrefix + "class-name-" + i);
        }
    }
}
