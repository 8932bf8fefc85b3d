package org.digitworkbench.ml.sketch;

import static org.digitworkbench.ml.sketch.Shapes.line;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The ten Fashion-MNIST garments as people draw them on the canvas: outlines in strokes (a T-shirt with its short
 * sleeves, trousers, a long-sleeved pullover, a dress, a coat with its opening, a sandal's sole and straps, a
 * collared shirt, a sneaker, a bag with its handle, an ankle boot), with the variation drawn digits get. A test set
 * for "not sure" on Fashion-MNIST: a model must take these while it flags drawings that are no garment.
 */
public final class DrawnGarments {
    private static final double SLANT = 0.1;
    private static final double WOBBLE = 0.02;

    private DrawnGarments() {
    }

    /** One drawing of garment {@code kind} (Fashion-MNIST's class number), as strokes on the canvas. */
    public static List<Stroke> draw(int kind, SplittableRandom random) {
        return SketchVariation.draw(template(kind), random, SLANT, WOBBLE);
    }

    private static List<double[]> tee() {
        return line(0.35, 0.05, 0.05, 0.22, 0.17, 0.42, 0.28, 0.35, 0.28, 0.95, 0.72, 0.95, 0.72, 0.35, 0.83, 0.42,
                0.95, 0.22, 0.65, 0.05, 0.5, 0.15, 0.35, 0.05);
    }

    private static List<double[]> longSleeves() {
        return line(0.35, 0.05, 0.15, 0.15, 0.02, 0.9, 0.16, 0.92, 0.28, 0.4, 0.28, 0.97, 0.72, 0.97, 0.72, 0.4,
                0.84, 0.92, 0.98, 0.9, 0.85, 0.15, 0.65, 0.05, 0.5, 0.13, 0.35, 0.05);
    }

    private static List<List<double[]>> template(int kind) {
        return switch (kind) {
            case 0 -> List.of(tee());
            case 1 -> List.of(line(0.25, 0.02, 0.75, 0.02, 0.8, 0.98, 0.58, 0.98, 0.5, 0.28, 0.42, 0.98, 0.2, 0.98,
                    0.25, 0.02));
            case 2 -> List.of(longSleeves());
            case 3 -> List.of(line(0.38, 0.02, 0.62, 0.02, 0.64, 0.38, 0.88, 0.98, 0.12, 0.98, 0.36, 0.38, 0.38,
                    0.02));
            case 4 -> List.of(longSleeves(), line(0.5, 0.13, 0.5, 0.97));
            case 5 -> List.of(line(0.02, 0.72, 0.98, 0.72, 0.98, 0.86, 0.02, 0.86, 0.02, 0.72),
                    line(0.15, 0.72, 0.32, 0.42, 0.5, 0.72), line(0.55, 0.72, 0.72, 0.42, 0.88, 0.72));
            case 6 -> List.of(longSleeves(), line(0.38, 0.07, 0.5, 0.3, 0.62, 0.07), line(0.5, 0.3, 0.5, 0.97));
            case 7 -> List.of(line(0.02, 0.85, 0.02, 0.55, 0.35, 0.48, 0.55, 0.25, 0.72, 0.25, 0.8, 0.48, 0.98,
                    0.58, 0.98, 0.85, 0.02, 0.85));
            case 8 -> List.of(line(0.08, 0.38, 0.92, 0.38, 0.92, 0.95, 0.08, 0.95, 0.08, 0.38),
                    line(0.3, 0.38, 0.34, 0.08, 0.66, 0.08, 0.7, 0.38));
            case 9 -> List.of(line(0.18, 0.02, 0.52, 0.02, 0.52, 0.52, 0.9, 0.64, 0.97, 0.88, 0.08, 0.88, 0.18,
                    0.02));
            default -> throw new IllegalArgumentException("not a garment: " + kind);
        };
    }
}
