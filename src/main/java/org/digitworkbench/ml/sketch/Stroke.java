package org.digitworkbench.ml.sketch;

import java.util.List;

/**
 * One pen-down to pen-up movement. Coordinates and width are fractions of the canvas side, so a resized
 * canvas (and the rasterizer) can redraw it at any size.
 */
public record Stroke(double width, List<Point> points) {
    public record Point(double x, double y) {
    }

    public Stroke {
        points = List.copyOf(points);
    }
}
