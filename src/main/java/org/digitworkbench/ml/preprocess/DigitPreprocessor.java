package org.digitworkbench.ml.preprocess;

import java.util.Optional;

import org.digitworkbench.data.DatasetId;

/**
 * Makes any picture look like the data set its model learnt from. MNIST digits: crop to the ink, scale to fit
 * a 20x20 box keeping the aspect ratio (area averaging, so edges come out gray as in MNIST), and place it in
 * 28x28 with its centre of mass at (14, 14). Fashion-MNIST items: crop to the ink, scale so the longer side
 * fills all 28 pixels, and centre the box (Zalando's conversion, less its sharpening). The drawing canvas and
 * the {@code predict} command both use this one path, chosen by the model's data set.
 */
public final class DigitPreprocessor {
    public static final int SIDE = 28;
    public static final int BOX = 20;
    /** Ink fainter than this does not count towards the bounding box (anti-aliasing fringe, scanner noise). */
    static final float INK_THRESHOLD = 0.1f;

    private DigitPreprocessor() {
    }

    /** The recipe of {@code dataset}: 784 values in [0, 1], light on black; empty when there is no ink at all. */
    public static Optional<float[]> forDataset(GrayImage image, DatasetId dataset) {
        return dataset == DatasetId.FASHION_MNIST ? toFashion(image) : toMnist(image);
    }

    /** Fashion-MNIST's recipe: the longer side of the ink's box fills the 28 pixels, the box centred. */
    public static Optional<float[]> toFashion(GrayImage image) {
        int[] box = inkBox(image);
        if (box == null) {
            return Optional.empty();
        }
        int cropWidth = box[2] - box[0] + 1;
        int cropHeight = box[3] - box[1] + 1;
        double scale = (double) SIDE / Math.max(cropWidth, cropHeight);
        int width = Math.min(SIDE, Math.max(1, (int) Math.round(cropWidth * scale)));
        int height = Math.min(SIDE, Math.max(1, (int) Math.round(cropHeight * scale)));
        float[] scaled = AreaResampler.resample(image, box[0], box[1], cropWidth, cropHeight, width, height);
        return Optional.of(place(scaled, width, height, (SIDE - width) / 2, (SIDE - height) / 2));
    }

    /** MNIST's recipe: 784 values in [0, 1], white digit on black; empty when there is no ink at all. */
    public static Optional<float[]> toMnist(GrayImage image) {
        int[] box = inkBox(image);
        if (box == null) {
            return Optional.empty();
        }
        int cropWidth = box[2] - box[0] + 1;
        int cropHeight = box[3] - box[1] + 1;
        double scale = (double) BOX / Math.max(cropWidth, cropHeight);
        int width = Math.max(1, (int) Math.round(cropWidth * scale));
        int height = Math.max(1, (int) Math.round(cropHeight * scale));
        float[] scaled = AreaResampler.resample(image, box[0], box[1], cropWidth, cropHeight, width, height);
        return Optional.of(centreByMass(scaled, width, height));
    }

    /** {x0, y0, x1, y1} of the pixels with ink, inclusive; null when there are none. */
    private static int[] inkBox(GrayImage image) {
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
        return x1 < 0 ? null : new int[] {x0, y0, x1, y1};
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
        return place(pixels, width, height, (int) Math.round(SIDE / 2.0 - cx), (int) Math.round(SIDE / 2.0 - cy));
    }

    /** The picture put into a black 28x28 frame at the offset; what falls outside is cut off. */
    private static float[] place(float[] pixels, int width, int height, int offsetX, int offsetY) {
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
