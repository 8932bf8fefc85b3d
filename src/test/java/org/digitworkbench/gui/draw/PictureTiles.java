package org.digitworkbench.gui.draw;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/**
 * The tiles of a picture the Inside window shows, read from its pixels as a viewer sees them: grey squares
 * (maps, units or kernels) in rows, apart in the gap colour, which no grey can take.
 */
record PictureTiles(Image image, int gap, int cellPixels, int columns, int count) {
    private static final int GAP_COLOUR = 0xff4a6fa5;

    static PictureTiles of(Image image) {
        PixelReader pixels = image.getPixelReader();
        int gap = 0;
        while (pixels.getArgb(gap, gap) == GAP_COLOUR) {
            gap++;
        }
        int cell = 0;
        while (gap + cell < image.getWidth() && pixels.getArgb(gap + cell, gap) != GAP_COLOUR) {
            cell++;
        }
        int pitch = cell + gap;
        int columns = (int) ((image.getWidth() - gap) / pitch);
        int rows = (int) ((image.getHeight() - gap) / pitch);
        int count = 0;
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                count += pixels.getArgb(gap + column * pitch, gap + row * pitch) != GAP_COLOUR ? 1 : 0;
            }
        }
        return new PictureTiles(image, gap, cell, columns, count);
    }

    /** The centre of tile {@code tile}, in the picture's pixels. */
    Point2D centre(int tile) {
        int pitch = cellPixels + gap;
        return new Point2D(gap + (tile % columns) * pitch + cellPixels / 2.0, gap + (tile / columns) * pitch
                + cellPixels / 2.0);
    }

    /** Each tile's mean grey, 0 to 255. */
    double[] brightness() {
        PixelReader pixels = image.getPixelReader();
        int pitch = cellPixels + gap;
        double[] mean = new double[count];
        for (int tile = 0; tile < count; tile++) {
            int left = gap + (tile % columns) * pitch;
            int top = gap + (tile / columns) * pitch;
            long sum = 0;
            for (int y = 0; y < cellPixels; y++) {
                for (int x = 0; x < cellPixels; x++) {
                    sum += pixels.getArgb(left + x, top + y) & 0xff;
                }
            }
            mean[tile] = sum / (double) (cellPixels * cellPixels);
        }
        return mean;
    }

    /** The numbers (from 1, as the close-up names them) of the {@code n} brightest tiles. */
    static Set<Integer> brightest(double[] brightness, int n) {
        return IntStream.range(0, brightness.length).boxed()
                .sorted(Comparator.comparingDouble((Integer t) -> brightness[t]).reversed()).limit(n)
                .map(t -> t + 1).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The number (from 1) of a tile brighter than the average tile of {@code one} and at least twice as bright
     * there as in {@code other}: a map that lights up for the one drawing and not the other; 0 when none does.
     */
    static int lightUpOnlyOn(double[] one, double[] other) {
        double average = java.util.Arrays.stream(one).average().orElse(0);
        for (int tile = 0; tile < one.length; tile++) {
            if (one[tile] > average && one[tile] >= 2 * other[tile]) {
                return tile + 1;
            }
        }
        return 0;
    }
}
