package org.digitworkbench.gui.draw;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.preprocess.DigitPreprocessor;
import org.digitworkbench.ml.preprocess.GrayImage;
import org.digitworkbench.ml.sketch.SketchRenderer;
import org.digitworkbench.ml.sketch.Stroke;
import org.digitworkbench.ml.sketch.StrokePainter;

/**
 * Paints what the canvas holds white on black into an off-screen image, on any thread (Java2D needs no
 * toolkit), so predictions never wait for a snapshot of the on-screen canvas.
 */
final class StrokeRasterizer {
    static final int SIDE = 140;

    private StrokeRasterizer() {
    }

    /**
     * The network's input for what the canvas holds: strokes alone are rendered from the strokes themselves
     * ({@link SketchRenderer}, the pen in proportion to the drawing); a picture, with or without strokes over
     * it, as the canvas shows it. Empty when there is no ink.
     */
    static Optional<float[]> networkInput(Drawing drawing, DatasetId dataset) {
        if (drawing.picture() == null) {
            return SketchRenderer.forDataset(drawing.strokes(), dataset);
        }
        return DigitPreprocessor.forDataset(rasterize(drawing, SIDE), dataset);
    }

    static GrayImage rasterize(List<Stroke> strokes, int side) {
        return rasterize(new Drawing(strokes, null), side);
    }

    /**
     * What the canvas shows: an opened picture as it is (at its own resolution) when nothing is drawn over it;
     * else the picture fitted into the square as the canvas shows it, with the strokes on top.
     */
    static GrayImage rasterize(Drawing drawing, int side) {
        List<Stroke> strokes = drawing.strokes();
        if (drawing.picture() != null && strokes.isEmpty()) {
            return drawing.picture();
        }
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, side, side);
            if (drawing.picture() != null) {
                paintPicture(g, drawing.picture(), side);
            }
            StrokePainter.paint(g, strokes, side, new double[] {0, 0}, -1);
        } finally {
            g.dispose();
        }
        int[] argb = image.getRGB(0, 0, side, side, null, 0, side);
        return GrayImage.fromArgb(side, side, argb);
    }

    /** Fitted into the square and centred, as {@code DrawCanvas} shows it. */
    private static void paintPicture(Graphics2D g, GrayImage picture, int side) {
        BufferedImage gray = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < picture.height(); y++) {
            for (int x = 0; x < picture.width(); x++) {
                int v = Math.round(Math.min(1f, picture.at(x, y)) * 255);
                gray.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        double scale = (double) side / Math.max(picture.width(), picture.height());
        int w = (int) Math.round(picture.width() * scale);
        int h = (int) Math.round(picture.height() * scale);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(gray, (side - w) / 2, (side - h) / 2, w, h, null);
    }
}
