package org.digitworkbench.gui.shell;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelService;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.gui.common.ThemeChoice;
import org.digitworkbench.ml.model.ModelCard;

/** State of the window around the views: the chosen data set, the theme and the model status line. */
public final class MainViewModel {
    private final ObjectProperty<DatasetId> dataset;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.DRAW);
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(ThemeChoice.LIGHT);
    private final ModelService models;
    private final Messages text;
    private final StringBinding statusLine;

    public MainViewModel(DatasetId initial, ModelService models, Messages text) {
        this.dataset = new SimpleObjectProperty<>(initial);
        this.models = models;
        this.text = text;
        this.statusLine = Bindings.createStringBinding(() -> describe(models.status()), models.statusProperty());
        dataset.addListener((obs, old, now) -> models.activate(now));
    }

    /** Starts loading the model of the initial data set (call once the window is up). */
    public void start() {
        models.activate(dataset.get());
    }

    public ObjectProperty<DatasetId> datasetProperty() {
        return dataset;
    }

    /** The view shown; the window's tabs follow it and set it. */
    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    /** The look the user chose in the View menu; the window applies it and the settings remember it. */
    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public void show(Page shown) {
        page.set(shown);
    }

    public StringBinding statusLine() {
        return statusLine;
    }

    public ModelService models() {
        return models;
    }

    public String describe(ModelStatus status) {
        if (status == null) {
            return "";
        }
        String name = status.dataset().displayName();
        return switch (status.state()) {
            case LOADING -> text.format("status.loading", name);
            case MISSING -> text.format("status.missing", name);
            case FAILED -> text.format("status.failed", name, status.problem());
            case READY -> {
                ModelCard card = status.model().card();
                Double validation = card.history() == null || card.history().isEmpty() ? null
                        : card.history().get(card.history().size() - 1).validationAccuracy();
                if (Double.isNaN(card.testAccuracy()) && validation != null) {
                    // an epoch's copy of a run that scores the test set only at its end
                    yield text.format("status.readyValidated", name, card.architecture(),
                            String.format(Locale.ROOT, "%.2f%%", validation * 100), card.parameters());
                }
                String accuracy = Double.isNaN(card.testAccuracy()) ? "?"
                        : String.format(Locale.ROOT, "%.2f%%", card.testAccuracy() * 100);
                yield text.format(status.userModel() ? "status.readyUser" : "status.readyDefault",
                        name, card.architecture(), accuracy, card.parameters());
            }
        };
    }
}
