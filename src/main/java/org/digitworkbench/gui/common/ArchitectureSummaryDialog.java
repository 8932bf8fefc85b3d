package org.digitworkbench.gui.common;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ArchitectureSummary;

/** A model's architecture layer by layer, read only: its spec (to copy) and its {@link ArchitectureTable}. */
public final class ArchitectureSummaryDialog {
    private ArchitectureSummaryDialog() {
    }

    /** A dialog over {@code owner} headed {@code heading}; the caller shows it. */
    public static Dialog<ButtonType> create(Messages text, Window owner, String heading, Architecture architecture) {
        TextArea spec = new TextArea(architecture.spec());
        spec.setId("architecture-summary-spec");
        spec.setEditable(false);
        spec.setWrapText(true);
        spec.setPrefRowCount(2);
        ArchitectureTable table = new ArchitectureTable(text,
                new SimpleObjectProperty<>(ArchitectureSummary.of(architecture)));
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        VBox content = new VBox(8, spec, table.node());
        content.setPrefSize(520, 420);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        dialog.setTitle(text.get("arch.summary.title"));
        dialog.setHeaderText(heading);
        dialog.getDialogPane().setId("architecture-summary");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(text.get("arch.summary.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        if (owner != null && owner.getScene() != null) {
            // the window's stylesheet and theme, as in the window
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        return dialog;
    }
}
