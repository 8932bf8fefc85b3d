package org.digitworkbench.ml.sketch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.preprocess.DigitPreprocessor;
import org.junit.jupiter.api.Test;

/** The network's input drawn from the strokes: the same digit gives the same input whatever its size and brush. */
class SketchRendererTest {

    /** A 7 in a square of {@code size} at (left, top), drawn with a brush {@code brush} wide (canvas fractions). */
    private static List<Stroke> seven(double left, double top, double size, double brush) {
        List<Stroke.Point> points = new ArrayList<>();
        double[][] corners = {{0.15, 0}, {0.85, 0}, {0.4, 1}};
        for (int c = 0; c + 1 < corners.length; c++) {
            for (int s = 0; s <= 20; s++) {
                double t = s / 20.0;
                points.add(new Stroke.Point(left + size * (corners[c][0] + t * (corners[c + 1][0] - corners[c][0])),
                        top + size * (corners[c][1] + t * (corners[c + 1][1] - corners[c][1]))));
            }
        }
        return List.of(new Stroke(brush, points));
    }

    private static double ink(float[] image) {
        double sum = 0;
        for (float v : image) {
            sum += v;
        }
        return sum;
    }

    @Test
    void aSmallThickDigitGivesTheSameInputAsALargeThinOne() {
        float[] large = SketchRenderer.toMnist(seven(0.1, 0.1, 0.8, 0.02)).orElseThrow();
        float[] small = SketchRenderer.toMnist(seven(0.65, 0.7, 0.22, 0.12)).orElseThrow();
        double difference = 0;
        for (int i = 0; i < large.length; i++) {
            difference += Math.abs(large[i] - small[i]);
        }
        assertTrue(difference / ink(large) < 0.05, "differ by " + difference + " of " + ink(large));

        // the brush as drawn turns the small thick 7 into a blob with far more ink than MNIST's digits have
        float[] asDrawn = SketchRenderer.asDrawn(seven(0.65, 0.7, 0.22, 0.12), 280)
                .flatMap(DigitPreprocessor::toMnist).orElseThrow();
        assertTrue(ink(asDrawn) > 1.5 * ink(small), "brush-drawn ink " + ink(asDrawn) + " vs " + ink(small));
    }

    @Test
    void thePenIsAboutThreePixelsWideLikeMnists() {
        List<Stroke.Point> points = List.of(new Stroke.Point(0.5, 0.1), new Stroke.Point(0.5, 0.9));
        float[] one = SketchRenderer.toMnist(List.of(new Stroke(0.2, points))).orElseThrow();
        int widest = 0;
        for (int y = 0; y < 28; y++) {
            int row = 0;
            for (int x = 0; x < 28; x++) {
                row += one[y * 28 + x] > 0.5f ? 1 : 0;
            }
            widest = Math.max(widest, row);
        }
        assertTrue(widest >= 2 && widest <= 4, "a vertical stroke " + widest + " pixels wide");
        assertEquals(20 * SketchRenderer.PEN, ink(one), 12, "ink of a 20-pixel stroke");
    }

    @Test
    void nothingDrawnIsEmpty() {
        assertFalse(SketchRenderer.toMnist(List.of()).isPresent());
        assertFalse(SketchRenderer.forDataset(List.of(), DatasetId.FASHION_MNIST).isPresent());
    }

    @Test
    void generatedSketchesAreReproducibleAndStayOnTheCanvas() {
        for (int digit = 0; digit < 10; digit++) {
            List<Stroke> a = DrawnDigits.draw(digit, new SplittableRandom(digit));
            assertEquals(a, DrawnDigits.draw(digit, new SplittableRandom(digit)));
            assertOnCanvas(a);
        }
        SplittableRandom random = new SplittableRandom(3);
        for (int kind = 0; kind < NonDigits.kinds(); kind++) {
            List<Stroke> sketch = NonDigits.draw(kind, random);
            assertOnCanvas(sketch);
            assertTrue(SketchRenderer.toMnist(sketch).isPresent(), "kind " + kind + " draws something");
        }
        for (int i = 0; i < 200; i++) {
            List<Stroke> forTraining = NonDigits.drawForTraining(random);
            assertFalse(forTraining.isEmpty());
        }
        float[] first = SketchRenderer.toMnist(NonDigits.drawForTraining(new SplittableRandom(9))).orElseThrow();
        assertArrayEquals(first, SketchRenderer.toMnist(NonDigits.drawForTraining(new SplittableRandom(9))).orElseThrow());
    }

    private static void assertOnCanvas(List<Stroke> strokes) {
        for (Stroke stroke : strokes) {
            assertFalse(stroke.points().isEmpty());
            assertTrue(stroke.width() > 0 && stroke.width() < 0.2);
            for (Stroke.Point p : stroke.points()) {
                assertTrue(p.x() >= 0 && p.x() <= 1 && p.y() >= 0 && p.y() <= 1, p.toString());
            }
        }
    }
}
