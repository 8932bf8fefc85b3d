package org.digitworkbench.gui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.sketch.Stroke;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.gui.draw.LatestWinsQueueTest.ManualExecutor;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.TrainedModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Draw view's state without the JavaFX toolkit: a fake network, the real worker, rasterizer and preprocessing. */
class DrawViewModelTest {
    @TempDir
    static Path drawingsDir;

    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    private final BackgroundExecutor files = new BackgroundExecutor("test-io", 1);
    private final ManualExecutor worker = new ManualExecutor();
    private float[] answer = probabilities(7, 0.9f);
    private int predictions;
    private final PredictionWorker predictor = new PredictionWorker(worker, model -> pixels -> {
        predictions++;
        return answer.clone();
    });
    private final Executor ui = Runnable::run;
    private final DrawViewModel model = new DrawViewModel(predictor, ui, files, TEXT, new DrawingStore(drawingsDir));

    @AfterEach
    void stop() {
        files.close();
    }

    static TrainedModel fakeModel(DatasetId dataset) {
        ModelCard card = new ModelCard(1, dataset.id(), "mlp", 10, 1, 64, 0.001, "adam", 42, 0, List.of(), 0.9,
                1, "2026-01-01T00:00:00Z", "test");
        return new TrainedModel(card, Map.of());
    }

    static float[] probabilities(int top, float p) {
        float[] values = new float[10];
        java.util.Arrays.fill(values, (1 - p) / 9);
        values[top] = p;
        return values;
    }

    private void ready(DatasetId dataset) {
        model.setDataset(dataset);
        model.setModelStatus(ModelStatus.ready(dataset, fakeModel(dataset), false));
        worker.runAll();
        predictions = 0;
    }

    private void drawLine() {
        model.beginStroke(0.3, 0.3);
        model.extendStroke(0.5, 0.5);
        model.extendStroke(0.6, 0.8);
        model.endStroke();
        worker.runAll();
    }

    @Test
    void aQuickStrokeKeepsItsEndWhereTheButtonWasLetGo() {
        ready(DatasetId.MNIST);
        model.beginStroke(0.2, 0.2);
        model.extendStroke(0.3, 0.3); // the only drag event of a fast flick
        model.endStroke(0.8, 0.8);
        List<Stroke.Point> points = model.drawingProperty().get().strokes().get(0).points();
        assertEquals(3, points.size());
        assertEquals(new Stroke.Point(0.8, 0.8), points.get(2), "the release point is the stroke's end");
    }

    @Test
    void anEmptyCanvasShowsAHintNeverAGuess() {
        assertEquals(TEXT.get("draw.loading"), model.guess().hintProperty().get());
        ready(DatasetId.MNIST);

        assertTrue(model.modelReadyProperty().get());
        assertFalse(model.guess().visibleProperty().get());
        assertEquals(TEXT.get("draw.hint.mnist"), model.guess().hintProperty().get());
        assertNull(model.guess().previewProperty().get());
    }

    @Test
    void aStrokeGivesAGuessWithTheNetworkInput() {
        ready(DatasetId.MNIST);
        drawLine();

        assertTrue(model.guess().visibleProperty().get());
        assertEquals("7", model.guess().headlineProperty().get());
        assertEquals("90% confident", model.guess().confidenceProperty().get());
        assertEquals(0.9, model.guess().probabilityProperty(7).get(), 1e-6);
        assertEquals(784, model.guess().previewProperty().get().length);
        assertEquals(1, model.latency().count());
    }

    @Test
    void belowTheModelsThresholdTheGuessSaysNotSure() {
        answer = probabilities(7, 0.42f);
        ready(DatasetId.MNIST);
        drawLine();

        assertTrue(model.guess().uncertainProperty().get());
        assertEquals("Not sure", model.guess().headlineProperty().get());
        assertEquals("This doesn't look like a digit. Closest: 7 (42%)", model.guess().confidenceProperty().get());
        assertEquals(0.42f, model.guess().probabilityProperty(7).get(), 1e-6, "the bars still show");

        answer = new float[10];
        java.util.Arrays.fill(answer, 0.1f); // every class alike: no "closest" to name
        drawLine();
        assertEquals("Not sure", model.guess().headlineProperty().get());
        assertEquals("This doesn't look like a digit: no digit stands out.", model.guess().confidenceProperty().get());

        answer = probabilities(7, 0.51f);
        drawLine();
        assertFalse(model.guess().uncertainProperty().get(), "an old card's threshold is one half");
        assertEquals("7", model.guess().headlineProperty().get());
    }

    @Test
    void aFashionModelThatIsUnsureSaysItIsNotClothing() {
        answer = probabilities(1, 0.3f);
        ready(DatasetId.FASHION_MNIST);
        drawLine();

        assertEquals("Not sure", model.guess().headlineProperty().get());
        assertTrue(model.guess().confidenceProperty().get().contains("clothing"),
                model.guess().confidenceProperty().get());
    }

    @Test
    void movesWhileTheNetworkIsBusyAreCoalesced() {
        ready(DatasetId.MNIST);
        model.beginStroke(0.1, 0.1);
        for (int i = 1; i <= 40; i++) {
            model.extendStroke(0.1 + i * 0.02, 0.1 + i * 0.01);
        }
        worker.runAll();

        assertEquals(1, predictions, "only the newest drawing is predicted");
        model.endStroke();
        worker.runAll();
        assertEquals(2, predictions, "and once more when the stroke ends");
    }

    @Test
    void eachDataSetKeepsItsOwnDrawing() {
        ready(DatasetId.MNIST);
        drawLine();
        List<Stroke> digit = model.drawingProperty().get().strokes();

        ready(DatasetId.FASHION_MNIST);
        assertTrue(model.drawingProperty().get().isEmpty(), "a digit is not shown to the Fashion-MNIST model");
        assertFalse(model.guess().visibleProperty().get());
        assertEquals(TEXT.get("draw.hint.fashion-mnist"), model.guess().hintProperty().get());

        ready(DatasetId.MNIST);
        assertEquals(digit, model.drawingProperty().get().strokes(), "the digit is back");
        worker.runAll();
        assertTrue(model.guess().visibleProperty().get());
    }

    @Test
    void undoRemovesTheLastStrokeAndClearEmptiesTheCanvas() {
        ready(DatasetId.MNIST);
        drawLine();
        drawLine();
        assertEquals(2, model.drawingProperty().get().strokes().size());

        model.undo();
        worker.runAll();
        assertEquals(1, model.drawingProperty().get().strokes().size());
        assertTrue(model.guess().visibleProperty().get());

        model.undo();
        assertTrue(model.drawingProperty().get().isEmpty());
        assertFalse(model.guess().visibleProperty().get());

        drawLine();
        model.clear();
        assertTrue(model.drawingProperty().get().isEmpty());
        assertEquals(TEXT.get("draw.hint.mnist"), model.guess().hintProperty().get());
    }

    @Test
    void anAnswerArrivingAfterClearIsDropped() {
        ready(DatasetId.MNIST);
        model.beginStroke(0.2, 0.2);
        model.extendStroke(0.7, 0.7);
        model.clear();
        worker.runAll(); // the network answers for the drawing that is gone

        assertFalse(model.guess().visibleProperty().get());
        assertEquals(TEXT.get("draw.hint.mnist"), model.guess().hintProperty().get());
    }

    @Test
    void switchingTheDataSetSwitchesTheClassNames() {
        assertEquals("7", model.classNames().get(7));
        model.setDataset(DatasetId.FASHION_MNIST);

        assertEquals("Trouser", model.classNames().get(1));
        assertEquals("Ankle boot", model.classNames().get(9));
        assertEquals("Sneaker", Messages.forLocale(Locale.ENGLISH).classNames(DatasetId.FASHION_MNIST).get(7));
        assertEquals("运动鞋", Messages.forLocale(Locale.SIMPLIFIED_CHINESE).classNames(DatasetId.FASHION_MNIST).get(7));
        assertEquals("運動鞋", Messages.forLocale(Locale.TRADITIONAL_CHINESE).classNames(DatasetId.FASHION_MNIST).get(7));
    }

    @Test
    void aMissingModelIsSaidPlainly() {
        model.setDataset(DatasetId.FASHION_MNIST);
        model.setModelStatus(ModelStatus.missing(DatasetId.FASHION_MNIST));
        drawLine();

        assertFalse(model.guess().visibleProperty().get());
        assertTrue(model.guess().hintProperty().get().contains("No model for Fashion-MNIST yet"));
        assertEquals(0, predictions);
    }

    @Test
    void strokesDrawnWhileLoadingArePredictedOnceTheModelIsReady() {
        model.setModelStatus(ModelStatus.loading(DatasetId.MNIST));
        drawLine();
        assertFalse(model.guess().visibleProperty().get());

        model.setModelStatus(ModelStatus.ready(DatasetId.MNIST, fakeModel(DatasetId.MNIST), false));
        worker.runAll();

        assertTrue(model.guess().visibleProperty().get());
    }

    @Test
    void anOpenedPictureStaysUnderWhatIsDrawnOverItAndUndoGoesBackStepByStep() {
        ready(DatasetId.MNIST);
        float[] ink = new float[40 * 40];
        for (int i = 10; i < 30; i++) {
            ink[i * 40 + 20] = 1f;
        }
        org.digitworkbench.ml.preprocess.GrayImage picture = new org.digitworkbench.ml.preprocess.GrayImage(40, 40, ink);
        model.showPicture(picture);
        worker.runAll();
        assertTrue(model.guess().visibleProperty().get());
        assertNotNull(model.drawingProperty().get().picture());

        drawLine();
        worker.runAll();
        assertSame(picture, model.drawingProperty().get().picture(), "the picture is the base layer");
        assertEquals(1, model.drawingProperty().get().strokes().size());
        assertTrue(model.guess().visibleProperty().get());

        model.undo();
        assertSame(picture, model.drawingProperty().get().picture(), "undo takes the stroke back, not the picture");
        assertTrue(model.drawingProperty().get().strokes().isEmpty());
        model.undo();
        assertTrue(model.drawingProperty().get().isEmpty());
    }

    @Test
    void aNetworkThatFailsToStartIsReportedNotReady() {
        PredictionWorker broken = new PredictionWorker(Runnable::run, m -> {
            throw new IllegalStateException("no native library");
        });
        DrawViewModel failing = new DrawViewModel(broken, ui, files, TEXT, new DrawingStore(drawingsDir));

        failing.setModelStatus(ModelStatus.ready(DatasetId.MNIST, fakeModel(DatasetId.MNIST), false));

        assertFalse(failing.modelReadyProperty().get());
        assertTrue(failing.errorProperty().get().contains("no native library"));
        assertTrue(failing.guess().hintProperty().get().contains("no native library"));
    }

    @Test
    void anUnreadablePictureFileIsReported() throws Exception {
        model.openPicture(java.nio.file.Path.of("target", "no-such-picture.png"));
        long deadline = System.currentTimeMillis() + 10_000;
        while (model.errorProperty().get() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(model.errorProperty().get().startsWith("Could not open the picture: "), model.errorProperty().get());
        assertTrue(model.errorProperty().get().contains("no such file"), model.errorProperty().get());

        model.clear(); // the problem was the picture's; a new start leaves it behind
        assertNull(model.errorProperty().get());
        model.openPicture(java.nio.file.Path.of("target", "no-such-picture.png"));
        deadline = System.currentTimeMillis() + 10_000;
        while (model.errorProperty().get() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        model.beginStroke(0.4, 0.4);
        assertNull(model.errorProperty().get(), "drawing anew leaves the old problem behind");
    }

    @Test
    void answersWaitingForTheFxThreadAreHandedOverAsTheLatestOnly() {
        ManualExecutor fx = new ManualExecutor();
        DrawViewModel slow = new DrawViewModel(predictor, fx, files, TEXT, new DrawingStore(drawingsDir));
        slow.setDataset(DatasetId.MNIST);
        slow.setModelStatus(ModelStatus.ready(DatasetId.MNIST, fakeModel(DatasetId.MNIST), false));
        worker.runAll();
        fx.runAll(); // the warm-up, never passed over
        int before = fx.scheduled;
        slow.beginStroke(0.3, 0.3);
        slow.extendStroke(0.5, 0.5);
        worker.runAll();
        answer = probabilities(3, 0.8f);
        slow.extendStroke(0.6, 0.8);
        slow.endStroke();
        worker.runAll();
        assertTrue(predictions >= 2, "both drawings were read");
        assertEquals(before + 1, fx.scheduled, "one hand-over for the answers that came while the FX thread was busy");
        fx.runAll();
        assertEquals(3, slow.guess().topClassProperty().get(), "the latest answer is shown");
    }
}
