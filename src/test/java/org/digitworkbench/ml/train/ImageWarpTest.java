package org.digitworkbench.ml.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Each augmentation does what it says to a bar in the left half of the image. */
class ImageWarpTest {
    private static final int SIDE = 28;

    /** A vertical bar, 3 pixels wide, from row 6 to 21 at columns 8-10. */
    private static byte[] bar() {
        byte[] image = new byte[SIDE * SIDE];
        for (int y = 6; y < 22; y++) {
            for (int x = 8; x < 11; x++) {
                image[y * SIDE + x] = (byte) 255;
            }
        }
        return image;
    }

    private static float[] apply(Augmentation augmentation, long seed) {
        float[] out = new float[SIDE * SIDE];
        ImageWarp.apply(augmentation, bar(), 0, out, 0, new SplittableRandom(seed));
        return out;
    }

    private static double mass(float[] image) {
        double sum = 0;
        for (float v : image) {
            sum += v;
        }
        return sum;
    }

    private static double centreX(float[] image) {
        double sum = 0;
        for (int i = 0; i < image.length; i++) {
            sum += image[i] * (i % SIDE);
        }
        return sum / mass(image);
    }

    @Test
    void noneCopiesAndShiftMovesByAtMostTwoPixels() {
        float[] none = apply(Augmentation.NONE, 1);
        assertEquals(48, mass(none), 1e-6);
        for (long seed = 0; seed < 20; seed++) {
            float[] shifted = apply(Augmentation.SHIFT, seed);
            assertEquals(48, mass(shifted), 1e-6, "a shift keeps the bar whole");
            assertTrue(Math.abs(centreX(shifted) - 9) <= 2.0001);
        }
    }

    @Test
    void flipMirrorsTheBarIntoTheRightHalfSomeOfTheTime() {
        int mirrored = 0;
        for (long seed = 0; seed < 40; seed++) {
            if (centreX(apply(Augmentation.FLIP, seed)) > SIDE / 2.0) {
                mirrored++;
            }
        }
        assertTrue(mirrored > 8 && mirrored < 32, "mirrored " + mirrored + " of 40");
    }

    @Test
    void drawingDistortsButKeepsTheBarRecognisableAndIsReproducible() {
        float[] once = apply(Augmentation.DRAWING, 7);
        assertArrayEquals(once, apply(Augmentation.DRAWING, 7), "same seed, same picture");
        int changed = 0;
        for (long seed = 0; seed < 20; seed++) {
            float[] warped = apply(Augmentation.DRAWING, seed);
            double ink = mass(warped);
            assertTrue(ink > 20 && ink < 110, "ink " + ink + " stays in proportion to the bar's 48");
            assertTrue(Math.abs(centreX(warped) - 9) < 4.5, "stays near where it was: " + centreX(warped));
            float[] none = apply(Augmentation.NONE, seed);
            double difference = 0;
            for (int i = 0; i < none.length; i++) {
                difference += Math.abs(none[i] - warped[i]);
            }
            changed += difference > 5 ? 1 : 0;
        }
        assertTrue(changed >= 18, "only " + changed + " of 20 pictures changed");
    }
}
