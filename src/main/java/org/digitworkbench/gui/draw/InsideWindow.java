package org.digitworkbench.gui.draw;

import java.util.ArrayList;
import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.digitworkbench.app.LayerPictures;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.RasterImages;
import org.digitworkbench.ml.model.TrainedModel;

/**
 * "Inside": a window of its own beside the main one, showing every layer's response to the drawing as it is
 * drawn: a conv or pool layer as a grid of its feature maps, a dense layer as a strip of cells, one grey scale
 * per layer (its range in the layer's line), with the convolutions' kernels. Open while
 * {@link DrawViewModel#insideProperty()} is on; closing it turns that off. The pictures are made on the
 * prediction thread; here they are only copied into images.
 */
final class InsideWindow {
    private static final double WIDTH = 440;
    private static final double PADDING = 12;
    private final javafx.beans.binding.DoubleBinding lineWidth;
    private final DrawViewModel model;
    private final Messages text;
    private final Stage stage = new Stage();
    private final VBox rows = new VBox(10);
    private final Label empty = new Label();
    private final Label filtersCaption = new Label();
    private final ImageView filters = new ImageView();
    private final VBox filtersRow = new VBox(4, filtersCaption, filters);
    private final Label outputCaption = new Label();
    private final VBox outputRow;
    private TrainedModel filtersOf;
    private List<LayerPictures.Kernels> kernels = List.of();
    private final List<InsideSection> sections = new ArrayList<>();

    InsideWindow(DrawViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        stage.setTitle(text.get("draw.inside.title"));
        empty.setText(text.get("draw.inside.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        filtersCaption.setId("inside-filters-caption");
        filters.setId("inside-filters");
        filters.setSmooth(false);
        outputCaption.setId("inside-output-caption");
        ProbabilityBars bars = new ProbabilityBars(model, text, "inside-");
        outputRow = new VBox(4, outputCaption, bars);
        outputRow.setId("inside-output");
        filtersRow.setId("inside-filters-row");
        rows.setId("inside-layers");
        rows.setPadding(new Insets(PADDING));
        ScrollPane scroll = new ScrollPane(rows);
        // captions wrap within what the window shows, whatever the widest picture asks for
        lineWidth = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(100, scroll.getViewportBounds().getWidth() - 2 * PADDING), scroll.viewportBoundsProperty());
        InsideSection.wrapping(filtersCaption, lineWidth);
        InsideSection.wrapping(outputCaption, lineWidth);
        bars.maxWidthProperty().bind(lineWidth);
        empty.maxWidthProperty().bind(lineWidth);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        stage.setScene(new Scene(scroll, WIDTH, 640));
        stage.setOnHidden(e -> model.insideProperty().set(false));
        model.layersProperty().addListener((obs, old, now) -> show(now));
        model.insideProperty().addListener((obs, old, now) -> {
            if (!now) {
                stage.hide();
            }
        });
        show(model.layersProperty().get());
    }

    /** Opens the window beside {@code owner} and asks for the layers' outputs with each answer. */
    void open(Window owner) {
        if (stage.getOwner() == null && owner != null) {
            stage.initOwner(owner);
            // beside the window where the screen has room, else over its right edge: never over the canvas
            double right = owner.getX() + owner.getWidth();
            double screen = javafx.stage.Screen.getPrimary().getVisualBounds().getMaxX();
            stage.setX(right + WIDTH <= screen ? right : Math.max(owner.getX(), right - WIDTH));
            stage.setY(owner.getY());
            // the main window's look: its stylesheets (fonts for Chinese) and its theme's background, live
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.getScene().fillProperty().bind(owner.getScene().fillProperty());
        }
        model.insideProperty().set(true);
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    private void show(List<InsideLayer> layers) {
        boolean newModel = showFilters();
        if (layers.isEmpty()) {
            rows.getChildren().setAll(filtersRow, empty);
            return;
        }
        if (newModel || sections.size() != layers.size()
                || !rows.getChildren().contains(sections.get(0).node())) {
            build(layers.size());
        }
        for (int i = 0; i < layers.size(); i++) {
            sections.get(i).show(layers.get(i));
        }
        outputCaption.setText(text.format("draw.inside.output", layers.size()));
    }

    /**
     * Every convolution's kernels (what its maps respond to), made again only when the model changes: the
     * first's head the window, a deeper one's sit in its own section. Whether the model changed.
     */
    private boolean showFilters() {
        TrainedModel model = this.model.model();
        if (model == filtersOf) {
            return false;
        }
        filtersOf = model;
        kernels = model == null ? List.of() : LayerPictures.kernels(model);
        filtersRow.setVisible(!kernels.isEmpty());
        filtersRow.setManaged(!kernels.isEmpty());
        if (!kernels.isEmpty()) {
            LayerPictures.Raster first = kernels.get(0).picture();
            filtersCaption.setText(text.format("draw.inside.filters", first.min(), first.max()));
            filters.setImage(RasterImages.of(first, filters.getImage()));
        }
        return true;
    }

    private void build(int count) {
        sections.clear();
        rows.getChildren().setAll(filtersRow);
        for (int i = 0; i < count; i++) {
            int index = i;
            LayerPictures.Kernels deeper = kernels.stream().skip(1).filter(k -> k.index() == index)
                    .findFirst().orElse(null);
            InsideSection section = new InsideSection(i, deeper, text, lineWidth);
            sections.add(section);
            rows.getChildren().add(section.node());
        }
        rows.getChildren().add(outputRow);
    }
}
