package org.digitworkbench.gui.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.digitworkbench.app.LayerInspection;
import org.digitworkbench.app.LayerPictures;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.model.TrainedModel;

/**
 * "Inside": a window of its own beside the main one, showing every layer's response to the drawing as it is
 * drawn: a conv or pool layer as a grid of its feature maps, a dense layer as a strip of cells, one grey scale
 * per layer (its range in the layer's line). Open while {@link DrawViewModel#insideProperty()} is on; closing it
 * turns that off. The pictures are made on the prediction thread; here they are only copied into images.
 */
final class InsideWindow {
    private static final double WIDTH = 440;
    private static final double PADDING = 12;
    /** About how many pixels a side an enlarged map takes. */
    private static final int CLOSE_UP = 168;
    private final javafx.beans.binding.DoubleBinding lineWidth;
    private final DrawViewModel model;
    private final Messages text;
    private final Stage stage = new Stage();
    private final VBox rows = new VBox(10);
    private final Label empty = new Label();
    private final Label filtersCaption = new Label();
    private final ImageView filters = new ImageView();
    private final VBox filtersRow = new VBox(4, filtersCaption, filters);
    private TrainedModel filtersOf;
    private final List<ImageView> pictures = new ArrayList<>();
    private List<InsideLayer> shownLayers = List.of();
    private final List<Label> captions = new ArrayList<>();

    InsideWindow(DrawViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        stage.setTitle(text.get("draw.inside.title"));
        empty.setText(text.get("draw.inside.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        filtersCaption.setId("inside-filters-caption");
        filtersCaption.getStyleClass().add(Styles.TEXT_SMALL);
        filtersCaption.setWrapText(true);
        filtersCaption.setMinWidth(0);
        filters.setId("inside-filters");
        filters.setSmooth(false);
        rows.setId("inside-layers");
        rows.setPadding(new Insets(PADDING));
        ScrollPane scroll = new ScrollPane(rows);
        // captions wrap within what the window shows, whatever the widest picture asks for
        lineWidth = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(100, scroll.getViewportBounds().getWidth() - 2 * PADDING), scroll.viewportBoundsProperty());
        filtersCaption.maxWidthProperty().bind(lineWidth);
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
        }
        model.insideProperty().set(true);
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    private void show(List<InsideLayer> layers) {
        showFilters();
        if (layers.isEmpty()) {
            rows.getChildren().setAll(filtersRow, empty);
            return;
        }
        if (pictures.size() != layers.size() || !rows.getChildren().contains(pictures.get(0).getParent())) {
            build(layers.size());
        }
        shownLayers = layers;
        for (int i = 0; i < layers.size(); i++) {
            LayerInspection figures = layers.get(i).figures();
            captions.get(i).setText(text.format("draw.inside.layer", figures.index() + 1, figures.layer(),
                    shape(figures.shape()), figures.min(), figures.max(), figures.zeros()));
            pictures.get(i).setImage(image(layers.get(i).picture(), pictures.get(i)));
        }
    }

    /** The first convolution's kernels (what its maps respond to), made again only when the model changes. */
    private void showFilters() {
        TrainedModel model = this.model.model();
        if (model == filtersOf) {
            return;
        }
        filtersOf = model;
        Optional<LayerPictures.Raster> kernels = model == null ? Optional.empty()
                : LayerPictures.firstFilters(model);
        filtersRow.setVisible(kernels.isPresent());
        filtersRow.setManaged(kernels.isPresent());
        kernels.ifPresent(raster -> {
            filtersCaption.setText(text.get("draw.inside.filters"));
            filters.setImage(image(raster, filters));
        });
    }

    private void build(int count) {
        pictures.clear();
        captions.clear();
        rows.getChildren().setAll(filtersRow);
        for (int i = 0; i < count; i++) {
            Label caption = new Label();
            caption.setId("inside-caption-" + i);
            caption.getStyleClass().add(Styles.TEXT_SMALL);
            caption.setWrapText(true);
            caption.setMinWidth(0);
            caption.maxWidthProperty().bind(lineWidth);
            ImageView picture = new ImageView();
            picture.setId("inside-layer-" + i);
            picture.setSmooth(false); // each value stays a crisp square
            Tooltip closeUp = new Tooltip();
            closeUp.setShowDelay(Duration.millis(150));
            Tooltip.install(picture, closeUp);
            int layer = i;
            picture.setOnMouseMoved(e -> closeUp(layer, e.getX(), e.getY(), closeUp));
            captions.add(caption);
            pictures.add(picture);
            rows.getChildren().add(new VBox(4, caption, picture));
        }
    }

    /** The map (or unit) under the pointer, enlarged, with its number and its own range. */
    private void closeUp(int layer, double x, double y, Tooltip tip) {
        if (layer >= shownLayers.size()) {
            return;
        }
        InsideLayer shown = shownLayers.get(layer);
        LayerPictures.Raster picture = shown.picture();
        int cell = picture.cellAt(x, y);
        if (cell < 0) {
            tip.setText(null);
            tip.setGraphic(null);
            return;
        }
        boolean map = shown.figures().shape().length == 3;
        tip.setText(map ? text.format("draw.inside.channel", cell + 1, shown.cellMin()[cell], shown.cellMax()[cell])
                : text.format("draw.inside.unit", cell + 1, shown.cellMin()[cell]));
        if (map) {
            int times = Math.max(1, CLOSE_UP / picture.cellPixels());
            int side = picture.cellPixels() * times;
            WritableImage enlarged = new WritableImage(side, side);
            enlarged.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(),
                    picture.cellArgb(cell, times), 0, side);
            tip.setGraphic(new ImageView(enlarged));
        } else {
            tip.setGraphic(null);
        }
    }

    /** The picture into the view's image when it has the size, else into a new one. */
    private static WritableImage image(LayerPictures.Raster raster, ImageView view) {
        WritableImage image = view.getImage() instanceof WritableImage known
                && known.getWidth() == raster.width() && known.getHeight() == raster.height()
                ? known : new WritableImage(raster.width(), raster.height());
        image.getPixelWriter().setPixels(0, 0, raster.width(), raster.height(), PixelFormat.getIntArgbInstance(),
                raster.argb(), 0, raster.width());
        return image;
    }

    private static String shape(long[] shape) {
        StringBuilder text = new StringBuilder();
        for (long size : shape) {
            text.append(text.length() == 0 ? "" : "\u00d7").append(size);
        }
        return text.toString();
    }
}
