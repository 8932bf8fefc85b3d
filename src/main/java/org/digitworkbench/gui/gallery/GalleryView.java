package org.digitworkbench.gui.gallery;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.WorkbenchView;

/**
 * The test images the active model gets wrong (or the other sources: fixed, broken, my drawings, all images), as a
 * scrolling grid of thumbnails beside the confusion matrix, with filters, sorting, a close-up and exports.
 */
public final class GalleryView implements WorkbenchView {
    private final GalleryViewModel model;
    private final Messages text;
    private final ThumbnailGrid grid;
    private final ConfusionMatrixView matrix;
    private final HBox root;

    public GalleryView(GalleryViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        this.grid = new ThumbnailGrid(model);
        grid.accessibleTextProperty().bind(Bindings.when(model.filter().sourceProperty().isEqualTo(GallerySource.ALL))
                .then(text.get("gallery.gridAccessibleAll")).otherwise(text.get("gallery.gridAccessible")));
        this.matrix = new ConfusionMatrixView(model, text);
        VBox left = new VBox(8, new GalleryFilterBar(model, text), countRow(), galleryArea());
        VBox.setVgrow(left.getChildren().get(2), Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        left.setMinWidth(320);
        VBox side = new VBox(12, card(matrix), card(new DetailPanel(model, text)));
        // the matrix sets the column's width (its wrapping texts would ask for a whole line each)
        side.prefWidthProperty().bind(Bindings.max(360, Bindings.add(matrix.gridWidth(), 2 * 14 + 2)));
        side.minWidthProperty().bind(side.prefWidthProperty());
        side.maxWidthProperty().bind(side.prefWidthProperty());
        side.setPadding(new Insets(0, 4, 0, 0));
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.getStyleClass().addAll("edge-to-edge", "gallery-side");
        sideScroll.prefWidthProperty().bind(side.prefWidthProperty().add(16));
        sideScroll.minWidthProperty().bind(sideScroll.prefWidthProperty());
        // in a short window the close-up lies below the matrix: bring it into view when an image is picked
        model.selection().selectedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                javafx.application.Platform.runLater(() -> {
                    sideScroll.layout();
                    sideScroll.setVvalue(sideScroll.getVmax());
                });
            }
        });
        root = new HBox(16, left, sideScroll);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("gallery-view");
    }

    @Override
    public String title() {
        return text.get("view.gallery");
    }

    @Override
    public Node node() {
        return root;
    }

    private static VBox card(Node content) {
        VBox card = new VBox(content);
        card.getStyleClass().add("gallery-card");
        return card;
    }

    private HBox countRow() {
        Label count = new Label();
        count.setId("gallery-count");
        count.setMinWidth(Region.USE_PREF_SIZE); // the notes beside it give way, never the count
        count.textProperty().bind(Bindings.createStringBinding(
                () -> model.showsImages() ? model.filter().countText().get() : "", model.filter().countText(),
                model.evaluation().phaseProperty(), model.filter().sourceProperty(),
                model.browse().messageProperty()));
        Label answers = new Label();
        answers.setId("gallery-all-note");
        answers.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        answers.textProperty().bind(Bindings.when(model.filter().sourceProperty().isEqualTo(GallerySource.ALL))
                .then(model.browse().answersNoteProperty()).otherwise(""));
        answers.setMinWidth(0);
        Label notice = new Label();
        notice.setId("gallery-notice");
        notice.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        notice.textProperty().bind(model.exports().noticeProperty());
        notice.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(12, count, answers, notice, spacer, exportMenu());
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private MenuButton exportMenu() {
        MenuItem csv = new MenuItem(text.get("gallery.exportMatrixCsv"));
        csv.setId("gallery-export-csv");
        csv.setOnAction(e -> choose("confusion-matrix.csv", "gallery.csvType", "*.csv", this::exportMatrixCsv));
        MenuItem matrixPng = new MenuItem(text.get("gallery.exportMatrixPng"));
        matrixPng.setId("gallery-export-matrix-png");
        matrixPng.setOnAction(e -> choose("confusion-matrix.png", "gallery.pngType", "*.png", this::exportMatrixPng));
        MenuItem pagePng = new MenuItem(text.get("gallery.exportPagePng"));
        pagePng.setId("gallery-export-page-png");
        pagePng.setOnAction(e -> choose("gallery.png", "gallery.pngType", "*.png", this::exportPagePng));
        MenuItem drawingsIdx = new MenuItem(text.get("gallery.exportDrawingsIdx"));
        drawingsIdx.setId("gallery-export-drawings");
        drawingsIdx.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(text.get("gallery.exportDrawingsIdx"));
            File dir = chooser.showDialog(root.getScene().getWindow());
            if (dir != null) {
                model.exports().exportDrawings(model.datasetProperty().get(), dir.toPath());
            }
        });
        MenuButton menu = new MenuButton(text.get("gallery.export"), null, csv, matrixPng, pagePng, drawingsIdx);
        menu.setId("gallery-export");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.disableProperty().bind(model.evaluation().matrixProperty().isNull());
        return menu;
    }

    private void choose(String suggested, String typeKey, String pattern, Consumer<Path> export) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("gallery.exportTitle"));
        chooser.setInitialFileName(model.datasetProperty().get().id() + "-" + suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get(typeKey), pattern));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            export.accept(file.toPath());
        }
    }

    CompletableFuture<Void> exportMatrixCsv(Path file) {
        String csv = model.exports().matrixCsv();
        return model.exports().save(file, () -> csv.getBytes(StandardCharsets.UTF_8));
    }

    CompletableFuture<Void> exportMatrixPng(Path file) {
        return savePng(matrix, file);
    }

    CompletableFuture<Void> exportPagePng(Path file) {
        return savePng(grid, file);
    }

    private CompletableFuture<Void> savePng(Node node, Path file) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(node.getScene().getFill()); // the theme's background: the text is drawn for it
        BufferedImage image = SwingFXUtils.fromFXImage(node.snapshot(parameters, null), null);
        return model.exports().save(file, () -> {
            try {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                return png.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private StackPane galleryArea() {
        ProgressBar progress = new ProgressBar();
        progress.setId("gallery-progress");
        progress.setPrefWidth(280);
        progress.progressProperty().bind(model.evaluation().progressProperty());
        progress.visibleProperty().bind(model.evaluation().phaseProperty().isEqualTo(GalleryViewModel.Phase.LOADING_DATA)
                .or(model.evaluation().phaseProperty().isEqualTo(GalleryViewModel.Phase.EVALUATING))
                .or(model.evaluation().phaseProperty().isEqualTo(GalleryViewModel.Phase.LOADING_MODEL))
                .and(model.filter().sourceProperty().isNotEqualTo(GallerySource.ALL)));
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.setId("gallery-message");
        message.setWrapText(true);
        message.getStyleClass().add("gallery-message");
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!model.showsImages()) {
                return model.filter().sourceProperty().get() == GallerySource.ALL
                        ? model.browse().messageProperty().get() : model.evaluation().messageProperty().get();
            }
            if (!model.filter().shown().isEmpty()) {
                return "";
            }
            return text.get(model.filter().sourceTotalProperty().get() > 0 ? "gallery.noMatch"
                    : model.filter().sourceProperty().get().emptyKey());
        }, model.evaluation().phaseProperty(), model.evaluation().messageProperty(), model.filter().shown(), model.filter().sourceTotalProperty(),
                model.filter().sourceProperty(), model.browse().messageProperty()));
        VBox overlay = new VBox(12, progress, message);
        overlay.setId("gallery-overlay");
        overlay.setAlignment(Pos.CENTER);
        overlay.setMaxWidth(420);
        overlay.setMouseTransparent(true);
        overlay.visibleProperty().bind(message.textProperty().isNotEmpty());
        StackPane area = new StackPane(grid, overlay);
        area.setMinHeight(200);
        return area;
    }
}
