package org.digitworkbench.ml.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.BitSet;

import org.digitworkbench.data.LabeledImages;
import org.junit.jupiter.api.Test;

class ValidationSplitTest {

    @Test
    void sameSeedSameSplitAndItCoversEveryImageOnce() {
        ValidationSplit first = ValidationSplit.of(1000, 100, 42);
        ValidationSplit again = ValidationSplit.of(1000, 100, 42);
        assertArrayEquals(first.heldOut(), again.heldOut());
        assertArrayEquals(first.training(), again.training());
        assertEquals(100, first.heldOut().length);
        assertEquals(900, first.training().length);

        BitSet seen = new BitSet();
        for (int i : first.heldOut()) {
            seen.set(i);
        }
        for (int i : first.training()) {
            assertFalse(seen.get(i), "image " + i + " is both held out and trained on");
            seen.set(i);
        }
        assertEquals(1000, seen.cardinality());
    }

    @Test
    void anotherSeedHoldsOutOtherImages() {
        assertFalse(Arrays.equals(ValidationSplit.of(1000, 100, 42).heldOut(),
                ValidationSplit.of(1000, 100, 43).heldOut()));
    }

    @Test
    void theImagesFollowTheIndices() {
        byte[] pixels = new byte[5 * 4];
        byte[] labels = new byte[5];
        for (int i = 0; i < 5; i++) {
            labels[i] = (byte) i;
            Arrays.fill(pixels, i * 4, i * 4 + 4, (byte) (10 * i));
        }
        LabeledImages images = new LabeledImages(pixels, labels, 5, 2, 2);
        ValidationSplit split = ValidationSplit.of(5, 2, 7);
        LabeledImages heldOut = split.heldOutOf(images);
        LabeledImages training = split.trainingOf(images);
        assertEquals(2, heldOut.count());
        assertEquals(3, training.count());
        for (int i = 0; i < 2; i++) {
            assertEquals(split.heldOut()[i], heldOut.label(i));
            assertArrayEquals(images.imageBytes(split.heldOut()[i]), heldOut.imageBytes(i));
        }
        assertEquals(split.training()[2], training.label(2));
    }

    @Test
    void cannotHoldOutEverything() {
        assertThrows(IllegalArgumentException.class, () -> ValidationSplit.of(10, 10, 1));
    }
}
