package org.digitworkbench.ml.preprocess;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.digitworkbench.TestData;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelStore;
import org.junit.jupiter.api.Test;

/**
 * MNIST test digits redrawn the way a person's drawing arrives: enlarged to canvas size at a random scale,
 * placed off-centre, then sent through the canvas's preprocessing. The shipped model must still read them.
 */
class CanvasPathAccuracyTest {
    private static final int CANVAS = 280;
    private static final int IMAGES = 2000;

    @Test
    void shippedMnistModelKeepsItsAccuracyThroughTheCanvasPath() throws IOException {
        TrainedModel model = ModelStore.load(Path.of("models", "mnist.zip"));
        Predictor predictor = model.newPredictor();
        LabeledImages test = TestData.mnist().test();
        SplittableRandom random = new SplittableRandom(5);
        int correct = 0;
        for (int i = 0; i < IMAGES; i++) {
            int size = 120 + random.nextInt(CANVAS - 120);
            int left = random.nextInt(CANVAS - size + 1);
            int top = random.nextInt(CANVAS - size + 1);
            GrayImage drawn = enlarge(test, i, size, left, top);
            float[] input = DigitPreprocessor.toMnist(drawn).orElseThrow();
            if (Predictor.argMax(predictor.probabilities(input)) == test.label(i)) {
                correct++;
            }
        }
        double accuracy = (double) correct / IMAGES;
        System.out.printf("canvas path accuracy of the shipped MNIST model on %d test images: %.2f%%%n",
                IMAGES, accuracy * 100);
        assertTrue(accuracy > 0.98, "accuracy through the canvas path: " + accuracy);
    }

    /** Bilinear enlargement of a 28x28 digit into a size x size square of a blank canvas. */
    private static GrayImage enlarge(LabeledImages images, int index, int size, int left, int top) {
        float[] ink = new float[CANVAS * CANVAS];
        double scale = 28.0 / size;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double sx = (x + 0.5) * scale - 0.5;
                double sy = (y + 0.5) * scale - 0.5;
                int ix = (int) Math.floor(sx);
                int iy = (int) Math.floor(sy);
                double fx = sx - ix;
                double fy = sy - iy;
                double v = (1 - fx) * (1 - fy) * at(images, index, ix, iy) + fx * (1 - fy) * at(images, index, ix + 1, iy)
                        + (1 - fx) * fy * at(images, index, ix, iy + 1) + fx * fy * at(images, index, ix + 1, iy + 1);
                ink[(top + y) * CANVAS + left + x] = (float) v;
            }
        }
        return new GrayImage(CANVAS, CANVAS, ink);
    }

    private static double at(LabeledImages images, int index, int x, int y) {
        return x < 0 || y < 0 || x >= 28 || y >= 28 ? 0 : images.pixel(index, y * 28 + x) / 255.0;
    }
}
