package org.digitworkbench.gui.shell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelService;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.store.StoredModel;

/**
 * The Models dialog's state: the user's models of the chosen data set (the active one and those kept on the
 * shelf), making a kept one active, and deleting one, only once {@link #setDeleteConfirmation} says yes.
 * FX thread.
 */
public final class ModelsViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final ModelService models;
    private final Messages text;
    private final ObservableList<StoredModel> items = FXCollections.observableArrayList();
    private final ObjectProperty<StoredModel> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private Predicate<StoredModel> confirmDelete = model -> false;
    /** The shipped model's card (null: none), so that a model continued from it and a deletion can name it. */
    private ModelCard shipped;

    public ModelsViewModel(ModelService models, Messages text) {
        this.models = models;
        this.text = text;
    }

    public ObservableList<StoredModel> items() {
        return items;
    }

    public ObjectProperty<StoredModel> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Asked before a model is deleted; nothing is deleted unless it answers true. */
    public void setDeleteConfirmation(Predicate<StoredModel> confirm) {
        this.confirmDelete = confirm;
    }

    public String title() {
        return text.format("models.title", models.status().dataset().displayName());
    }

    public CompletableFuture<?> refresh() {
        return models.shippedCard().thenCompose(card -> {
            shipped = card;
            return models.userModels();
        }).whenComplete((list, failure) -> {
            if (failure != null) {
                error.set(text.format("models.listFailed", text.describe(failure)));
            } else {
                items.setAll(list);
            }
        });
    }

    public boolean canUse(StoredModel model) {
        return model != null && !model.active();
    }

    /** The selected kept model becomes the active one. */
    public CompletableFuture<?> useSelected() {
        StoredModel model = selected.get();
        if (!canUse(model)) {
            return CompletableFuture.completedFuture(null);
        }
        error.set(null);
        return models.useKept(model).handle((done, failure) -> {
            if (failure != null) {
                error.set(text.format("models.useFailed", text.describe(failure)));
            }
            return refresh();
        });
    }

    /** Deletes the selected model, once the user has confirmed it. */
    public CompletableFuture<?> deleteSelected() {
        StoredModel model = selected.get();
        if (model == null || !confirmDelete.test(model)) {
            return CompletableFuture.completedFuture(null);
        }
        error.set(null);
        return models.delete(model).handle((done, failure) -> {
            if (failure != null) {
                error.set(text.format("models.deleteFailed", text.describe(failure)));
            }
            return refresh();
        });
    }

    /** One line per model: architecture, accuracy, when, epochs, lineage, and whether it is the active one. */
    public String describe(StoredModel model) {
        ModelCard card = model.card();
        String accuracy = Double.isNaN(card.testAccuracy()) ? "?"
                : String.format(Locale.ROOT, "%.2f%%", card.testAccuracy() * 100);
        String lineage = card.importedFrom() != null ? text.format("models.fromKeras", card.importedFrom().file(),
                String.valueOf(card.importedFrom().kerasVersion()))
                : card.continuedFrom() == null ? ""
                : isShipped(card.continuedFrom()) ? text.get("models.continuedShipped")
                : text.format("models.continued", when(card.continuedFrom().createdAt()));
        return text.format("models.entry", card.architecture(), accuracy, when(card.createdAt()), card.history().size(),
                lineage, model.active() ? text.get("models.active") : "");
    }

    /** The model's architecture, from the spec its card keeps (or, on older cards, the built-in's id). */
    public Architecture architecture(StoredModel model) {
        return Architecture.of(model.card().architecture(), model.card().spec());
    }

    /** The question before a deletion; deleting the model in use also says what draws from then on. */
    public String deleteQuestion(StoredModel model) {
        String question = text.format("models.deleteConfirm", describe(model));
        if (!model.active()) {
            return question;
        }
        return question + "\n\n" + text.get(shipped != null ? "models.deleteActive.shipped" : "models.deleteActive.none");
    }

    /** Whether {@code card} is the shipped model's: the same data set, architecture and moment of making. */
    private boolean isShipped(ModelCard card) {
        return shipped != null && Objects.equals(card.createdAt(), shipped.createdAt())
                && Objects.equals(card.dataset(), shipped.dataset())
                && Objects.equals(card.architecture(), shipped.architecture());
    }

    private static String when(String instant) {
        if (instant == null) {
            return "?";
        }
        try {
            return WHEN.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
