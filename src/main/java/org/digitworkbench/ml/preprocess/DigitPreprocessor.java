package org.digitworkbench.ml.preprocess;

import java.util.Optional;

/**
 * Makes any picture of a digit look like an MNIST digit: crop to the ink, scale to fit a 20x20 box keeping
 * the aspect ratio (area averaging, so edges come out gray as in MNIST), and place it in 28x28 with its
 * centre of mass at (14, 14). The drawing canvas and the {@code predict} command both use this one path.
 */
public final class DigitPreprocessor {
    public static final int SIDE = 28;
    public static final int BOX = 20;
    /** Ink fainter than this does not count towards the bounding box (anti-aliasing fringe, scanner noise). */
    static final float INK_THRESHOLD = 0.1f;

    private DigitPreprocessor() {
    }

    /** 784 values in [0, 1], white digit on black; empty when there is no ink at all. */
    public static Optional<float[]> toMnist(GrayImage image) {
        int x0 = image.width();
        int y0 = image.height();
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                if (image.at(x, y) > INK_THRESHOLD) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            return Optional.empty();
        }
        int cropWidth = x1 - x0 + 1;
        int cropHeight = y1 - y0 + 1;
        double scale = (double) BOX / Math.max(cropWidth, cropHeight);
        int width = Math.max(1, (int) Math.round(cropWidth * scale));
        int height = Math.max(1, (int) Math.round(cropHeight * scale));
        float[] scaled = AreaResampler.resample(image, x0, y0, cropWidth, cropHeight, width, height);
        return Optional.of(centreByMass(scaled, width, height));
    }

    private static float[] centreByMass(float[] pixels, int width, int height) {
        double mass = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float v = pixels[y * width + x];
                mass += v;
                mx += v * x;
                my += v * y;
            }
        }
        double cx = mass == 0 ? (width - 1) / 2.0 : mx / mass;
        double cy = mass == 0 ? (height - 1) / 2.0 : my / mass;
        // A whole-pixel shift as MNIST did: the digit keeps its 20x20 extent and the centre of mass lands
        // within half a pixel of (14, 14).
        int offsetX = (int) Math.round(SIDE / 2.0 - cx);
        int offsetY = (int) Math.round(SIDE / 2.0 - cy);
        float[] out = new float[SIDE * SIDE];
        for (int y = 0; y < height; y++) {
            int ty = y + offsetY;
            if (ty < 0 || ty >= SIDE) {
                continue;
            }
            for (int x = 0; x < width; x++) {
                int tx = x + offsetX;
                if (tx >= 0 && tx < SIDE) {
                    out[ty * SIDE + tx] = Math.min(1f, pixels[y * width + x]);
                }
            }
        }
        return out;
    }
}
