package org.digitworkbench.gui.train;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.TrainLabels;

/** "Export CSV…" and "Export PNG…" of the curves shown, with a line saying how the last export went. */
public final class CurveExportButtons {
    private final TrainViewModel model;
    private final Messages text;
    private final HBox root;
    private final Label result;

    public CurveExportButtons(TrainViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        BooleanBinding nothingShown = Bindings.createBooleanBinding(
                () -> model.log().shownRunProperty().get() == null && !model.log().comparison().active(),
                model.log().shownRunProperty(), model.log().comparison().revisionProperty());
        Button csv = button("train-export-csv", "train.export.csv", nothingShown);
        csv.setOnAction(e -> choose("curves.csv", "gallery.csvType", "*.csv", this::exportCsv));
        Button png = button("train-export-png", "train.export.png", nothingShown);
        png.setOnAction(e -> choose("curves.png", "gallery.pngType", "*.png", this::exportPng));
        result = TrainLabels.bound("train-export-result", model.exports().resultProperty());
        result.getStyleClass().add("text-muted");
        // the message goes where it can wrap: beside the buttons it squeezed them to "Export CS..."
        result.setMinWidth(0);
        result.setWrapText(true);
        root = new HBox(6, csv, png);
        root.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
    }

    public HBox node() {
        return root;
    }

    /** How the last export went. */
    public Label result() {
        return result;
    }

    private Button button(String id, String key, BooleanBinding disabled) {
        Button button = new Button(text.get(key));
        button.setId(id);
        button.getStyleClass().add("small");
        button.disableProperty().bind(disabled);
        return button;
    }

    private void choose(String suggested, String typeKey, String pattern, Function<Path, CompletableFuture<Void>> export) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("train.export.title"));
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get(typeKey), pattern));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            export.apply(file.toPath());
        }
    }

    public CompletableFuture<Void> exportCsv(Path file) {
        return model.exports().csv(file);
    }

    /** The picture is taken here, on the FX thread; it is encoded and written in the background. */
    public CompletableFuture<Void> exportPng(Path file) {
        return model.exports().png(file);
    }
}
