package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.IdxReader;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.preprocess.GrayImage;
import org.digitworkbench.ml.sketch.DrawnDigits;
import org.digitworkbench.ml.sketch.SketchRenderer;
import org.digitworkbench.ml.sketch.Stroke;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Labelled drawings are kept as PNG and strokes, read back as network inputs, and exported in MNIST's format. */
class DrawingStoreTest {
    @TempDir
    Path home;

    private static GrayImage shown(List<Stroke> strokes) {
        return SketchRenderer.asDrawn(strokes, 140).orElseThrow();
    }

    @Test
    void savedDrawingsComeBackInOrderAsTheInputsTheirStrokesMake() throws IOException {
        DrawingStore store = new DrawingStore(home.resolve("drawings"));
        SplittableRandom random = new SplittableRandom(1);
        List<Stroke> three = DrawnDigits.draw(3, random);
        List<Stroke> five = DrawnDigits.draw(5, random);
        store.save(DatasetId.MNIST, 3, three, false, shown(three), Instant.parse("2026-12-01T10:00:00Z"));
        store.save(DatasetId.MNIST, 5, five, false, shown(five), Instant.parse("2026-12-01T10:00:01Z"));

        Path folder = home.resolve("drawings").resolve("mnist");
        try (var files = Files.list(folder)) {
            assertEquals(4, files.count(), "a PNG and a JSON file each");
        }
        assertEquals(List.of(3, 5), store.list(DatasetId.MNIST).stream().map(DrawingStore.SavedDrawing::label).toList());
        assertEquals(three, store.list(DatasetId.MNIST).get(0).strokes());
        assertEquals(0, store.list(DatasetId.FASHION_MNIST).size(), "each data set has its own drawings");

        LabeledImages inputs = store.inputs(DatasetId.MNIST);
        assertEquals(2, inputs.count());
        assertEquals(5, inputs.label(1));
        float[] expected = SketchRenderer.toMnist(five).orElseThrow();
        float[] actual = new float[784];
        inputs.copyImageTo(1, actual, 0);
        for (int i = 0; i < actual.length; i++) {
            assertEquals(expected[i], actual[i], 1 / 255.0 + 1e-6);
        }
    }

    @Test
    void exportsIdxFilesMnistsReaderAcceptsAndSkipsBrokenFiles() throws IOException {
        DrawingStore store = new DrawingStore(home.resolve("drawings"));
        SplittableRandom random = new SplittableRandom(2);
        for (int digit = 0; digit < 10; digit++) {
            List<Stroke> strokes = DrawnDigits.draw(digit, random);
            store.save(DatasetId.MNIST, digit, strokes, false, shown(strokes),
                    Instant.parse("2026-12-01T10:00:00Z").plusSeconds(digit));
        }
        Files.writeString(store.folder(DatasetId.MNIST).resolve("broken.json"), "{ not json");

        List<Path> files = store.exportIdx(DatasetId.MNIST, home.resolve("export"));
        LabeledImages read = IdxReader.read(files.get(0), files.get(1));
        LabeledImages inputs = store.inputs(DatasetId.MNIST);
        assertEquals(10, read.count());
        assertArrayEquals(inputs.rawPixels(), read.rawPixels());
        for (int digit = 0; digit < 10; digit++) {
            assertEquals(digit, read.label(digit));
        }
    }

    @Test
    void aLabelOutsideTheClassesIsRefused() {
        DrawingStore store = new DrawingStore(home.resolve("drawings"));
        List<Stroke> one = DrawnDigits.draw(1, new SplittableRandom(3));
        assertThrows(IllegalArgumentException.class,
                () -> store.save(DatasetId.MNIST, 10, one, false, shown(one), Instant.now()));
        assertTrue(Files.notExists(home.resolve("drawings").resolve("mnist").resolve("x")));
    }

    @Test
    void aNullOrEmptyRecordIsSkippedAndTheOtherDrawingsKept() throws IOException {
        DrawingStore store = twoDrawings();
        Files.writeString(store.folder(DatasetId.MNIST).resolve("empty.json"), "{}");
        Files.writeString(store.folder(DatasetId.MNIST).resolve("null.json"), "null");
        Files.writeString(store.folder(DatasetId.MNIST).resolve("no-strokes.json"),
                "{\"id\": \"no-strokes\", \"label\": 4, \"strokes\": [null]}");

        assertEquals(List.of(3, 5), store.list(DatasetId.MNIST).stream().map(DrawingStore.SavedDrawing::label).toList());
        assertEquals(2, store.inputs(DatasetId.MNIST).count());
    }

    @Test
    void anIdThatIsNotANameIsSkippedSoNoPictureOutsideTheFolderIsRead() throws IOException {
        DrawingStore store = twoDrawings();
        List<Stroke> seven = DrawnDigits.draw(7, new SplittableRandom(5));
        String id = store.save(DatasetId.FASHION_MNIST, 7, seven, false, shown(seven), Instant.now()).id();
        Files.copy(store.folder(DatasetId.FASHION_MNIST).resolve(id + ".png"), home.resolve("outside.png"));
        Files.writeString(store.folder(DatasetId.MNIST).resolve("escape.json"),
                "{\"id\": \"../../outside\", \"label\": 7, \"overPicture\": true, \"strokes\": []}");

        assertEquals(List.of(3, 5), store.list(DatasetId.MNIST).stream().map(DrawingStore.SavedDrawing::label).toList());
        assertEquals(2, store.inputs(DatasetId.MNIST).count());
    }

    private DrawingStore twoDrawings() throws IOException {
        DrawingStore store = new DrawingStore(home.resolve("drawings"));
        SplittableRandom random = new SplittableRandom(4);
        for (int digit : new int[] {3, 5}) {
            List<Stroke> strokes = DrawnDigits.draw(digit, random);
            store.save(DatasetId.MNIST, digit, strokes, false, shown(strokes),
                    Instant.parse("2026-12-01T10:00:00Z").plusSeconds(digit));
        }
        return store;
    }
}
