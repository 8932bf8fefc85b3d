package org.digitworkbench.gui.train.editor;

import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.digitworkbench.gui.common.ArchitectureTable;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.arch.Architecture;

/**
 * The architecture editor: the spec as text, what is wrong with it as you type, and its layer table. Opened on
 * the chosen architecture, it is also where a built-in one is seen layer by layer; OK trains what the text says.
 */
public final class ArchitectureEditor {
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    private final ArchitectureEditorModel model;
    private final Dialog<Architecture> dialog = new Dialog<>();
    private final TextArea spec = new TextArea();

    public ArchitectureEditor(ArchitectureEditorModel model, Messages text, Window owner) {
        this.model = model;
        spec.setId("architecture-spec");
        spec.setWrapText(true);
        spec.setPrefRowCount(4);
        spec.textProperty().bindBidirectional(model.specProperty());

        Label error = new Label();
        error.setId("architecture-error");
        error.setWrapText(true);
        error.setMinHeight(Label.USE_PREF_SIZE);
        error.getStyleClass().add("architecture-error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.validProperty().not());
        error.managedProperty().bind(error.visibleProperty());
        error.setCursor(Cursor.HAND);
        error.setTooltip(new Tooltip(text.get("train.editor.errorTooltip")));
        error.setOnMouseClicked(e -> showProblem());

        ArchitectureTable table = new ArchitectureTable(text, model.summaryProperty());
        // the rows of the last valid text stay, dimmed, while the text is being changed
        model.validProperty().addListener((obs, old, now) -> table.node().pseudoClassStateChanged(STALE, !now));
        table.node().pseudoClassStateChanged(STALE, !model.validProperty().get());
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        Label memory = new Label();
        memory.setId("architecture-memory");
        memory.setWrapText(true);
        memory.setMinHeight(Label.USE_PREF_SIZE);
        memory.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        memory.textProperty().bind(model.memoryProperty());
        VBox content = new VBox(8, spec, error, table.node(), memory);
        content.setPrefSize(560, 460);

        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        dialog.setTitle(text.get("train.editor.title"));
        dialog.setHeaderText(text.get("train.editor.header"));
        dialog.getDialogPane().setId("architecture-editor");
        dialog.getDialogPane().setContent(content);
        ButtonType use = new ButtonType(text.get("train.editor.use"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("train.editor.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(use, cancel);
        Button ok = (Button) dialog.getDialogPane().lookupButton(use);
        ok.setId("architecture-use");
        ok.disableProperty().bind(model.validProperty().not());
        dialog.setResultConverter(button -> button == use ? model.architectureProperty().get() : null);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }

    /** Shows the editor and returns at once; {@code chosen} gets the architecture when the user confirms one. */
    public void show(Consumer<Architecture> chosen) {
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                chosen.accept(dialog.getResult());
            }
        });
        dialog.show();
        spec.requestFocus();
        spec.end();
    }

    public Dialog<Architecture> dialog() {
        return dialog;
    }

    /** Puts the caret where the problem is and selects the character there. */
    private void showProblem() {
        int at = model.problemOffset();
        if (at < 0) {
            return;
        }
        spec.requestFocus();
        spec.selectRange(at, Math.min(at + 1, spec.getLength()));
    }
}
