package org.digitworkbench.ml.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.eval.Evaluator;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.model.TrainedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture real Keras wrote opens, answers as Keras did, scores as in Keras, and survives export and import. */
class KerasFilesTest {
    /** What each tutorial's Keras model is in the spec language: the built-in of the same name. */
    private static final Map<String, Architecture> TUTORIALS = Map.of("tutorial-a", Architecture.CNN,
            "tutorial-b", Architecture.CNN_FASHION, "tutorial-c", Architecture.CNN_SMALL,
            "tutorial-d", Architecture.MLP_SMALL, "tutorial-e", Architecture.MLP);

    @TempDir
    Path dir;

    static Stream<KerasFixtures> fixtures() {
        return KerasFixtures.all().stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void answersAsKerasDidAndScoresItsAccuracy(KerasFixtures fixture) throws Exception {
        TrainedModel model = KerasFiles.read(fixture.file(), fixture.dataset());
        LabeledImages test = TestData.load(fixture.dataset()).test();
        assertClose(fixture.probabilities(), probabilities(model, test.first(fixture.probabilities().length)), 1e-4);
        double accuracy = Evaluator.evaluate(model.newPredictor(), test).accuracy();
        assertEquals(fixture.testAccuracy(), accuracy, 0.001, "test accuracy, Keras's and ours");
        assertEquals(fixture.file().getFileName().toString(), model.card().importedFrom().file());
        String version = fixture.file().getFileName().toString().contains("keras2") ? "2.15.0" : fixture.kerasVersion();
        assertEquals(version, model.card().importedFrom().kerasVersion());
        assertEquals(fixture.dataset().id(), model.card().dataset());
        if (TUTORIALS.containsKey(fixture.model())) {
            assertEquals(TUTORIALS.get(fixture.model()), model.architecture());
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void exportThenImportGivesTheSameAnswers(KerasFixtures fixture) throws Exception {
        TrainedModel model = KerasFiles.read(fixture.file(), fixture.dataset());
        LabeledImages images = TestData.load(fixture.dataset()).test().first(100);
        float[][] before = probabilities(model, images);
        for (String name : List.of("exported.keras", "exported.h5")) {
            Path file = dir.resolve(name);
            KerasFiles.write(model, file);
            TrainedModel back = KerasFiles.read(file, fixture.dataset());
            assertEquals(model.architecture(), back.architecture(), name);
            assertClose(before, probabilities(back, images), 1e-6);
            assertEquals(KerasExport.KERAS_VERSION, back.card().importedFrom().kerasVersion());
        }
    }

    /** The bound, on a 2 MB file (tutorial C), the JVM and ND4J already started. */
    @Test
    void opensAFewMegabytesInUnderASecond() throws Exception {
        Path file = KerasFixtures.FOLDER.resolve("tutorial-c.keras");
        KerasFiles.read(file, DatasetId.MNIST);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            KerasFiles.read(file, DatasetId.MNIST);
            best = Math.min(best, System.nanoTime() - start);
        }
        assertTrue(best < 1_000_000_000L, "opening took " + best / 1e6 + " ms");
    }

    static float[][] probabilities(TrainedModel model, LabeledImages images) {
        Predictor predictor = model.newPredictor();
        float[] pixels = new float[images.count() * Architecture.INPUT_SIZE];
        for (int i = 0; i < images.count(); i++) {
            images.copyImageTo(i, pixels, i * Architecture.INPUT_SIZE);
        }
        return predictor.probabilities(pixels, images.count());
    }

    static void assertClose(float[][] expected, float[][] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            for (int c = 0; c < expected[i].length; c++) {
                assertEquals(expected[i][c], actual[i][c], tolerance, "image " + i + ", class " + c);
            }
        }
    }
}
