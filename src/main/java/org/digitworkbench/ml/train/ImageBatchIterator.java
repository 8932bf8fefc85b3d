package org.digitworkbench.ml.train;

import java.util.List;
import java.util.SplittableRandom;

import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Batches straight from the byte pixels: one float array per batch, no per-image objects. The order is
 * reshuffled from the seed on every reset, so the same seed replays the same run. Optional augmentation
 * shifts each image by up to two pixels. Stops early when the run is cancelled.
 */
final class ImageBatchIterator implements DataSetIterator {
    private static final int SHIFT = 2;

    private final LabeledImages images;
    private final int batchSize;
    private final boolean augment;
    private final TrainingControl control;
    private final long seed;
    private int[] order;
    private int cursor;
    private int epoch;
    private SplittableRandom shiftRandom;

    ImageBatchIterator(LabeledImages images, int batchSize, boolean augment, long seed, TrainingControl control) {
        this.images = images;
        this.batchSize = batchSize;
        this.augment = augment;
        this.seed = seed;
        this.control = control;
        reshuffle();
    }

    int batchesPerEpoch() {
        return (images.count() + batchSize - 1) / batchSize;
    }

    private void reshuffle() {
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
        cursor = 0;
        epoch++;
    }

    @Override
    public boolean hasNext() {
        return cursor < order.length && !control.isCancelled();
    }

    @Override
    public DataSet next() {
        return next(batchSize);
    }

    @Override
    public DataSet next(int num) {
        int n = Math.min(num, order.length - cursor);
        int size = Architecture.INPUT_SIZE;
        float[] features = new float[n * size];
        float[] labels = new float[n * Architecture.CLASSES];
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
            labels[b * Architecture.CLASSES + classes[image]] = 1f;
        }
        cursor += n;
        return new DataSet(Nd4j.create(features, new long[] {n, size}, 'c'),
                Nd4j.create(labels, new long[] {n, Architecture.CLASSES}, 'c'));
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

    @Override
    public int inputColumns() {
        return Architecture.INPUT_SIZE;
    }

    @Override
    public int totalOutcomes() {
        return Architecture.CLASSES;
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    @Override
    public boolean asyncSupported() {
        return true;
    }

    @Override
    public void reset() {
        reshuffle();
    }

    @Override
    public int batch() {
        return batchSize;
    }

    @Override
    public void setPreProcessor(DataSetPreProcessor preProcessor) {
        throw new UnsupportedOperationException("batches are normalised when they are built");
    }

    @Override
    public DataSetPreProcessor getPreProcessor() {
        return null;
    }

    @Override
    public List<String> getLabels() {
        return null;
    }
}
