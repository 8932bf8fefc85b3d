package org.digitworkbench.ml.train;

import java.util.Arrays;
import java.util.Random;

import org.digitworkbench.data.LabeledImages;

/**
 * Which training images are held out for validation: {@code heldOut} drawn at random from the seed, the rest
 * ({@code training}) kept in their original order so that a run's limit still takes the first images.
 */
public record ValidationSplit(int[] training, int[] heldOut) {
    // a seed of its own, so the split does not move in step with the shuffling of batches
    private static final long SALT = 0x5EED_0F_5EA1L;

    public static ValidationSplit of(int count, int heldOutCount, long seed) {
        if (heldOutCount < 0 || heldOutCount >= count) {
            throw new IllegalArgumentException("cannot hold out " + heldOutCount + " of " + count + " images");
        }
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Random random = new Random(seed ^ SALT);
        for (int i = 0; i < heldOutCount; i++) {
            int j = i + random.nextInt(count - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] heldOut = Arrays.copyOf(order, heldOutCount);
        int[] training = Arrays.copyOfRange(order, heldOutCount, count);
        Arrays.sort(heldOut);
        Arrays.sort(training);
        return new ValidationSplit(training, heldOut);
    }

    public LabeledImages trainingOf(LabeledImages images) {
        return training.length == images.count() ? images : images.select(training);
    }

    public LabeledImages heldOutOf(LabeledImages images) {
        return images.select(heldOut);
    }
}
