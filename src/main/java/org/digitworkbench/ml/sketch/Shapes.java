package org.digitworkbench.ml.sketch;

import java.util.ArrayList;
import java.util.List;

/** Pen paths in a unit box (x right, y down), as lists of points: the parts the generated sketches are made of. */
final class Shapes {
    private static final int ARC_STEPS_PER_TURN = 48;

    private Shapes() {
    }

    /** Straight segments through the given x, y pairs, sampled densely as a pen would be. */
    static List<double[]> line(double... xy) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i + 3 < xy.length; i += 2) {
            int steps = Math.max(2, (int) Math.ceil(Math.hypot(xy[i + 2] - xy[i], xy[i + 3] - xy[i + 1]) / 0.04));
            for (int s = 0; s < steps; s++) {
                double t = (double) s / steps;
                points.add(new double[] {xy[i] + t * (xy[i + 2] - xy[i]), xy[i + 1] + t * (xy[i + 3] - xy[i + 1])});
            }
        }
        points.add(new double[] {xy[xy.length - 2], xy[xy.length - 1]});
        return points;
    }

    /** An elliptical arc from angle {@code from} to {@code to} in degrees (0 is right, 90 is down). */
    static List<double[]> arc(double cx, double cy, double rx, double ry, double from, double to) {
        int steps = Math.max(3, (int) Math.ceil(Math.abs(to - from) / 360 * ARC_STEPS_PER_TURN));
        List<double[]> points = new ArrayList<>();
        for (int s = 0; s <= steps; s++) {
            double a = Math.toRadians(from + (to - from) * s / steps);
            points.add(new double[] {cx + rx * Math.cos(a), cy + ry * Math.sin(a)});
        }
        return points;
    }

    /** One stroke made of several parts drawn without lifting the pen. */
    @SafeVarargs
    static List<double[]> join(List<double[]>... parts) {
        List<double[]> points = new ArrayList<>();
        for (List<double[]> part : parts) {
            points.addAll(part);
        }
        return points;
    }

    /** A curve given by a function of t in [0, 1]. */
    static List<double[]> curve(int steps, java.util.function.DoubleFunction<double[]> at) {
        List<double[]> points = new ArrayList<>();
        for (int s = 0; s <= steps; s++) {
            points.add(at.apply((double) s / steps));
        }
        return points;
    }
}
