package org.digitworkbench.ml.train;

import java.util.List;
import java.util.SplittableRandom;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.sketch.DrawnDigits;
import org.digitworkbench.ml.sketch.NonDigits;
import org.digitworkbench.ml.sketch.Stroke;

/**
 * Drawings that are none of the data set's classes (not digits; for Fashion-MNIST not garments, digits included),
 * rendered once per run into the data set's input form (rendering costs about a millisecond each, too slow for
 * every batch); the batches draw from the pool and augment like any image.
 */
final class NegativePool {
    static final int SIZE = 6000;

    private NegativePool() {
    }

    /** Enough variety for a run over {@code images} training images without rendering for longer than needed. */
    static int sizeFor(int images) {
        return Math.min(SIZE, Math.max(500, images / 4));
    }

    static byte[] render(DatasetId dataset, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x6E656761746976L);
        int size = Architecture.INPUT_SIZE;
        byte[] pixels = new byte[count * size];
        for (int i = 0; i < count; i++) {
            // for Fashion-MNIST a drawn digit is no garment either: half its negatives are digits
            List<Stroke> drawing = dataset == DatasetId.FASHION_MNIST && i % 2 == 1
                    ? DrawnDigits.draw(random.nextInt(Architecture.CLASSES), random)
                    : NonDigits.drawForTraining(random);
            DrawingPixels.put(drawing, dataset, pixels, i);
        }
        return pixels;
    }
}
