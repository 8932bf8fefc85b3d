package org.digitworkbench.ml.sketch;

import static org.digitworkbench.ml.sketch.Shapes.arc;
import static org.digitworkbench.ml.sketch.Shapes.curve;
import static org.digitworkbench.ml.sketch.Shapes.join;
import static org.digitworkbench.ml.sketch.Shapes.line;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Digits as people draw them with a mouse or a finger, generated from stroke templates (the common ways of
 * writing each digit: open and closed 4, 1 with and without its flag, 7 with and without a bar...) with
 * random wobble, slant, rotation, width, size, place and brush. A test set for the canvas path no real
 * data set gives: MNIST was written with pens on paper forms.
 */
public final class DrawnDigits {
    private static final double SLANT = 0.35;
    private static final double WOBBLE = 0.03;

    private DrawnDigits() {
    }

    /** One drawing of {@code digit}, as strokes on the canvas. */
    public static List<Stroke> draw(int digit, SplittableRandom random) {
        List<List<List<double[]>>> variants = templates(digit);
        return SketchVariation.draw(variants.get(random.nextInt(variants.size())), random, SLANT, WOBBLE);
    }

    private static List<List<List<double[]>>> templates(int digit) {
        return switch (digit) {
            case 0 -> List.of(
                    List.of(arc(0.5, 0.5, 0.3, 0.5, -90, -450)),
                    List.of(arc(0.5, 0.5, 0.32, 0.5, -70, 300)));
            case 1 -> List.of(
                    List.of(line(0.5, 0, 0.5, 1)),
                    List.of(line(0.3, 0.22, 0.5, 0, 0.5, 1)),
                    List.of(line(0.3, 0.22, 0.5, 0, 0.5, 1), line(0.3, 1, 0.7, 1)));
            case 2 -> List.of(
                    List.of(join(arc(0.5, 0.3, 0.28, 0.28, 200, 390), line(0.74, 0.44, 0.2, 1, 0.82, 1))),
                    List.of(join(arc(0.5, 0.32, 0.3, 0.3, 190, 400), curve(12, t -> new double[] {
                            0.78 - 0.58 * t, 0.5 + 0.5 * t * t}), line(0.2, 1, 0.85, 0.98))));
            case 3 -> List.of(
                    List.of(join(arc(0.5, 0.27, 0.27, 0.25, 210, 450), arc(0.5, 0.74, 0.3, 0.24, 270, 510))),
                    List.of(join(line(0.22, 0.02, 0.78, 0.02, 0.45, 0.42), arc(0.5, 0.7, 0.3, 0.28, 260, 510))));
            case 4 -> List.of(
                    List.of(line(0.6, 0, 0.15, 0.65, 0.85, 0.65), line(0.62, 0.25, 0.62, 1)),
                    List.of(line(0.2, 0, 0.2, 0.6, 0.85, 0.6), line(0.7, 0, 0.7, 1)),
                    List.of(line(0.65, 1, 0.65, 0, 0.15, 0.68, 0.88, 0.68)));
            case 5 -> List.of(
                    List.of(join(line(0.78, 0.02, 0.3, 0.02, 0.27, 0.46), arc(0.48, 0.7, 0.3, 0.28, 250, 500))),
                    List.of(join(line(0.3, 0, 0.27, 0.46), arc(0.48, 0.7, 0.3, 0.28, 250, 500)),
                            line(0.3, 0, 0.8, 0)));
            case 6 -> List.of(
                    List.of(join(curve(12, t -> new double[] {
                            0.72 - 0.5 * Math.sin(t * Math.PI / 2), 0.7 * t}), arc(0.5, 0.72, 0.28, 0.27, 180, -175))),
                    List.of(join(line(0.68, 0, 0.24, 0.62), arc(0.5, 0.73, 0.27, 0.26, 200, -150))));
            case 7 -> List.of(
                    List.of(line(0.15, 0.02, 0.85, 0.02, 0.4, 1)),
                    List.of(line(0.15, 0.02, 0.85, 0.02, 0.4, 1), line(0.35, 0.5, 0.8, 0.5)),
                    List.of(line(0.15, 0.15, 0.15, 0.02, 0.85, 0.02, 0.45, 1)));
            case 8 -> List.of(
                    List.of(curve(64, t -> new double[] {
                            0.5 + 0.28 * Math.sin(4 * Math.PI * t), 0.5 - 0.5 * Math.cos(2 * Math.PI * t)})),
                    List.of(arc(0.5, 0.26, 0.24, 0.25, 90, -270), arc(0.5, 0.74, 0.3, 0.25, -90, 270)));
            case 9 -> List.of(
                    List.of(join(arc(0.5, 0.3, 0.27, 0.27, 0, -360), line(0.77, 0.3, 0.72, 1))),
                    List.of(join(arc(0.48, 0.28, 0.28, 0.26, 10, -350), curve(12, t -> new double[] {
                            0.76 - 0.1 * t * t, 0.3 + 0.7 * t}))));
            default -> throw new IllegalArgumentException("not a digit: " + digit);
        };
    }
}
