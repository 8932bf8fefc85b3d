package org.digitworkbench.ml.sketch;

import java.util.List;

/**
 * Smooths a stroke by joining the midpoints of its samples with quadratic curves through the samples, so
 * the screen (JavaFX) and the network's input (Java2D) get exactly the same curve.
 */
public final class StrokePath {
    /** Where the curve goes; implemented over a GraphicsContext and a Path2D. */
    public interface Sink {
        void moveTo(double x, double y);

        void lineTo(double x, double y);

        void quadTo(double cx, double cy, double x, double y);
    }

    private StrokePath() {
    }

    /** @param scale canvas side in pixels; a one-point stroke becomes a zero-length line (a round dot) */
    public static void trace(Stroke stroke, double scale, Sink sink) {
        List<Stroke.Point> p = stroke.points();
        if (p.isEmpty()) {
            return;
        }
        sink.moveTo(p.get(0).x() * scale, p.get(0).y() * scale);
        if (p.size() < 3) {
            Stroke.Point last = p.get(p.size() - 1);
            sink.lineTo(last.x() * scale, last.y() * scale);
            return;
        }
        for (int i = 1; i < p.size() - 1; i++) {
            Stroke.Point control = p.get(i);
            Stroke.Point next = p.get(i + 1);
            sink.quadTo(control.x() * scale, control.y() * scale,
                    (control.x() + next.x()) / 2 * scale, (control.y() + next.y()) / 2 * scale);
        }
        Stroke.Point last = p.get(p.size() - 1);
        sink.lineTo(last.x() * scale, last.y() * scale);
    }
}
