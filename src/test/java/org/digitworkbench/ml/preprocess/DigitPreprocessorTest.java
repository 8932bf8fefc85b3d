package org.digitworkbench.ml.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.junit.jupiter.api.Test;

class DigitPreprocessorTest {
    private static final int CANVAS = 280;

    /** A filled ellipse with a hole: a drawn "0" of the given size at the given place. */
    private static GrayImage ring(int cx, int cy, int rx, int ry) {
        float[] ink = new float[CANVAS * CANVAS];
        for (int y = 0; y < CANVAS; y++) {
            for (int x = 0; x < CANVAS; x++) {
                double outer = sq((x - cx) / (double) rx) + sq((y - cy) / (double) ry);
                double inner = sq((x - cx) / (rx * 0.6)) + sq((y - cy) / (ry * 0.6));
                ink[y * CANVAS + x] = outer <= 1 && inner >= 1 ? 1f : 0f;
            }
        }
        return new GrayImage(CANVAS, CANVAS, ink);
    }

    /** A "7": a bar across the top and a stroke down, heavy on the top right (centre of mass off the box centre). */
    private static GrayImage seven(int x0, int y0, int size) {
        float[] ink = new float[CANVAS * CANVAS];
        int thick = Math.max(2, size / 8);
        for (int y = y0; y < y0 + size; y++) {
            for (int x = x0; x < x0 + size; x++) {
                boolean bar = y < y0 + thick;
                double t = (double) (y - y0) / size;
                double strokeX = x0 + size - thick - t * (size * 0.6);
                boolean stroke = Math.abs(x - strokeX) < thick;
                ink[y * CANVAS + x] = bar || stroke ? 1f : 0f;
            }
        }
        return new GrayImage(CANVAS, CANVAS, ink);
    }

    private static double sq(double v) {
        return v * v;
    }

    @Test
    void smallOffCentreDigitComesOutCentredAndFitted() {
        assertCentredAndFitted(DigitPreprocessor.toMnist(seven(20, 200, 40)).orElseThrow());
    }

    @Test
    void largeDigitComesOutCentredAndFitted() {
        assertCentredAndFitted(DigitPreprocessor.toMnist(ring(140, 140, 130, 100)).orElseThrow());
        assertCentredAndFitted(DigitPreprocessor.toMnist(seven(5, 5, 270)).orElseThrow());
    }

    @Test
    void emptyImageIsReportedAsEmpty() {
        assertEquals(Optional.empty(), DigitPreprocessor.toMnist(new GrayImage(CANVAS, CANVAS, new float[CANVAS * CANVAS])));
    }

    @Test
    void darkOnLightIsInvertedAutomatically() {
        int side = 100;
        int[] lightOnDark = new int[side * side];
        int[] darkOnLight = new int[side * side];
        for (int i = 0; i < side * side; i++) {
            int x = i % side;
            int y = i / side;
            boolean ink = Math.abs(x - 50) < 6 && y > 20 && y < 80;
            lightOnDark[i] = ink ? 0xFFFFFFFF : 0xFF000000;
            darkOnLight[i] = ink ? 0xFF000000 : 0xFFFFFFFF;
        }
        float[] a = DigitPreprocessor.toMnist(GrayImage.fromArgb(side, side, lightOnDark)).orElseThrow();
        float[] b = DigitPreprocessor.toMnist(GrayImage.fromArgb(side, side, darkOnLight)).orElseThrow();
        assertArrayEquals(a, b, 1e-6f);
    }

    @Test
    void mnistDigitsComeBackAlmostUnchanged() {
        LabeledImages test = TestData.mnist().test();
        for (int i = 0; i < 50; i++) {
            float[] original = new float[784];
            test.copyImageTo(i, original, 0);
            float[] again = DigitPreprocessor.toMnist(new GrayImage(28, 28, original)).orElseThrow();
            double correlation = correlation(original, again);
            assertTrue(correlation > 0.85, "test image " + i + ": correlation " + correlation);
        }
    }

    private static void assertCentredAndFitted(float[] image) {
        double mass = 0;
        double mx = 0;
        double my = 0;
        int x0 = 28;
        int y0 = 28;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                float v = image[y * 28 + x];
                assertTrue(v >= 0 && v <= 1, "pixel value " + v);
                mass += v;
                mx += v * x;
                my += v * y;
                if (v > DigitPreprocessor.INK_THRESHOLD) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        // half a pixel, give or take float rounding
        assertEquals(14.0, mx / mass, 0.5 + 1e-6, "centre of mass x");
        assertEquals(14.0, my / mass, 0.5 + 1e-6, "centre of mass y");
        int width = x1 - x0 + 1;
        int height = y1 - y0 + 1;
        assertTrue(Math.max(width, height) >= 19 && Math.max(width, height) <= 20,
                "fitted to 20x20: " + width + "x" + height);
        assertTrue(image[0] == 0 && image[27] == 0 && image[27 * 28] == 0, "corners stay background");
    }

    private static double correlation(float[] a, float[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }

    /** A pair of trousers: a waistband and two legs, much taller than wide, drawn small in a corner. */
    private static GrayImage trousers() {
        float[] ink = new float[CANVAS * CANVAS];
        for (int y = 20; y < 120; y++) {
            for (int x = 30; x < 70; x++) {
                boolean band = y < 30;
                boolean leg = x < 46 || x >= 54;
                ink[y * CANVAS + x] = band || leg ? 1f : 0f;
            }
        }
        return new GrayImage(CANVAS, CANVAS, ink);
    }

    private static int[] rowsAndColumnsWithInk(float[] image) {
        int rows = 0;
        int columns = 0;
        for (int i = 0; i < 28; i++) {
            boolean row = false;
            boolean column = false;
            for (int j = 0; j < 28; j++) {
                row |= image[i * 28 + j] > 0.1f;
                column |= image[j * 28 + i] > 0.1f;
            }
            rows += row ? 1 : 0;
            columns += column ? 1 : 0;
        }
        return new int[] {rows, columns};
    }

    @Test
    void fashionItemsFillTheFrameOnTheirLongerSideAndAreCentredByTheirBox() {
        float[] item = DigitPreprocessor.forDataset(trousers(), DatasetId.FASHION_MNIST).orElseThrow();
        int[] extent = rowsAndColumnsWithInk(item);
        assertEquals(28, extent[0], "the legs run from top to bottom");
        assertTrue(extent[1] >= 10 && extent[1] <= 12, "40 of 100 pixels wide: 11 of 28, got " + extent[1]);
        int firstColumn = 0;
        while (item[14 * 28 + firstColumn] <= 0.1f) {
            firstColumn++;
        }
        assertEquals(8, firstColumn, 1, "the box is centred: (28 - 11) / 2 on each side");

        float[] digit = DigitPreprocessor.forDataset(trousers(), DatasetId.MNIST).orElseThrow();
        assertEquals(20, rowsAndColumnsWithInk(digit)[0], "MNIST's recipe keeps its 20x20 box");
        assertEquals(Optional.empty(), DigitPreprocessor.forDataset(new GrayImage(3, 3, new float[9]),
                DatasetId.FASHION_MNIST));
    }
}
