package org.digitworkbench.ml.train;

import java.util.List;
import java.util.SplittableRandom;

import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.DropoutSite;
import org.digitworkbench.ml.step.Batch;

/**
 * Batches straight from the byte pixels: plain arrays per batch, no per-image objects. The order is
 * reshuffled from the seed at every reset, so the same seed replays the same run. Optional augmentation
 * shifts each image by up to two pixels. Each batch carries one inverted-dropout mask per
 * {@link DropoutSite}, drawn from the seed too.
 */
final class ImageBatches {
    private static final int SHIFT = 2;

    private final LabeledImages images;
    private final int batchSize;
    private final boolean augment;
    private final long seed;
    private final List<DropoutSite> dropout;
    private int[] order;
    private int cursor;
    private int epoch;
    private SplittableRandom shiftRandom;
    private SplittableRandom maskRandom;

    ImageBatches(LabeledImages images, int batchSize, boolean augment, List<DropoutSite> dropout, long seed) {
        this.images = images;
        this.dropout = dropout;
        this.batchSize = batchSize;
        this.augment = augment;
        this.seed = seed;
        reset();
    }

    int batchesPerEpoch() {
        return (images.count() + batchSize - 1) / batchSize;
    }

    /** Starts the next epoch: a new order from the seed and the epoch number. */
    void reset() {
        SplittableRandom random = new SplittableRandom(seed * 31 + epoch);
        order = new int[images.count()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        shiftRandom = random.split();
        maskRandom = random.split();
        cursor = 0;
        epoch++;
    }

    boolean hasNext() {
        return cursor < order.length;
    }

    Batch next() {
        int n = Math.min(batchSize, order.length - cursor);
        int size = Architecture.INPUT_SIZE;
        float[] features = new float[n * size];
        int[] labels = new int[n];
        byte[] pixels = images.rawPixels();
        byte[] classes = images.rawLabels();
        for (int b = 0; b < n; b++) {
            int image = order[cursor + b];
            if (augment) {
                copyShifted(pixels, image * size, features, b * size,
                        shiftRandom.nextInt(2 * SHIFT + 1) - SHIFT, shiftRandom.nextInt(2 * SHIFT + 1) - SHIFT);
            } else {
                for (int p = 0; p < size; p++) {
                    features[b * size + p] = (pixels[image * size + p] & 0xFF) / 255f;
                }
            }
            labels[b] = classes[image];
        }
        cursor += n;
        float[][] masks = new float[dropout.size()][];
        for (int i = 0; i < dropout.size(); i++) {
            masks[i] = mask(dropout.get(i), n);
        }
        return new Batch(n, features, labels, masks);
    }

    private float[] mask(DropoutSite site, int n) {
        float keep = (float) (1.0 - site.rate());
        float[] values = new float[(int) (n * site.perImageSize())];
        for (int i = 0; i < values.length; i++) {
            values[i] = maskRandom.nextDouble() < keep ? 1f / keep : 0f;
        }
        return values;
    }

    private static void copyShifted(byte[] src, int srcOffset, float[] dst, int dstOffset, int dx, int dy) {
        int side = Architecture.IMAGE_SIDE;
        for (int y = 0; y < side; y++) {
            int sy = y - dy;
            if (sy < 0 || sy >= side) {
                continue;
            }
            for (int x = 0; x < side; x++) {
                int sx = x - dx;
                if (sx >= 0 && sx < side) {
                    dst[dstOffset + y * side + x] = (src[srcOffset + sy * side + sx] & 0xFF) / 255f;
                }
            }
        }
    }
}
