package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.digitworkbench.ml.arch.ActivationShape;
import org.digitworkbench.ml.arch.LayerSpec;
import org.digitworkbench.ml.arch.ParameterShapes;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelStore;
import org.digitworkbench.ml.step.LayerOutput;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A layer's picture: maps where the grid says, one grey scale for the layer, and each map found under the pointer;
 * each convolution's kernels.
 */
class LayerPicturesTest {
    /** Four 28x28 maps: channel c holds c everywhere but its top-left pixel, which holds 10 + c. */
    private static LayerOutput fourMaps() {
        float[] values = new float[28 * 28 * 4];
        for (int i = 0; i < values.length; i++) {
            int channel = i % 4;
            values[i] = i / 4 == 0 ? 10 + channel : channel;
        }
        return new LayerOutput(0, new LayerSpec.Conv(3, 4, true, true), ActivationShape.image(4, 28), values);
    }

    @Test
    void mapsSitInAGridOfTwoByTwoAtTwiceTheirSize() {
        LayerPictures.Raster picture = LayerPictures.raster(fourMaps());
        int gap = LayerPictures.GAP;
        assertEquals(2, picture.columns());
        assertEquals(56, picture.cellPixels());
        assertEquals(2 * (56 + gap) + gap, picture.width());
        assertEquals(0, picture.min());
        assertEquals(13, picture.max());

        assertEquals(0, picture.cellAt(gap + 1, gap + 1));
        assertEquals(1, picture.cellAt(gap + 58 + 1, gap + 1));
        assertEquals(3, picture.cellAt(gap + 58 + 55, gap + 58 + 55));
        assertEquals(-1, picture.cellAt(gap + 56.5, gap + 1), "the gap between two maps");
        assertEquals(-1, picture.cellAt(picture.width() + 3, 1), "outside");

        int white = 0xffffffff; // channel 3's top-left value is the layer's highest
        int[] three = picture.cellArgb(3, 2);
        assertEquals(112 * 112, three.length);
        assertEquals(white, three[0]);
        assertEquals(white, three[3 * 112 + 3], "a pixel of the map is a 2x2 block, twice enlarged a 4x4 one");
        assertEquals(picture.argb()[(gap + 58 + 2) * picture.width() + gap + 58 + 2], three[4 * 112 + 4]);
    }

    @Test
    void unitsSitInAStripOfCells() {
        float[] values = new float[40];
        values[39] = 1;
        LayerPictures.Raster strip = LayerPictures.raster(
                new LayerOutput(0, new LayerSpec.Dense(40, false), ActivationShape.units(40), values));
        assertEquals(32, strip.columns());
        assertEquals(39, strip.cellAt(LayerPictures.GAP + 7 * 12 + 1, LayerPictures.GAP + 12 + 1));
        assertArrayEquals(new int[] {0xffffffff}, java.util.Arrays.copyOf(strip.cellArgb(39, 1), 1));
    }

    /** The shipped cnn-deep: four convolutions, each kernel's grey its weights' mean over the input channels. */
    @Test
    void everyConvolutionsKernelsAreTheirMeanOverInputChannels() throws java.io.IOException {
        TrainedModel model = ModelStore.load(Path.of("models", "mnist.zip"));
        List<LayerPictures.Kernels> kernels = LayerPictures.kernels(model);
        assertEquals(List.of(0, 1, 3, 4), kernels.stream().map(LayerPictures.Kernels::index).toList());
        assertEquals(List.of(1, 32, 32, 64), kernels.stream().map(LayerPictures.Kernels::inputs).toList());
        LayerPictures.Raster first = kernels.get(0).picture();
        assertEquals(6, first.columns(), "the first's 32 kernels in a square grid");
        assertEquals(24, first.cellPixels());
        assertArrayEquals(first.argb(), LayerPictures.firstFilters(model).orElseThrow().argb());

        LayerPictures.Raster third = kernels.get(2).picture();
        assertEquals(16, third.columns(), "a deeper one's in wide rows");
        assertEquals(18, third.cellPixels());
        assertEquals(4, third.height() / (third.cellPixels() + LayerPictures.GAP), "64 kernels");
        INDArray weights = model.params().get(ParameterShapes.weightsOf(3));
        float[][][] mean = new float[3][3][64];
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 3; x++) {
                for (int out = 0; out < 64; out++) {
                    double sum = 0;
                    for (int in = 0; in < 32; in++) {
                        sum += weights.getDouble(y, x, in, out);
                    }
                    mean[y][x][out] = (float) (sum / 32);
                    min = Math.min(min, mean[y][x][out]);
                    max = Math.max(max, mean[y][x][out]);
                }
            }
        }
        assertEquals(min, third.min(), 1e-6);
        assertEquals(max, third.max(), 1e-6);
        for (int kernel : new int[] {0, 5, 31}) {
            int[] pixels = third.cellArgb(kernel, 1);
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 3; x++) {
                    int grey = Math.round(255 * (mean[y][x][kernel] - min) / (max - min));
                    assertEquals(grey, pixels[y * 6 * 18 + x * 6] & 0xff, "kernel " + kernel + " at " + y + "," + x);
                }
            }
        }
    }

    @Test
    void aModelWithoutConvolutionsHasNoKernels() {
        ModelCard card = new ModelCard(1, "mnist", "mlp", 10, 1, 64, 0.001, "adam", 42, 0, List.of(), 0.9,
                1, "2026-01-01T00:00:00Z", "test");
        TrainedModel mlp = new TrainedModel(card, Map.of());
        assertTrue(LayerPictures.kernels(mlp).isEmpty());
    }
}
