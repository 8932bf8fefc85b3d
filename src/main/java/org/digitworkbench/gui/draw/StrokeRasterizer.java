package org.digitworkbench.gui.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.digitworkbench.ml.preprocess.GrayImage;

/**
 * Paints strokes white on black into an off-screen image, anti-aliased with round caps, on any thread
 * (Java2D needs no toolkit), so predictions never wait for a snapshot of the on-screen canvas.
 */
final class StrokeRasterizer {
    static final int SIDE = 140;

    private StrokeRasterizer() {
    }

    static GrayImage rasterize(List<Stroke> strokes, int side) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, side, side);
            g.setColor(Color.WHITE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            for (Stroke stroke : strokes) {
                Path2D.Double path = new Path2D.Double();
                StrokePath.trace(stroke, side, new StrokePath.Sink() {
                    public void moveTo(double x, double y) {
                        path.moveTo(x, y);
                    }

                    public void lineTo(double x, double y) {
                        path.lineTo(x, y);
                    }

                    public void quadTo(double cx, double cy, double x, double y) {
                        path.quadTo(cx, cy, x, y);
                    }
                });
                g.setStroke(new BasicStroke((float) (stroke.width() * side), BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                g.draw(path);
            }
        } finally {
            g.dispose();
        }
        int[] argb = image.getRGB(0, 0, side, side, null, 0, side);
        return GrayImage.fromArgb(side, side, argb);
    }
}
