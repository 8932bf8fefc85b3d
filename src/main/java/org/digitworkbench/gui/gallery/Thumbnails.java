package org.digitworkbench.gui.gallery;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.digitworkbench.data.LabeledImages;

/**
 * Test images as JavaFX images with crisp pixels: each data pixel is written as a {@code scale} x {@code scale}
 * block, so no scaling happens at render time ({@code ImageView.setSmooth(false)} alone is not honoured by
 * every rendering pipeline, e.g. under Xvfb).
 */
final class Thumbnails {
    private Thumbnails() {
    }

    /** A view of a black image of {@code side * scale} pixels. */
    static ImageView view(int side, int scale) {
        ImageView view = new ImageView(new WritableImage(side * scale, side * scale));
        view.setSmooth(false);
        view.setUserData(scale);
        return view;
    }

    /** Draws test image {@code index} into the view's image (white ink on black, as the network sees it). */
    static void draw(ImageView view, LabeledImages images, int index) {
        int scale = (Integer) view.getUserData();
        int width = images.cols();
        int height = images.rows();
        WritableImage image = (WritableImage) view.getImage();
        if ((int) image.getWidth() != width * scale || (int) image.getHeight() != height * scale) {
            image = new WritableImage(width * scale, height * scale);
            view.setImage(image);
        }
        int stride = width * scale;
        int[] argb = new int[stride * height * scale];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int gray = images.pixel(index, y * width + x);
                int value = 0xFF000000 | gray << 16 | gray << 8 | gray;
                int start = y * scale * stride + x * scale;
                for (int dy = 0; dy < scale; dy++) {
                    java.util.Arrays.fill(argb, start + dy * stride, start + dy * stride + scale, value);
                }
            }
        }
        image.getPixelWriter().setPixels(0, 0, stride, height * scale, PixelFormat.getIntArgbInstance(), argb, 0,
                stride);
    }
}
