package org.digitworkbench.gui.gallery;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.digitworkbench.data.LabeledImages;

/** Test images as JavaFX images: one pixel per data pixel, scaled up without smoothing so pixels stay crisp. */
final class Thumbnails {
    private Thumbnails() {
    }

    /** A view of a fresh image of the data set's size, shown {@code scale} times as large, unsmoothed. */
    static ImageView view(int side, double scale) {
        ImageView view = new ImageView(new WritableImage(side, side));
        view.setSmooth(false);
        view.setFitWidth(side * scale);
        view.setFitHeight(side * scale);
        view.setPreserveRatio(true);
        return view;
    }

    /** Draws test image {@code index} into the view's image (white ink on black, as the network sees it). */
    static void draw(ImageView view, LabeledImages images, int index) {
        WritableImage image = (WritableImage) view.getImage();
        int width = images.cols();
        int height = images.rows();
        if ((int) image.getWidth() != width || (int) image.getHeight() != height) {
            image = new WritableImage(width, height);
            view.setImage(image);
        }
        int[] argb = new int[width * height];
        for (int p = 0; p < argb.length; p++) {
            int gray = images.pixel(index, p);
            argb[p] = 0xFF000000 | gray << 16 | gray << 8 | gray;
        }
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    }

    /** Clears the view's image to black. */
    static void clear(ImageView view) {
        WritableImage image = (WritableImage) view.getImage();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] black = new int[width * height];
        java.util.Arrays.fill(black, 0xFF000000);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), black, 0, width);
    }
}
