package org.digitworkbench.ml.sketch;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.preprocess.DigitPreprocessor;
import org.digitworkbench.ml.preprocess.GrayImage;

/**
 * The network's input rendered from the strokes themselves, as MNIST's digits were made: whatever the size the
 * digit was drawn at and the brush it was drawn with, the pen is a fixed share of the digit's 20-pixel box
 * (MNIST's strokes are about 2.8 pixels wide there), so a small or thickly drawn digit does not turn into a
 * blob. The strokes are painted six times larger than the input, then go through MNIST's own recipe
 * ({@link DigitPreprocessor#toMnist}: crop, area-averaged scaling, centre of mass).
 */
public final class SketchRenderer {
    /** The pen, in pixels of the 28x28 input. */
    public static final double PEN = 2.8;
    private static final int ZOOM = 6;
    private static final int SIDE = DigitPreprocessor.SIDE * ZOOM;

    private SketchRenderer() {
    }

    /**
     * The input for a model of {@code dataset}: MNIST's from the strokes with the proportional pen; Fashion-MNIST's
     * from the strokes as the canvas shows them (items are shapes, not pen strokes), through its own recipe.
     */
    public static Optional<float[]> forDataset(List<Stroke> strokes, DatasetId dataset) {
        if (dataset == DatasetId.FASHION_MNIST) {
            return asDrawn(strokes, SIDE).flatMap(DigitPreprocessor::toFashion);
        }
        return toMnist(strokes);
    }

    /** 784 values in [0, 1], white digit on black; empty when there are no strokes. */
    public static Optional<float[]> toMnist(List<Stroke> strokes) {
        return picture(strokes).flatMap(DigitPreprocessor::toMnist);
    }

    /** The strokes as the canvas shows them, with their own brush, on a square of {@code side} pixels. */
    public static Optional<GrayImage> asDrawn(List<Stroke> strokes, int side) {
        if (strokes.stream().allMatch(s -> s.points().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(paint(strokes, side, side, new double[] {0, 0}, -1));
    }

    /** The strokes at six times the input's scale, with the proportional pen; empty when there are none. */
    public static Optional<GrayImage> picture(List<Stroke> strokes) {
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (Stroke stroke : strokes) {
            for (Stroke.Point p : stroke.points()) {
                x0 = Math.min(x0, p.x());
                y0 = Math.min(y0, p.y());
                x1 = Math.max(x1, p.x());
                y1 = Math.max(y1, p.y());
            }
        }
        if (x1 < x0) {
            return Optional.empty();
        }
        double pen = PEN * ZOOM;
        double extent = Math.max(x1 - x0, y1 - y0);
        double scale = extent <= 0 ? 1 : (DigitPreprocessor.BOX * ZOOM - pen) / extent;
        double[] offset = {SIDE / 2.0 - (x0 + x1) / 2 * scale, SIDE / 2.0 - (y0 + y1) / 2 * scale};
        return Optional.of(paint(strokes, SIDE, scale, offset, pen));
    }

    private static GrayImage paint(List<Stroke> strokes, int side, double scale, double[] offset, double pen) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, side, side);
            StrokePainter.paint(g, strokes, scale, offset, pen);
        } finally {
            g.dispose();
        }
        return GrayImage.fromArgb(side, side, image.getRGB(0, 0, side, side, null, 0, side));
    }
}
