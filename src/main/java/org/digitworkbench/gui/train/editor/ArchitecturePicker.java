package org.digitworkbench.gui.train.editor;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.gui.train.settings.EpochEstimates;
import org.digitworkbench.ml.arch.Architecture;

/**
 * The Train form's architecture picker: the built-ins, the user's own last one after them, and the button that
 * opens the {@link ArchitectureEditor} on the chosen one.
 */
public final class ArchitecturePicker {
    private final Messages text;
    private final ObjectProperty<Architecture> chosen;
    private final ComboBox<Architecture> box = new ComboBox<>();
    private final HBox root;

    public ArchitecturePicker(Messages text, ObjectProperty<Architecture> chosen, EpochEstimates estimates) {
        this.text = text;
        this.chosen = chosen;
        TrainFormat format = new TrainFormat(text);
        box.setId("train-architecture");
        box.getItems().setAll(Architecture.builtIns());
        box.valueProperty().bindBidirectional(chosen);
        box.setMaxWidth(Double.MAX_VALUE);
        // the list shows size and speed of each; the closed box only the name, the line below the rest
        box.setCellFactory(list -> new ArchitectureCell(estimates));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Architecture item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.name(item));
            }
        });
        box.setTooltip(new Tooltip(text.get("train.architecture.tooltip")));
        keepOwnInList(chosen.get());
        chosen.addListener((obs, old, now) -> keepOwnInList(now));
        HBox.setHgrow(box, Priority.ALWAYS);

        Button edit = new Button(text.get("train.architecture.edit"));
        edit.setId("train-architecture-edit");
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.setTooltip(new Tooltip(text.get("train.architecture.edit.tooltip")));
        edit.setOnAction(e -> openEditor());
        root = new HBox(6, box, edit);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    public HBox node() {
        return root;
    }

    public void openEditor() {
        new ArchitectureEditor(new ArchitectureEditorModel(text, chosen.get()), text, root.getScene().getWindow())
                .show(chosen::set);
    }

    /** The user's own architecture stays pickable after trying a built-in; one at a time, the latest. */
    private void keepOwnInList(Architecture architecture) {
        if (architecture == null || architecture.isBuiltIn() || box.getItems().contains(architecture)) {
            return;
        }
        List<Architecture> items = new ArrayList<>(Architecture.builtIns());
        items.add(architecture);
        box.getItems().setAll(items);
        box.setValue(architecture); // setAll may have cleared the selection
    }
}
