package org.digitworkbench.ml.sketch;

import static org.digitworkbench.ml.sketch.Shapes.arc;
import static org.digitworkbench.ml.sketch.Shapes.curve;
import static org.digitworkbench.ml.sketch.Shapes.line;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Drawings that are not digits, as people try them on a digit reader: letters that don't look like digits,
 * symbols, shapes, dashes and scribbles, with the same random wobble, slant, size, place and brush as
 * {@link DrawnDigits}. Letters that are written like digits (O, I, l, S, Z, B, G, g, q, b) are left out.
 */
public final class NonDigits {
    private static final double SLANT = 0.25;
    private static final double WOBBLE = 0.03;

    private static final List<Function<SplittableRandom, List<List<double[]>>>> FAMILIES = List.of(
            r -> List.of(line(0.1, 1, 0.5, 0, 0.9, 1), line(0.28, 0.6, 0.72, 0.6)),                  // A
            r -> List.of(line(0.8, 0, 0.2, 0, 0.2, 1, 0.8, 1), line(0.2, 0.5, 0.7, 0.5)),           // E
            r -> List.of(line(0.8, 0, 0.2, 0, 0.2, 1), line(0.2, 0.48, 0.7, 0.48)),                 // F
            r -> List.of(line(0.2, 0, 0.2, 1), line(0.8, 0, 0.8, 1), line(0.2, 0.5, 0.8, 0.5)),     // H
            r -> List.of(line(0.2, 0, 0.2, 1), line(0.8, 0, 0.22, 0.55, 0.8, 1)),                   // K
            r -> List.of(line(0.25, 0, 0.25, 1, 0.8, 1)),                                           // L
            r -> List.of(line(0.1, 1, 0.2, 0, 0.5, 0.6, 0.8, 0, 0.9, 1)),                           // M
            r -> List.of(line(0.2, 1, 0.2, 0, 0.8, 1, 0.8, 0)),                                     // N
            r -> List.of(line(0.1, 0, 0.9, 0), line(0.5, 0, 0.5, 1)),                               // T
            r -> List.of(line(0.1, 0, 0.5, 1, 0.9, 0)),                                             // V
            r -> List.of(line(0.05, 0, 0.28, 1, 0.5, 0.3, 0.72, 1, 0.95, 0)),                       // W
            r -> List.of(line(0.15, 0, 0.85, 1), line(0.85, 0, 0.15, 1)),                           // X
            r -> List.of(line(0.1, 0, 0.5, 0.5, 0.9, 0), line(0.5, 0.5, 0.5, 1)),                   // Y
            r -> List.of(line(0.5, 0.1, 0.5, 0.9), line(0.1, 0.5, 0.9, 0.5)),                       // +
            r -> List.of(line(0.1, 0.35, 0.9, 0.35), line(0.1, 0.65, 0.9, 0.65)),                   // =
            r -> List.of(line(0.1, 0.5, 0.9, 0.5)),                                                 // dash
            r -> List.of(line(0.3, 0, 0.2, 1), line(0.7, 0, 0.6, 1), line(0, 0.33, 1, 0.33),
                    line(0, 0.66, 1, 0.66)),                                                        // #
            r -> List.of(line(0.5, 0, 0.5, 1), line(0.1, 0.25, 0.9, 0.75), line(0.9, 0.25, 0.1, 0.75)), // *
            r -> List.of(line(0.5, 0, 0.5, 0.72), line(0.5, 0.95, 0.5, 1)),                         // !
            r -> List.of(line(0.1, 0.5, 0.9, 0.5), line(0.6, 0.2, 0.9, 0.5, 0.6, 0.8)),             // arrow
            r -> List.of(line(0.1, 0.55, 0.4, 0.9, 0.95, 0.05)),                                    // tick
            r -> List.of(line(0.5, 0, 0.95, 0.9, 0.05, 0.9, 0.5, 0)),                               // triangle
            r -> List.of(line(0.1, 0.1, 0.9, 0.1, 0.9, 0.9, 0.1, 0.9, 0.1, 0.1)),                   // square
            r -> List.of(star()),                                                                   // star
            r -> List.of(arc(0.5, 0.5, 0.45, 0.45, 0, 360), arc(0.5, 0.55, 0.22, 0.18, 20, 160),
                    line(0.35, 0.32, 0.35, 0.36), line(0.65, 0.32, 0.65, 0.36)),                    // smiley
            r -> List.of(curve(80, t -> new double[] {0.5 + 0.45 * t * Math.cos(t * 6 * Math.PI),
                    0.5 + 0.45 * t * Math.sin(t * 6 * Math.PI)})),                                  // spiral
            r -> List.of(zigzag(r)),                                                                // zigzag
            r -> List.of(curve(40, t -> new double[] {t, 0.5 + 0.3 * Math.sin(t * 4 * Math.PI)})),  // wave
            r -> List.of(scribble(r)),                                                              // scribble
            r -> hatching(r),                                                                       // hatching
            r -> dots(r));                                                                          // dots

    /**
     * Kinds training never shows (W, #, !, star, smiley, wave), so reports can tell how well "not sure" carries
     * over to drawings of a kind the network has not been taught about.
     */
    private static final Set<Integer> HELD_OUT = Set.of(10, 16, 18, 23, 24, 27);

    private NonDigits() {
    }

    /** How many kinds of drawing there are; {@link #draw(int, SplittableRandom)} takes 0 up to this. */
    public static int kinds() {
        return FAMILIES.size();
    }

    /** Whether training leaves this kind out. */
    public static boolean heldOut(int kind) {
        return HELD_OUT.contains(kind);
    }

    /** One drawing of a kind chosen at random among those training may use. */
    public static List<Stroke> drawForTraining(SplittableRandom random) {
        int kind;
        do {
            kind = random.nextInt(FAMILIES.size());
        } while (HELD_OUT.contains(kind));
        return draw(kind, random);
    }

    public static List<Stroke> draw(int kind, SplittableRandom random) {
        return SketchVariation.draw(FAMILIES.get(kind).apply(random), random, SLANT, WOBBLE);
    }

    private static List<double[]> star() {
        double[] xy = new double[12];
        for (int i = 0; i <= 5; i++) {
            double a = Math.toRadians(-90 + i * 144);
            xy[2 * i] = 0.5 + 0.48 * Math.cos(a);
            xy[2 * i + 1] = 0.52 + 0.48 * Math.sin(a);
        }
        return line(xy);
    }

    private static List<double[]> zigzag(SplittableRandom random) {
        int teeth = 3 + random.nextInt(4);
        double[] xy = new double[2 * (teeth + 1)];
        for (int i = 0; i <= teeth; i++) {
            xy[2 * i] = (double) i / teeth;
            xy[2 * i + 1] = i % 2 == 0 ? 0.8 : 0.2;
        }
        return line(xy);
    }

    /** A random walk that turns smoothly: what a bored hand does. */
    private static List<double[]> scribble(SplittableRandom random) {
        List<double[]> points = new ArrayList<>();
        double x = 0.5;
        double y = 0.5;
        double heading = random.nextDouble() * Math.PI * 2;
        double turn = 0;
        for (int i = 0; i < 60; i++) {
            turn = 0.8 * turn + (random.nextDouble() - 0.5) * 0.9;
            heading += turn;
            x = Math.max(0, Math.min(1, x + 0.06 * Math.cos(heading)));
            y = Math.max(0, Math.min(1, y + 0.06 * Math.sin(heading)));
            points.add(new double[] {x, y});
        }
        return points;
    }

    private static List<List<double[]>> hatching(SplittableRandom random) {
        int count = 3 + random.nextInt(4);
        List<List<double[]>> strokes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double x = (double) i / (count - 1);
            strokes.add(line(x * 0.7, 0, x * 0.7 + 0.3, 1));
        }
        return strokes;
    }

    private static List<List<double[]>> dots(SplittableRandom random) {
        int count = 2 + random.nextInt(5);
        List<List<double[]>> strokes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            strokes.add(line(x, y, x + 0.02, y + 0.02));
        }
        return strokes;
    }
}
