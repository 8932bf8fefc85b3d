package org.digitworkbench.app;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
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
 * a flat one as a strip of cells, and each convolution's kernels (averaged over its input channels).
 */
public final class LayerPictures {
    static final int GAP = 2;
    private static final int CELL = 10;
    private static final int STRIP_WIDTH = 32;
    private static final int GAP_COLOUR = 0xff4a6fa5;
    private static final int MAP_PIXELS = 56;
    private static final int MAX_WIDTH = 400;
    /** About how many pixels a side a deeper convolution's kernel takes, and how many of them to a row. */
    private static final int DEEP_KERNEL = 18;
    private static final int DEEP_COLUMNS = 16;

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
        int columns = (int) Math.ceil(Math.sqrt(channels));
        // maps of 56 pixels, smaller where a row of them would be wider than the Inside window shows
        int scale = Math.max(1, Math.min(MAP_PIXELS, MAX_WIDTH / columns - GAP) / side);
        return grid(channels, side, scale, values, (cell, y, x) -> values[(y * side + x) * channels + cell]);
    }

    /**
     * One convolution's kernels, each the mean of its weights over the layer's {@code inputs} input channels
     * (the kernels themselves for the first, which reads the one grey channel), in the order of its maps.
     *
     * @param index the layer's position in the architecture, as {@link LayerOutput#index()} counts it
     */
    public record Kernels(int index, LayerSpec.Conv layer, int inputs, Raster picture) {
    }

    /** The first convolution's kernels, or nothing without a convolution. */
    public static Optional<Raster> firstFilters(TrainedModel model) {
        return kernels(model).stream().findFirst().map(Kernels::picture);
    }

    /**
     * Every convolution's kernels in forward order: the first as a square grid of large cells, the deeper ones
     * (with more kernels, each a blur of many) as wide rows that take little height beside their maps.
     */
    public static List<Kernels> kernels(TrainedModel model) {
        List<Kernels> all = new ArrayList<>();
        List<LayerSpec> layers = model.architecture().layers();
        for (int index = 0; index < layers.size(); index++) {
            if (layers.get(index) instanceof LayerSpec.Conv conv) {
                INDArray weights = model.params().get(ParameterShapes.weightsOf(index)); // [kH, kW, in, out]
                int inputs = (int) weights.size(2);
                float[] mean = weights.mean(2).ravel().toFloatVector(); // [kH, kW, out], out fastest
                int kernel = conv.kernel();
                int filters = conv.filters();
                Values values = (cell, y, x) -> mean[(y * kernel + x) * filters + cell];
                Raster picture = all.isEmpty()
                        ? grid(filters, kernel, 8, (int) Math.ceil(Math.sqrt(filters)), mean, values)
                        : grid(filters, kernel, Math.max(2, DEEP_KERNEL / kernel), Math.min(filters, DEEP_COLUMNS),
                                mean, values);
                all.add(new Kernels(index, conv, inputs, picture));
            }
        }
        return List.copyOf(all);
    }

    /** A value of cell {@code cell} at row {@code y}, column {@code x} of it. */
    private interface Values {
        float at(int cell, int y, int x);
    }

    private static Raster grid(int cells, int side, int scale, float[] all, Values values) {
        int columns = side == 1 ? Math.min(cells, STRIP_WIDTH) : (int) Math.ceil(Math.sqrt(cells));
        return grid(cells, side, scale, columns, all, values);
    }

    private static Raster grid(int cells, int side, int scale, int columns, float[] all, Values values) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float value : all) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        float range = max > min ? max - min : 1;
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
