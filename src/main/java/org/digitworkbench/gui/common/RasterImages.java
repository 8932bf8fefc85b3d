package org.digitworkbench.gui.common;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.digitworkbench.app.LayerPictures;

/** A layer picture as a JavaFX image. FX thread. */
public final class RasterImages {
    private RasterImages() {
    }

    /** {@code raster} drawn into {@code reuse} when it is a writable image of its size, else into a new one. */
    public static WritableImage of(LayerPictures.Raster raster, Image reuse) {
        WritableImage image = reuse instanceof WritableImage known
                && known.getWidth() == raster.width() && known.getHeight() == raster.height()
                ? known : new WritableImage(raster.width(), raster.height());
        image.getPixelWriter().setPixels(0, 0, raster.width(), raster.height(), PixelFormat.getIntArgbInstance(),
                raster.argb(), 0, raster.width());
        return image;
    }
}
