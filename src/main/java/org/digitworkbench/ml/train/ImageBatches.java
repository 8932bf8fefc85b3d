package org.digitworkbench.ml.train;

import java.util.List;
import java.util.SplittableRandom;

import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.DropoutSite;
import org.digitworkbench.ml.step.Batch;

/**
 * Batches straight from the byte pixels: plain arrays per batch, no per-image objects. The order is
 * reshuffled from the seed at every reset, so the same seed replays the same run. Each image is augmented as
 * the settings say; with a source of negatives, each batch also carries that share of drawings that are not
 * digits, labelled {@link Batch#UNSURE}. Each batch carries one inverted-dropout mask per
 * {@link DropoutSite}, drawn from the seed too.
 */
final class ImageBatches {
    private final LabeledImages images;
    private final int batchSize;
    private final Augmentation augmentation;
    private final byte[] negatives;
    private final int negativesPerBatch;
    private final long seed;
    private final List<DropoutSite> dropout;
    private int[] order;
    private int cursor;
    private int epoch;
    private SplittableRandom augmentRandom;
    private SplittableRandom negativeRandom;
    private SplittableRandom maskRandom;

    /** @param negatives pictures of things that are not in the data set, 784 bytes each; null for none */
    ImageBatches(LabeledImages images, int batchSize, Augmentation augmentation, byte[] negatives,
                 double negativeShare, List<DropoutSite> dropout, long seed) {
        this.images = images;
        this.dropout = dropout;
        this.batchSize = batchSize;
        this.augmentation = augmentation;
        this.negatives = negatives;
        this.negativesPerBatch = negatives == null ? 0 : (int) Math.round(batchSize * negativeShare);
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
        augmentRandom = random.split();
        negativeRandom = random.split();
        maskRandom = random.split();
        cursor = 0;
        epoch++;
    }

    boolean hasNext() {
        return cursor < order.length;
    }

    Batch next() {
        int real = Math.min(batchSize, order.length - cursor);
        int n = real + negativesPerBatch;
        int size = Architecture.INPUT_SIZE;
        float[] features = new float[n * size];
        int[] labels = new int[n];
        byte[] pixels = images.rawPixels();
        byte[] classes = images.rawLabels();
        for (int b = 0; b < real; b++) {
            int image = order[cursor + b];
            ImageWarp.apply(augmentation, pixels, image * size, features, b * size, augmentRandom);
            labels[b] = classes[image];
        }
        for (int b = real; b < n; b++) {
            int negative = negativeRandom.nextInt(negatives.length / size);
            ImageWarp.apply(augmentation, negatives, negative * size, features, b * size, negativeRandom);
            labels[b] = Batch.UNSURE;
        }
        cursor += real;
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
}
