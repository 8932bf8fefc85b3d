package org.digitworkbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LabeledImagesTest {

    /** Three 2x2 images: pixel values 0, 85, 170, 255 shifted per image; labels 4, 5, 6. */
    private static LabeledImages sample() {
        byte[] pixels = new byte[12];
        for (int i = 0; i < 12; i++) {
            pixels[i] = (byte) ((i % 4) * 85 + i / 4);
        }
        return new LabeledImages(pixels, new byte[] {4, 5, 6}, 3, 2, 2);
    }

    @Test
    void givesUnsignedPixelsAndLabels() {
        LabeledImages images = sample();
        assertEquals(255, images.pixel(0, 3));
        assertEquals(87, images.pixel(2, 1));
        assertEquals(6, images.label(2));
        assertEquals(4, images.imageSize());
    }

    @Test
    void copiesImageScaledToUnitRange() {
        float[] dst = new float[6];
        sample().copyImageTo(0, dst, 2);
        assertArrayEquals(new float[] {0f, 0f, 0f, 85 / 255f, 170 / 255f, 1f}, dst);
    }

    @Test
    void imageBytesIsACopy() {
        LabeledImages images = sample();
        byte[] copy = images.imageBytes(1);
        copy[0] = 99;
        assertEquals(1, images.pixel(1, 0));
    }

    @Test
    void firstKeepsTheFirstImages() {
        LabeledImages images = sample();
        LabeledImages two = images.first(2);
        assertEquals(2, two.count());
        assertEquals(5, two.label(1));
        assertEquals(images.pixel(1, 3), two.pixel(1, 3));
        assertSame(images, images.first(3));
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> images.first(4));
        assertEquals("cannot take first 4 of 3 images", tooMany.getMessage());
    }

    @Test
    void rawArraysAreNotCopied() {
        byte[] pixels = new byte[4];
        byte[] labels = {1};
        LabeledImages images = new LabeledImages(pixels, labels, 1, 2, 2);
        assertSame(pixels, images.rawPixels());
        assertSame(labels, images.rawLabels());
    }

    @Test
    void refusesArraysOfTheWrongLength() {
        IllegalArgumentException pixels = assertThrows(IllegalArgumentException.class,
                () -> new LabeledImages(new byte[7], new byte[2], 2, 2, 2));
        assertEquals("pixels must hold 8 bytes (2 images of 2x2) but has 7", pixels.getMessage());
        IllegalArgumentException labels = assertThrows(IllegalArgumentException.class,
                () -> new LabeledImages(new byte[8], new byte[3], 2, 2, 2));
        assertEquals("labels must hold 2 bytes but has 3", labels.getMessage());
    }

    @Test
    void refusesIndexesOutOfRange() {
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> sample().label(3));
        assertEquals("image index 3 outside 0..2", e.getMessage());
    }
}
