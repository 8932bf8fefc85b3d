package org.digitworkbench.ml.preprocess;

/**
 * A grayscale picture as ink intensities: 0 is background, 1 is full ink, whatever the colours were
 * (the loaders turn dark-on-light into light-on-dark).
 */
public record GrayImage(int width, int height, float[] ink) {
    public GrayImage {
        if (width < 1 || height < 1 || ink.length != width * height) {
            throw new IllegalArgumentException("image of " + width + "x" + height + " needs "
                    + ((long) width * height) + " values, got " + ink.length);
        }
    }

    public float at(int x, int y) {
        return ink[y * width + x];
    }

    /**
     * From packed ARGB pixels (a canvas snapshot or a decoded file). Transparency is first composited onto the
     * paper the opaque pixels are drawn for: white under dark ink, black under light ink. So a black digit on a
     * transparent background reads like one on white paper, and a light one like one on black.
     */
    public static GrayImage fromArgb(int width, int height, int[] argb) {
        float[] luminance = new float[argb.length];
        float[] alpha = new float[argb.length];
        double opaqueSum = 0;
        double opaqueWeight = 0;
        boolean transparency = false;
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            alpha[i] = ((p >>> 24) & 0xFF) / 255f;
            luminance[i] = (0.299f * ((p >> 16) & 0xFF) + 0.587f * ((p >> 8) & 0xFF) + 0.114f * (p & 0xFF)) / 255f;
            opaqueSum += luminance[i] * alpha[i];
            opaqueWeight += alpha[i];
            transparency |= alpha[i] < 1f;
        }
        if (transparency) {
            float paper = opaqueWeight > 0 && opaqueSum / opaqueWeight < 0.5 ? 1f : 0f;
            for (int i = 0; i < argb.length; i++) {
                luminance[i] = luminance[i] * alpha[i] + paper * (1f - alpha[i]);
            }
        }
        boolean darkOnLight = borderMean(width, height, luminance) > 0.5f;
        float[] ink = new float[argb.length];
        for (int i = 0; i < argb.length; i++) {
            ink[i] = darkOnLight ? 1f - luminance[i] : luminance[i];
        }
        return new GrayImage(width, height, ink);
    }

    /** Mean luminance of the border pixels; the border is background in any digit picture. */
    private static float borderMean(int width, int height, float[] luminance) {
        double sum = 0;
        int count = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (y == 0 || x == 0 || y == height - 1 || x == width - 1) {
                    sum += luminance[y * width + x];
                    count++;
                }
            }
        }
        return (float) (sum / count);
    }
}
