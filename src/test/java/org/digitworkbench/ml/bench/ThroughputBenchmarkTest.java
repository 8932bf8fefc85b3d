package org.digitworkbench.ml.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;

import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.junit.jupiter.api.Test;

class ThroughputBenchmarkTest {
    /** {@code count} 28x28 images whose first pixel tells them apart (image i: i, as far as a byte goes). */
    private static LabeledImages numbered(int count) {
        byte[] pixels = new byte[count * Architecture.INPUT_SIZE];
        for (int i = 0; i < count; i++) {
            pixels[i * Architecture.INPUT_SIZE] = (byte) i;
        }
        return new LabeledImages(pixels, new byte[count], count, 28, 28);
    }

    private static int firstPixel(float[] batch, int image) {
        return Math.round(batch[image * Architecture.INPUT_SIZE] * 255);
    }

    @Test
    void inferenceBatchesWalkTheTestSetWithDistinctImages() {
        float[][] batches = ThroughputBenchmark.testBatches(numbered(250), 50);
        assertEquals(5, batches.length);
        Set<Integer> seen = new HashSet<>();
        for (float[] batch : batches) {
            assertEquals(50 * Architecture.INPUT_SIZE, batch.length);
            for (int i = 0; i < 50; i++) {
                seen.add(firstPixel(batch, i));
            }
        }
        assertEquals(250, seen.size(), "every test image once");
        assertEquals(120, firstPixel(batches[2], 20));
    }

    @Test
    void aBatchLargerThanTheTestSetWrapsRound() {
        float[][] batches = ThroughputBenchmark.testBatches(numbered(30), 40);
        assertEquals(1, batches.length);
        assertEquals(29, firstPixel(batches[0], 29));
        assertEquals(0, firstPixel(batches[0], 30));
        assertEquals(9, firstPixel(batches[0], 39));
    }
}
