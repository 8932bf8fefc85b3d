package org.digitworkbench.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import org.digitworkbench.ml.store.AtomicFiles;

/** Pictures written as PNG, whole or not at all. */
public final class PngFiles {
    private PngFiles() {
    }

    public static void write(Path file, BufferedImage image) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer for this picture");
            }
        });
    }
}
