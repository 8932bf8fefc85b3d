package org.digitworkbench.gui.train;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.digitworkbench.app.RunLabels;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.gui.train.common.TrainLabels;
import org.digitworkbench.gui.train.run.LoggedRun;

/**
 * The Runs tab: the run table, a note and Remove for the run selected, the exports of what the charts show, and a
 * line saying how the last change or export went (wrapping, never pushing the buttons out).
 */
public final class RunsTab {
    private final TrainViewModel model;
    private final Messages text;
    private final VBox root;
    private final RunTable table;

    public RunsTab(TrainViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        table = new RunTable(model.log(), model.edits(), text, new TrainFormat(text));
        var selected = table.node().getSelectionModel().selectedItemProperty();
        Button note = new Button(text.get("train.edit.note"));
        note.setId("train-run-note");
        note.getStyleClass().add("small");
        note.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().id() == null, selected));
        note.setOnAction(e -> editNote(selected.get()));
        Button remove = new Button(text.get("train.edit.remove"));
        remove.setId("train-run-remove");
        remove.getStyleClass().add("small");
        remove.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.edits().canRemove(selected.get()),
                selected, model.log().epochsLoggedProperty(), model.controller().steering().stateProperty()));
        remove.setOnAction(e -> confirmRemove(selected.get()));
        for (Button fixed : new Button[] {note, remove}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        CurveExportButtons exports = new CurveExportButtons(model, text);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, note, remove, gap, exports.node());
        bar.setAlignment(Pos.CENTER_LEFT);
        Label edited = TrainLabels.bound("train-edit-result", model.edits().messageProperty());
        edited.setMinWidth(0);
        edited.setWrapText(true);
        edited.getStyleClass().add("text-muted");
        for (Label status : new Label[] {edited, exports.result()}) {
            status.managedProperty().bind(status.textProperty().isNotEmpty());
            status.visibleProperty().bind(status.managedProperty());
        }
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        root = new VBox(4, bar, table.node(), edited, exports.result());
        Tooltip.install(table.node(), new Tooltip(text.get("train.log")));
    }

    public VBox node() {
        return root;
    }

    private void editNote(LoggedRun run) {
        if (run == null) {
            return;
        }
        TextArea area = new TextArea(run.note() == null ? "" : run.note());
        area.setId("train-run-note-text");
        area.setWrapText(true);
        area.setPrefRowCount(6);
        area.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= RunLabels.MAX_NOTE ? change : null));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(text.format("train.edit.noteTitle", run.number()));
        dialog.setHeaderText(text.format("train.edit.noteHeader", run.number()));
        dialog.getDialogPane().setContent(area);
        ButtonType save = new ButtonType(text.get("train.edit.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == save) {
            model.edits().label(run, run.name(), area.getText());
        }
    }

    private void confirmRemove(LoggedRun run) {
        if (!model.edits().canRemove(run)) {
            return;
        }
        ButtonType remove = new ButtonType(text.get("train.edit.removeConfirm"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text.get("train.edit.removeMessage"), remove,
                ButtonType.CANCEL);
        alert.setTitle(text.get("train.edit.removeTitle"));
        alert.setHeaderText(text.format("train.edit.removeHeader", run.number()));
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        if (alert.showAndWait().filter(b -> b == remove).isPresent()) {
            model.edits().remove(run);
        }
    }
}
