package org.digitworkbench.ml.train;

import java.util.SplittableRandom;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.sketch.DrawnGarments;

/**
 * Drawn garments, labelled with their class, rendered once per run into Fashion-MNIST's input form. A run with
 * negatives (which are drawings) learns from these that a drawing can be a garment too: without them the network
 * called 96% of drawn garments "not sure".
 */
final class DrawnGarmentPool {
    /** Drawn garments added per real training image. */
    static final double SHARE = 0.1;

    private DrawnGarmentPool() {
    }

    static LabeledImages render(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x67617262L);
        byte[] pixels = new byte[count * Architecture.INPUT_SIZE];
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            int kind = i % Architecture.CLASSES;
            DrawingPixels.put(DrawnGarments.draw(kind, random), DatasetId.FASHION_MNIST, pixels, i);
            labels[i] = (byte) kind;
        }
        return new LabeledImages(pixels, labels, count, Architecture.IMAGE_SIDE, Architecture.IMAGE_SIDE);
    }
}
