package org.digitworkbench.ml.preprocess;

/**
 * Resizes a region by area averaging: every target pixel is the mean of the source area it covers,
 * with partial pixels weighted by their overlap. Separable (rows, then columns), so it stays cheap for a
 * full-size canvas.
 */
final class AreaResampler {
    private AreaResampler() {
    }

    static float[] resample(GrayImage image, int x0, int y0, int srcWidth, int srcHeight, int width, int height) {
        float[] rows = new float[srcHeight * width];
        for (int y = 0; y < srcHeight; y++) {
            final int row = y0 + y;
            for (int tx = 0; tx < width; tx++) {
                rows[y * width + tx] = average(srcWidth, width, tx, i -> image.at(x0 + i, row));
            }
        }
        float[] out = new float[height * width];
        for (int tx = 0; tx < width; tx++) {
            final int column = tx;
            for (int ty = 0; ty < height; ty++) {
                out[ty * width + tx] = average(srcHeight, height, ty, i -> rows[i * width + column]);
            }
        }
        return out;
    }

    private interface Sample {
        float at(int index);
    }

    /** Mean of source cells [t*n/m, (t+1)*n/m) of a line of n cells mapped onto m cells. */
    private static float average(int n, int m, int t, Sample sample) {
        double start = (double) t * n / m;
        double end = (double) (t + 1) * n / m;
        double sum = 0;
        int first = (int) Math.floor(start);
        int last = Math.min(n - 1, (int) Math.ceil(end) - 1);
        for (int i = first; i <= last; i++) {
            double overlap = Math.min(end, i + 1) - Math.max(start, i);
            if (overlap > 0) {
                sum += overlap * sample.at(i);
            }
        }
        return (float) (sum / (end - start));
    }
}
