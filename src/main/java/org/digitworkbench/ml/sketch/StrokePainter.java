package org.digitworkbench.ml.sketch;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.util.List;

/** Paints strokes white, anti-aliased with round caps and joins, through the same curve the canvas shows. */
public final class StrokePainter {
    private StrokePainter() {
    }

    /**
     * @param scale  pixels per unit of the strokes' coordinates
     * @param offset added to each scaled coordinate, x then y
     * @param pen    the pen's width in pixels, or a negative number for each stroke's own width (scaled)
     */
    public static void paint(Graphics2D g, List<Stroke> strokes, double scale, double[] offset, double pen) {
        g.setColor(Color.WHITE);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        for (Stroke stroke : strokes) {
            Path2D.Double path = new Path2D.Double();
            StrokePath.trace(stroke, scale, new StrokePath.Sink() {
                public void moveTo(double x, double y) {
                    path.moveTo(x + offset[0], y + offset[1]);
                }

                public void lineTo(double x, double y) {
                    path.lineTo(x + offset[0], y + offset[1]);
                }

                public void quadTo(double cx, double cy, double x, double y) {
                    path.quadTo(cx + offset[0], cy + offset[1], x + offset[0], y + offset[1]);
                }
            });
            float width = (float) (pen >= 0 ? pen : stroke.width() * scale);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
        }
    }
}
