package org.digitworkbench.ml.preprocess;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Reads PNG, JPEG, GIF or BMP files of any size into a {@link GrayImage}, light-on-dark. */
public final class ImageFiles {
    private ImageFiles() {
    }

    public static GrayImage read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": cannot decode the image (" + e.getMessage() + ")", e);
        }
        if (image == null) {
            throw new IOException(file + ": not an image this program can read (PNG, JPEG, GIF or BMP)");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        return GrayImage.fromArgb(width, height, argb);
    }
}
