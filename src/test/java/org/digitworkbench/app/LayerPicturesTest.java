package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.digitworkbench.ml.arch.ActivationShape;
import org.digitworkbench.ml.arch.LayerSpec;
import org.digitworkbench.ml.step.LayerOutput;
import org.junit.jupiter.api.Test;

/** A layer's picture: maps where the grid says, one grey scale for the layer, and each map found under the pointer. */
class LayerPicturesTest {
    /** Four 28x28 maps: channel c holds c everywhere but its top-left pixel, which holds 10 + c. */
    private static LayerOutput fourMaps() {
        float[] values = new float[28 * 28 * 4];
        for (int i = 0; i < values.length; i++) {
            int channel = i % 4;
            values[i] = i / 4 == 0 ? 10 + channel : channel;
        }
        return new LayerOutput(0, new LayerSpec.Conv(3, 4, true, true), ActivationShape.image(4, 28), values);
    }

    @Test
    void mapsSitInAGridOfTwoByTwoAtTwiceTheirSize() {
        LayerPictures.Raster picture = LayerPictures.raster(fourMaps());
        int gap = LayerPictures.GAP;
        assertEquals(2, picture.columns());
        assertEquals(56, picture.cellPixels());
        assertEquals(2 * (56 + gap) + gap, picture.width());
        assertEquals(0, picture.min());
        assertEquals(13, picture.max());

        assertEquals(0, picture.cellAt(gap + 1, gap + 1));
        assertEquals(1, picture.cellAt(gap + 58 + 1, gap + 1));
        assertEquals(3, picture.cellAt(gap + 58 + 55, gap + 58 + 55));
        assertEquals(-1, picture.cellAt(gap + 56.5, gap + 1), "the gap between two maps");
        assertEquals(-1, picture.cellAt(picture.width() + 3, 1), "outside");

        int white = 0xffffffff; // channel 3's top-left value is the layer's highest
        int[] three = picture.cellArgb(3, 2);
        assertEquals(112 * 112, three.length);
        assertEquals(white, three[0]);
        assertEquals(white, three[3 * 112 + 3], "a pixel of the map is a 2x2 block, twice enlarged a 4x4 one");
        assertEquals(picture.argb()[(gap + 58 + 2) * picture.width() + gap + 58 + 2], three[4 * 112 + 4]);
    }

    @Test
    void unitsSitInAStripOfCells() {
        float[] values = new float[40];
        values[39] = 1;
        LayerPictures.Raster strip = LayerPictures.raster(
                new LayerOutput(0, new LayerSpec.Dense(40, false), ActivationShape.units(40), values));
        assertEquals(32, strip.columns());
        assertEquals(39, strip.cellAt(LayerPictures.GAP + 7 * 12 + 1, LayerPictures.GAP + 12 + 1));
        assertArrayEquals(new int[] {0xffffffff}, java.util.Arrays.copyOf(strip.cellArgb(39, 1), 1));
    }
}
