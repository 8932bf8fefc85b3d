package org.digitworkbench.ml.train;

import java.util.SplittableRandom;

import org.digitworkbench.ml.arch.Architecture;

/** The per-image transforms behind {@link Augmentation}, from byte pixels to values in [0, 1]. */
final class ImageWarp {
    private static final int SIDE = Architecture.IMAGE_SIDE;
    private static final int SHIFT = 2;
    private static final double MAX_ANGLE = Math.toRadians(12);
    private static final double MAX_SCALE = 0.12;
    private static final double MAX_SHEAR = 0.2;
    private static final double MAX_BEND = 1.5;
    private static final int GRID = 3;

    private ImageWarp() {
    }

    static void apply(Augmentation augmentation, byte[] src, int srcOffset, float[] dst, int dstOffset,
                      SplittableRandom random) {
        switch (augmentation) {
            case NONE -> shifted(src, srcOffset, dst, dstOffset, 0, 0, false);
            case SHIFT -> shifted(src, srcOffset, dst, dstOffset, shift(random), shift(random), false);
            case FLIP -> shifted(src, srcOffset, dst, dstOffset, shift(random), shift(random), random.nextBoolean());
            case DRAWING -> {
                drawn(src, srcOffset, dst, dstOffset, random);
                pen(dst, dstOffset, random);
            }
        }
    }

    private static int shift(SplittableRandom random) {
        return random.nextInt(2 * SHIFT + 1) - SHIFT;
    }

    private static void shifted(byte[] src, int srcOffset, float[] dst, int dstOffset, int dx, int dy,
                                boolean mirror) {
        for (int y = 0; y < SIDE; y++) {
            int sy = y - dy;
            for (int x = 0; x < SIDE; x++) {
                int sx = mirror ? SIDE - 1 - (x - dx) : x - dx;
                boolean inside = sy >= 0 && sy < SIDE && sx >= 0 && sx < SIDE;
                dst[dstOffset + y * SIDE + x] = inside ? (src[srcOffset + sy * SIDE + sx] & 0xFF) / 255f : 0f;
            }
        }
    }

    /** A random affine map about the centre plus a smooth bend, sampled back into the source bilinearly. */
    private static void drawn(byte[] src, int srcOffset, float[] dst, int dstOffset, SplittableRandom random) {
        double angle = uniform(random, MAX_ANGLE);
        double scale = 1 + uniform(random, MAX_SCALE);
        double aspect = 1 + uniform(random, MAX_SCALE / 2);
        double shear = uniform(random, MAX_SHEAR);
        double tx = uniform(random, SHIFT);
        double ty = uniform(random, SHIFT);
        double sx = scale * aspect;
        double sy = scale / aspect;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        // forward: rotate . shear . scale; a, b, c, d is its inverse
        double m00 = cos * sx;
        double m01 = cos * shear * sy - sin * sy;
        double m10 = sin * sx;
        double m11 = sin * shear * sy + cos * sy;
        double det = m00 * m11 - m01 * m10;
        double a = m11 / det;
        double b = -m01 / det;
        double c = -m10 / det;
        double d = m00 / det;
        double[] bendX = grid(random);
        double[] bendY = grid(random);
        double centre = (SIDE - 1) / 2.0;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double px = x + field(bendX, x, y) - centre - tx;
                double py = y + field(bendY, x, y) - centre - ty;
                dst[dstOffset + y * SIDE + x] = sample(src, srcOffset, centre + a * px + b * py,
                        centre + c * px + d * py);
            }
        }
    }

    /** Thicker (dilated towards the brightest neighbour) or thinner (faded where a neighbour is dark) strokes. */
    private static void pen(float[] img, int offset, SplittableRandom random) {
        double choice = random.nextDouble();
        if (choice > 0.5) {
            return;
        }
        boolean thicker = choice < 0.25;
        float k = (float) (0.3 + 0.4 * random.nextDouble());
        float[] copy = new float[SIDE * SIDE];
        System.arraycopy(img, offset, copy, 0, copy.length);
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                float v = copy[y * SIDE + x];
                float up = y > 0 ? copy[(y - 1) * SIDE + x] : 0;
                float down = y < SIDE - 1 ? copy[(y + 1) * SIDE + x] : 0;
                float left = x > 0 ? copy[y * SIDE + x - 1] : 0;
                float right = x < SIDE - 1 ? copy[y * SIDE + x + 1] : 0;
                img[offset + y * SIDE + x] = thicker
                        ? Math.max(v, k * Math.max(Math.max(up, down), Math.max(left, right)))
                        : v * (1 - k + k * Math.min(Math.min(up, down), Math.min(left, right)));
            }
        }
    }

    private static double[] grid(SplittableRandom random) {
        double[] g = new double[GRID * GRID];
        for (int i = 0; i < g.length; i++) {
            g[i] = uniform(random, MAX_BEND);
        }
        return g;
    }

    /** The bend at a pixel: the control grid's values interpolated bilinearly across the image. */
    private static double field(double[] g, int x, int y) {
        double gx = x * (GRID - 1) / (double) (SIDE - 1);
        double gy = y * (GRID - 1) / (double) (SIDE - 1);
        int x0 = Math.min(GRID - 2, (int) gx);
        int y0 = Math.min(GRID - 2, (int) gy);
        double fx = gx - x0;
        double fy = gy - y0;
        return (1 - fy) * ((1 - fx) * g[y0 * GRID + x0] + fx * g[y0 * GRID + x0 + 1])
                + fy * ((1 - fx) * g[(y0 + 1) * GRID + x0] + fx * g[(y0 + 1) * GRID + x0 + 1]);
    }

    private static float sample(byte[] src, int offset, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        return (float) ((1 - fy) * ((1 - fx) * at(src, offset, x0, y0) + fx * at(src, offset, x0 + 1, y0))
                + fy * ((1 - fx) * at(src, offset, x0, y0 + 1) + fx * at(src, offset, x0 + 1, y0 + 1)));
    }

    private static double at(byte[] src, int offset, int x, int y) {
        return x < 0 || y < 0 || x >= SIDE || y >= SIDE ? 0 : (src[offset + y * SIDE + x] & 0xFF) / 255.0;
    }

    private static double uniform(SplittableRandom random, double max) {
        return (random.nextDouble() * 2 - 1) * max;
    }
}
