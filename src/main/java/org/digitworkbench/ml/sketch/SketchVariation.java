package org.digitworkbench.ml.sketch;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a shape in its unit box into a hand-drawn sketch on the canvas: wobble along each stroke, slant,
 * rotation, width, then a random size, place and brush on the canvas (coordinates as fractions of its side).
 */
final class SketchVariation {
    private SketchVariation() {
    }

    static List<Stroke> draw(List<List<double[]>> shape, SplittableRandom random, double slant, double wobble) {
        double shear = (random.nextDouble() * 2 - 1) * slant;
        double angle = Math.toRadians((random.nextDouble() * 2 - 1) * 8);
        double widthScale = 0.8 + 0.4 * random.nextDouble();
        List<List<double[]>> varied = new ArrayList<>();
        for (List<double[]> stroke : shape) {
            double phase1 = random.nextDouble() * Math.PI * 2;
            double phase2 = random.nextDouble() * Math.PI * 2;
            double ax = (random.nextDouble() * 2 - 1) * wobble;
            double ay = (random.nextDouble() * 2 - 1) * wobble;
            List<double[]> out = new ArrayList<>();
            for (int i = 0; i < stroke.size(); i++) {
                double t = stroke.size() == 1 ? 0 : (double) i / (stroke.size() - 1);
                double x = stroke.get(i)[0] - 0.5;
                double y = stroke.get(i)[1] - 0.5;
                x = x * widthScale - shear * y + ax * Math.sin(Math.PI * 2 * t + phase1);
                y = y + ay * Math.sin(Math.PI * 3 * t + phase2);
                out.add(new double[] {x * Math.cos(angle) - y * Math.sin(angle), x * Math.sin(angle) + y * Math.cos(angle)});
            }
            varied.add(out);
        }
        return place(varied, random);
    }

    /** A random size (a fifth to nine tenths of the canvas), place and brush width. */
    private static List<Stroke> place(List<List<double[]>> strokes, SplittableRandom random) {
        double size = 0.2 + 0.7 * random.nextDouble();
        double cx = size / 2 + (1 - size) * random.nextDouble();
        double cy = size / 2 + (1 - size) * random.nextDouble();
        double brush = 0.02 + 0.1 * random.nextDouble();
        List<Stroke> out = new ArrayList<>();
        for (List<double[]> stroke : strokes) {
            List<Stroke.Point> points = new ArrayList<>();
            for (double[] p : stroke) {
                points.add(new Stroke.Point(clamp(cx + p[0] * size), clamp(cy + p[1] * size)));
            }
            out.add(new Stroke(brush, points));
        }
        return out;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
