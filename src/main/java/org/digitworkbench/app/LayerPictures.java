package org.digitworkbench.app;

import java.awt.image.BufferedImage;
import java.util.Optional;

import org.digitworkbench.ml.arch.ActivationShape;
import org.digitworkbench.ml.arch.LayerSpec;
import org.digitworkbench.ml.arch.ParameterShapes;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.step.LayerOutput;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Pictures of what is inside a network, in grey from a layer's lowest value (black) to its highest (white), one
 * scale per picture so that maps of one layer compare: a spatial layer's output as a grid of its feature maps,
 * a flat one as a strip of cells, and the first convolution's kernels.
 */
public final class LayerPictures {
    static final int GAP = 2;
    private static final int CELL = 10;
    private static final int STRIP_WIDTH = 32;
    private static final int GAP_COLOUR = 0xff4a6fa5;

    private LayerPictures() {
    }

    /**
     * A picture as packed ARGB pixels, row by row, and the value range its greys span; it shows {@code cells}
     * squares of {@code cellPixels} a side (a channel's map, a unit, a kernel), {@code columns} to a row.
     */
    public record Raster(int width, int height, int[] argb, float min, float max, int cells, int columns,
            int cellPixels) {
        public BufferedImage image() {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            image.setRGB(0, 0, width, height, argb, 0, width);
            return image;
        }

        /** The cell under the point ({@code x}, {@code y}) of the picture, or -1 over a gap or outside. */
        public int cellAt(double x, double y) {
            int pitch = cellPixels + GAP;
            int column = (int) Math.floor((x - GAP) / pitch);
            int row = (int) Math.floor((y - GAP) / pitch);
            if (column < 0 || column >= columns || row < 0 || x - GAP - column * pitch >= cellPixels
                    || y - GAP - row * pitch >= cellPixels) {
                return -1;
            }
            int cell = row * columns + column;
            return cell < cells ? cell : -1;
        }

        /** Cell {@code cell} on its own, {@code times} as large, pixels kept square. */
        public int[] cellArgb(int cell, int times) {
            int side = cellPixels * times;
            int left = GAP + (cell % columns) * (cellPixels + GAP);
            int top = GAP + (cell / columns) * (cellPixels + GAP);
            int[] out = new int[side * side];
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    out[y * side + x] = argb[(top + y / times) * width + left + x / times];
                }
            }
            return out;
        }
    }

    /** The output of one layer: channels side by side (height x width x channels, channel fastest), or cells. */
    public static BufferedImage of(LayerOutput output) {
        return raster(output).image();
    }

    /** As {@link #of}, as pixels: cheap enough to redraw at every stroke (no drawing calls). */
    public static Raster raster(LayerOutput output) {
        ActivationShape shape = output.shape();
        float[] values = output.values();
        if (!shape.spatial()) {
            return grid((int) shape.units(), 1, CELL, values, (cell, y, x) -> values[cell]);
        }
        int side = (int) shape.side();
        int channels = (int) shape.channels();
        int scale = Math.max(1, 56 / side);
        return grid(channels, side, scale, values, (cell, y, x) -> values[(y * side + x) * channels + cell]);
    }

    /** The first convolution's kernels (averaged over its input channels), or nothing without a convolution. */
    public static Optional<Raster> firstFilters(TrainedModel model) {
        int index = 0;
        for (LayerSpec layer : model.architecture().layers()) {
            if (layer instanceof LayerSpec.Conv conv) {
                INDArray weights = model.params().get(ParameterShapes.weightsOf(index)); // [kH, kW, in, out]
                int kernel = conv.kernel();
                int inputs = (int) weights.size(2);
                float[] mean = new float[kernel * kernel * conv.filters()];
                for (int y = 0; y < kernel; y++) {
                    for (int x = 0; x < kernel; x++) {
                        for (int out = 0; out < conv.filters(); out++) {
                            double sum = 0;
                            for (int in = 0; in < inputs; in++) {
                                sum += weights.getDouble(y, x, in, out);
                            }
                            mean[(out * kernel + y) * kernel + x] = (float) (sum / inputs);
                        }
                    }
                }
                return Optional.of(grid(conv.filters(), kernel, 8, mean,
                        (cell, y, x) -> mean[(cell * kernel + y) * kernel + x]));
            }
            index++;
        }
        return Optional.empty();
    }

    /** A value of cell {@code cell} at row {@code y}, column {@code x} of it. */
    private interface Values {
        float at(int cell, int y, int x);
    }

    private static Raster grid(int cells, int side, int scale, float[] all, Values values) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float value : all) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        float range = max > min ? max - min : 1;
        int columns = side == 1 ? Math.min(cells, STRIP_WIDTH) : (int) Math.ceil(Math.sqrt(cells));
        int rows = (cells + columns - 1) / columns;
        int pitch = side * scale + GAP;
        int width = columns * pitch + GAP;
        int height = rows * pitch + GAP;
        int[] argb = new int[width * height];
        java.util.Arrays.fill(argb, GAP_COLOUR); // the gaps: apart from any grey a value can take
        for (int cell = 0; cell < cells; cell++) {
            int left = GAP + (cell % columns) * pitch;
            int top = GAP + (cell / columns) * pitch;
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    int grey = Math.round(255 * (values.at(cell, y, x) - min) / range);
                    int pixel = 0xff000000 | grey << 16 | grey << 8 | grey;
                    for (int dy = 0; dy < scale; dy++) {
                        int row = (top + y * scale + dy) * width + left + x * scale;
                        java.util.Arrays.fill(argb, row, row + scale, pixel);
                    }
                }
            }
        }
        return new Raster(width, height, argb, min, max, cells, columns, side * scale);
    }
}
