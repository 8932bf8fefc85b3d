package org.digitworkbench;

import java.util.SplittableRandom;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.LabeledImages;

/**
 * Made-up 28x28 images that a network tells apart within an epoch: class k is a bright block at its own place,
 * shifted a little and sprinkled with noise. For tests that need a real training run but not the real data
 * sets (which are downloaded on first use).
 */
public final class SyntheticDigits {
    private SyntheticDigits() {
    }

    public static DatasetSplits splits(DatasetId id, int train, int test) {
        return new DatasetSplits(id, images(train, 1), images(test, 2));
    }

    /** {@code count} images, labels in a seeded random order. */
    public static LabeledImages images(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] pixels = new byte[count * 784];
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            int label = random.nextInt(10);
            labels[i] = (byte) label;
            int top = 2 + (label / 5) * 13 + random.nextInt(3);
            int left = 1 + (label % 5) * 5 + random.nextInt(2);
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    boolean block = y >= top && y < top + 8 && x >= left && x < left + 4;
                    int value = block ? 200 + random.nextInt(56) : random.nextInt(40);
                    pixels[i * 784 + y * 28 + x] = (byte) value;
                }
            }
        }
        return new LabeledImages(pixels, labels, count, 28, 28);
    }
}
