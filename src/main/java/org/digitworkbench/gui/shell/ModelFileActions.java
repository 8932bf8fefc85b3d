package org.digitworkbench.gui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.digitworkbench.app.ModelFiles;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelService;
import org.digitworkbench.gui.common.ModelStatus;

/**
 * The Model menu's files: Open (a workbench model or a Keras file), Export for Keras, and a model file dropped
 * anywhere on the window, which opens as Open does.
 */
final class ModelFileActions {
    private static final String[] KERAS = {"*.keras", "*.h5", "*.hdf5"};

    private final ModelService models;
    private final Messages text;

    ModelFileActions(ModelService models, Messages text) {
        this.models = models;
        this.text = text;
    }

    void open(Window owner) {
        if (models.status() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("model.openTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("model.anyFileType"), "*.zip", "*.keras", "*.h5", "*.hdf5"),
                new FileChooser.ExtensionFilter(text.get("model.fileType"), "*.zip"),
                new FileChooser.ExtensionFilter(text.get("model.kerasFileType"), KERAS));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            models.openModel(file.toPath());
        }
    }

    void export(Window owner) {
        ModelStatus status = models.status();
        if (status == null || !status.ready()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("model.exportTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("model.kerasFileType"), KERAS));
        chooser.setInitialFileName(status.dataset().id() + "-" + status.model().architecture().id() + ".keras");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            Path chosen = file.toPath();
            models.exportForKeras(ModelFiles.isKeras(chosen) ? chosen
                    : chosen.resolveSibling(chosen.getFileName() + ".keras"));
        }
    }

    /**
     * Model files dropped on {@code root} open as models. Filters, so the views below (the Draw view takes dropped
     * pictures) never see them.
     */
    void acceptDrops(Node root) {
        root.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (modelFile(e) != null) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            Path file = modelFile(e);
            if (file != null) {
                models.openModel(file);
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    private Path modelFile(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        if (files.isEmpty() || models.status() == null) {
            return null;
        }
        Path file = files.get(0).toPath();
        return ModelFiles.isModelFile(file) ? file : null;
    }
}
