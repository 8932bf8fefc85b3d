package org.digitworkbench.gui.draw;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.digitworkbench.app.LayerInspection;
import org.digitworkbench.app.LayerPictures;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.RasterImages;

/**
 * One layer in the Inside window: its line (text, shape, range, zeros), for a deeper convolution its kernels
 * (fixed while the model is), and its picture of the drawing, which shows a map or unit enlarged under the
 * pointer.
 */
final class InsideSection {
    /** About how many pixels a side an enlarged map takes. */
    private static final int CLOSE_UP = 168;
    private final Messages text;
    private final Label caption = new Label();
    private final ImageView picture = new ImageView();
    private final Tooltip closeUp = new Tooltip();
    private final VBox node;
    private InsideLayer shown;

    /** {@code kernels}: the layer's kernels when it is a convolution after the first, else null. */
    InsideSection(int index, LayerPictures.Kernels kernels, Messages text, ObservableDoubleValue lineWidth) {
        this.text = text;
        caption.setId("inside-caption-" + index);
        wrapping(caption, lineWidth);
        picture.setId("inside-layer-" + index);
        picture.setSmooth(false); // each value stays a crisp square
        closeUp.setShowDelay(Duration.millis(150));
        Tooltip.install(picture, closeUp);
        picture.setOnMouseMoved(e -> closeUp(e.getX(), e.getY()));
        node = new VBox(4, caption);
        node.setId("inside-section-" + index);
        if (kernels != null) {
            Label kernelsCaption = new Label(text.format("draw.inside.kernels", kernels.layer().filters(),
                    kernels.inputs(), kernels.picture().min(), kernels.picture().max()));
            kernelsCaption.setId("inside-kernels-caption-" + index);
            wrapping(kernelsCaption, lineWidth);
            kernelsCaption.getStyleClass().add(Styles.TEXT_MUTED);
            ImageView kernelPicture = new ImageView(RasterImages.of(kernels.picture(), null));
            kernelPicture.setId("inside-kernels-" + index);
            kernelPicture.setSmooth(false);
            node.getChildren().addAll(kernelsCaption, kernelPicture);
        }
        node.getChildren().add(picture);
    }

    VBox node() {
        return node;
    }

    void show(InsideLayer layer) {
        shown = layer;
        LayerInspection figures = layer.figures();
        caption.setText(text.format("draw.inside.layer", figures.index() + 1, figures.layer(),
                shape(figures.shape()), figures.min(), figures.max(), figures.zeros()));
        picture.setImage(RasterImages.of(layer.picture(), picture.getImage()));
    }

    /** The map (or unit) under the pointer, enlarged, with its number and its own range. */
    private void closeUp(double x, double y) {
        if (shown == null) {
            return;
        }
        LayerPictures.Raster raster = shown.picture();
        int cell = raster.cellAt(x, y);
        if (cell < 0) {
            closeUp.setText(null);
            closeUp.setGraphic(null);
            return;
        }
        boolean map = shown.figures().shape().length == 3;
        closeUp.setText(map ? text.format("draw.inside.channel", cell + 1, shown.cellMin()[cell], shown.cellMax()[cell])
                : text.format("draw.inside.unit", cell + 1, shown.cellMin()[cell]));
        if (map) {
            int times = Math.max(1, CLOSE_UP / raster.cellPixels());
            int side = raster.cellPixels() * times;
            WritableImage enlarged = new WritableImage(side, side);
            enlarged.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(),
                    raster.cellArgb(cell, times), 0, side);
            ImageView view = new ImageView(enlarged);
            view.setId("inside-close-up");
            closeUp.setGraphic(view);
        } else {
            closeUp.setGraphic(null);
        }
    }

    static void wrapping(Label label, ObservableDoubleValue lineWidth) {
        label.getStyleClass().add(Styles.TEXT_SMALL);
        label.setWrapText(true);
        label.setMinWidth(0);
        label.maxWidthProperty().bind(lineWidth);
    }

    private static String shape(long[] shape) {
        StringBuilder text = new StringBuilder();
        for (long size : shape) {
            text.append(text.length() == 0 ? "" : "\u00d7").append(size);
        }
        return text.toString();
    }
}
