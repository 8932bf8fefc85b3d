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

    /** From packed ARGB pixels (a canvas snapshot or a decoded file). */
    public static GrayImage fromArgb(int width, int height, int[] argb) {
        float[] luminance = new float[argb.length];
        float[] alpha = new float[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            alpha[i] = ((p >>> 24) & 0xFF) / 255f;
            luminance[i] = (0.299f * ((p >> 16) & 0xFF) + 0.587f * ((p >> 8) & 0xFF) + 0.114f * (p & 0xFF)) / 255f;
        }
        boolean darkOnLight = borderMean(width, height, luminance, alpha) > 0.5f;
        float[] ink = new float[argb.length];
        for (int i = 0; i < argb.length; i++) {
            float value = darkOnLight ? 1f - luminance[i] : luminance[i];
            // transparent pixels are background, whatever colour they carry
            ink[i] = value * alpha[i];
        }
        return new GrayImage(width, height, ink);
    }

    /** Mean luminance of the opaque border pixels; the border is background in any digit picture. */
    private static float borderMean(int width, int height, float[] luminance, float[] alpha) {
        double sum = 0;
        double weight = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (y == 0 || x == 0 || y == height - 1 || x == width - 1) {
                    int i = y * width + x;
                    sum += luminance[i] * alpha[i];
                    weight += alpha[i];
                }
            }
        }
        return weight == 0 ? 0f : (float) (sum / weight);
    }
}
