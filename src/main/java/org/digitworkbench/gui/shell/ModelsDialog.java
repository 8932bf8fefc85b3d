package org.digitworkbench.gui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.digitworkbench.gui.common.AppIcons;
import org.digitworkbench.gui.common.ArchitectureSummaryDialog;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.store.StoredModel;

/** The Models dialog: the user's models of the chosen data set, to make one active or delete one (after asking). */
public final class ModelsDialog {
    private final ModelsViewModel model;
    private final Messages text;
    private final Stage stage = new Stage();

    public ModelsDialog(ModelsViewModel model, Messages text, Window owner) {
        this.model = model;
        this.text = text;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.title());
        stage.getIcons().setAll(AppIcons.all());
        model.setDeleteConfirmation(this::confirmDelete);

        ListView<StoredModel> list = new ListView<>(model.items());
        list.setId("models-list");
        list.setPlaceholder(new Label(text.get("models.empty")));
        list.setCellFactory(view -> new ListCell<>() {
            {
                // wrap to the list's width instead of scrolling sideways
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(StoredModel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        model.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());

        Button use = new Button(text.get("models.use"));
        use.setId("models-use");
        use.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canUse(model.selectedProperty().get()),
                model.selectedProperty()));
        use.setOnAction(e -> model.useSelected());
        Button delete = new Button(text.get("models.delete"));
        delete.setId("models-delete");
        delete.disableProperty().bind(model.selectedProperty().isNull());
        delete.setOnAction(e -> model.deleteSelected());
        Button layers = new Button(text.get("models.layers"));
        layers.setId("models-layers");
        layers.disableProperty().bind(model.selectedProperty().isNull());
        layers.setOnAction(e -> ArchitectureSummaryDialog.create(text, stage, model.describe(model.selectedProperty()
                .get()), model.architecture(model.selectedProperty().get())).show());
        Button close = new Button(text.get("models.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label error = new Label();
        error.setId("models-error");
        error.textProperty().bind(model.errorProperty());
        error.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, use, delete, layers, spacer, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        BorderPane root = new BorderPane(list);
        root.setBottom(new VBox(8, error, buttons));
        BorderPane.setMargin(root.getBottom(), new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 720, 380);
        scene.setFill(owner.getScene().getFill()); // the theme's background from the first frame, as in the window
        stage.setScene(scene);
    }

    /** Shows the dialog and fills it; returns at once. */
    public void show() {
        stage.show();
        model.refresh();
    }

    public Stage stage() {
        return stage;
    }

    private boolean confirmDelete(StoredModel item) {
        ButtonType delete = new ButtonType(text.get("models.deleteButton"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(text.get("models.keepButton"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, model.deleteQuestion(item), delete, keep);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.setTitle(text.get("models.deleteTitle"));
        // Enter keeps the model: deleting takes a deliberate click
        ((Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(delete::equals).isPresent();
    }
}
