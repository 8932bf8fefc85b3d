package org.digitworkbench.gui.gallery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.digitworkbench.app.AnswersCache;
import org.digitworkbench.TestData;
import org.digitworkbench.app.DatasetRepository;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.TinyModel;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.ml.eval.Answers;
import org.digitworkbench.ml.eval.Misclassification;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.preprocess.GrayImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "All images" over the real data sets, without the toolkit: the gallery's own engine reads them, and the work
 * that comes back for the FX thread is run here, on the test's thread, as it arrives.
 */
class GalleryAllImagesTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);

    @TempDir
    Path dir;
    private final BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "test-io");
        thread.setDaemon(true);
        return thread;
    });
    private final List<GrayImage> sentToDraw = new ArrayList<>();
    private GalleryEngine engine;
    private GalleryViewModel model;

    private void open() {
        engine = new GalleryEngine(DatasetRepository.at(TestData.cacheRoot()), new DrawingStore(dir),
                new AnswersCache(dir.resolve("answers")));
        model = new GalleryViewModel(TEXT, ui::add, io, engine, sentToDraw::add);
    }

    @AfterEach
    void close() {
        engine.close();
        io.shutdownNow();
    }

    /** Runs what comes back for the FX thread until {@code done}. */
    private void settle(String what, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!done.getAsBoolean()) {
            Runnable next = ui.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("waited 180 s for " + what);
            }
            next.run();
        }
    }

    private static int[] countsOf(LabeledImages images) {
        int[] counts = new int[10];
        for (int i = 0; i < images.count(); i++) {
            counts[images.label(i)]++;
        }
        return counts;
    }

    @Test
    void theTestImagesWithTheCountOfEachClassAsInTheirLabels() throws Exception {
        open();
        assertEquals("All images", model.sourceName(GallerySource.ALL));
        model.filter().sourceProperty().set(GallerySource.ALL);
        assertEquals("Reading MNIST: Test images\u2026", model.browse().messageProperty().get());
        settle("the test images", () -> model.browse().images() != null);

        LabeledImages test = TestData.mnist().test();
        int[] expected = countsOf(test);
        int sum = 0;
        for (int label = 0; label < 10; label++) {
            assertEquals(expected[label], model.browse().count(label), "class " + label);
            assertTrue(expected[label] > 800, "every digit is there: " + expected[label]);
            sum += model.browse().count(label);
        }
        assertEquals(test.count(), sum);
        assertEquals(test.count(), model.filter().shown().size());
        assertEquals(TEXT.format("gallery.showing", test.count(), test.count()), model.filter().countText().get());
        assertEquals("All images (10,000)", model.sourceName(GallerySource.ALL));
        assertEquals("", model.browse().messageProperty().get());

        // no model: each tile says the actual class, nothing more
        Misclassification first = model.filter().shown().get(0);
        assertEquals(0, first.index());
        assertEquals("Actual " + test.label(0), model.captions().tileAccessible(first));
        assertEquals("", model.captions().predictedLine(first));
        assertEquals(TEXT.get("gallery.all.noModel"), model.browse().answersNoteProperty().get());
    }

    @Test
    void aClassFilterKeepsThatClassAndTheTrainingSplitKeepsIt() throws Exception {
        open();
        model.filter().sourceProperty().set(GallerySource.ALL);
        settle("the test images", () -> model.browse().images() != null);
        model.filter().actualFilterProperty().set(3);
        int[] test = countsOf(TestData.mnist().test());
        assertEquals(test[3], model.filter().shown().size());
        assertTrue(model.filter().shown().stream().allMatch(m -> m.actual() == 3));
        assertEquals(TEXT.format("gallery.showing", test[3], 10_000), model.filter().countText().get());

        model.selection().select(model.filter().shown().get(0));
        model.browse().splitProperty().set(GallerySplit.TRAINING);
        assertNull(model.selection().selectedProperty().get(), "test image 5 is not training image 5");
        assertTrue(model.filter().shown().isEmpty(), "nothing shown until the training images are read");
        settle("the training images", () -> model.browse().images() != null);

        LabeledImages training = TestData.mnist().train();
        int[] train = countsOf(training);
        assertEquals(3, model.filter().actualFilterProperty().get(), "class 3 is class 3 in either split");
        assertEquals(train[3], model.filter().shown().size());
        assertEquals(train[3], model.browse().count(3));
        assertEquals(TEXT.format("gallery.showing", train[3], training.count()), model.filter().countText().get());
        assertEquals(60_000, model.browse().size(GallerySplit.TRAINING));
        assertTrue(model.showsTrainingImages());
        // Draw gets the training image, not the test image of the same number
        Misclassification three = model.filter().shown().get(0);
        model.selection().select(three);
        model.selection().sendToDraw();
        float[] ink = new float[training.imageSize()];
        training.copyImageTo(three.index(), ink, 0);
        assertArrayEquals(ink, sentToDraw.get(0).ink());
    }

    @Test
    void anotherDataSetClearsTheClassFilterAndShowsItsOwnImages() throws Exception {
        open();
        model.filter().sourceProperty().set(GallerySource.ALL);
        settle("the MNIST test images", () -> model.browse().images() != null);
        model.filter().actualFilterProperty().set(9);

        model.datasetProperty().set(DatasetId.FASHION_MNIST);
        assertEquals(GalleryViewModel.ANY, model.filter().actualFilterProperty().get());
        assertEquals(GallerySource.ALL, model.filter().sourceProperty().get());
        settle("the Fashion-MNIST test images", () -> model.browse().images() != null);

        int[] expected = countsOf(TestData.load(DatasetId.FASHION_MNIST).test());
        for (int label = 0; label < 10; label++) {
            assertEquals(expected[label], model.browse().count(label), "class " + label);
        }
        assertEquals(10_000, model.filter().shown().size());
        assertEquals("Actual: Ankle boot", model.captions().actualLine(new Misclassification(0, 9, -1, Double.NaN)));
    }

    @Test
    void theModelsAnswersComeInAndSortLeastConfidentFirst() throws Exception {
        TrainedModel tiny = TinyModel.mnist();
        open();
        model.setModelStatus(ModelStatus.ready(DatasetId.MNIST, tiny, true));
        model.filter().sourceProperty().set(GallerySource.ALL);
        settle("the test images", () -> model.browse().images() != null);
        // while the view is not showing, the model is not asked (it would take all cores)
        engine.probabilities(tiny, TestData.mnist().test(), 0).get(); // whatever was queued is done
        while (!ui.isEmpty()) {
            ui.poll().run();
        }
        assertTrue(model.filter().shown().stream().allMatch(m -> m.predicted() == GalleryBrowse.UNKNOWN));

        model.setActive(true);
        assertEquals(TEXT.format("gallery.all.answering", 0.0), model.browse().answersNoteProperty().get());
        settle("the answers", () -> model.browse().answersNoteProperty().get().isEmpty()
                && !model.filter().shown().isEmpty());
        assertEquals("", model.browse().answersNoteProperty().get());

        model.filter().sortProperty().set(GallerySort.LEAST_CONFIDENT);
        List<Misclassification> shown = model.filter().shown();
        assertEquals(10_000, shown.size());
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(shown.get(i - 1).confidence() <= shown.get(i).confidence(), "ascending at " + i);
        }
        // the answers are the model's own: the least confident image, asked again directly
        Misclassification unsure = shown.get(0);
        LabeledImages test = TestData.mnist().test();
        float[] pixels = new float[test.imageSize()];
        test.copyImageTo(unsure.index(), pixels, 0);
        float[] probabilities = tiny.newPredictor().probabilities(pixels);
        assertEquals(Predictor.argMax(probabilities), unsure.predicted());
        assertEquals(probabilities[unsure.predicted()], unsure.confidence(), 1e-5);
        assertTrue(unsure.confidence() < 0.5, "the least sure answer of ten thousand: " + unsure.confidence());
        long wrong = shown.stream().filter(m -> m.actual() != m.predicted()).count();
        assertTrue(wrong > 0 && wrong < 5_000, "a tiny model is mostly right: " + wrong + " wrong");
    }

    @Test
    void theAnswersComeInPiecesThatTheWholeConfirms() throws Exception {
        TrainedModel tiny = TinyModel.mnist();
        open();
        LabeledImages training = engine.load(DatasetId.MNIST).train();
        List<int[]> pieces = new java.util.concurrent.CopyOnWriteArrayList<>();
        Answers all = engine.answers(tiny, DatasetId.MNIST, false, training, share -> { },
                (done, predicted, confidence) -> pieces.add(new int[] {done, predicted[done - 1]}))
                .get(180, TimeUnit.SECONDS);
        assertEquals(training.count() / Predictor.SET_BATCH, pieces.size(), "one piece a batch");
        for (int i = 0; i < pieces.size(); i++) {
            int done = pieces.get(i)[0];
            assertEquals((i + 1) * Predictor.SET_BATCH, done);
            assertEquals(all.predicted()[done - 1], pieces.get(i)[1], "an answer given is final");
        }
    }

    @Test
    void aCloseUpWaitsForOneBatchOfAnswersNotAllAndCancellingStopsThem() throws Exception {
        TrainedModel tiny = TinyModel.mnist();
        open();
        LabeledImages training = TestData.mnist().train();
        AtomicReference<Double> done = new AtomicReference<>(0.0);
        CompletableFuture<Answers> all = engine.answers(tiny, DatasetId.MNIST, false, training, done::set);
        float[] seven = engine.probabilities(tiny, training, 7).get(60, TimeUnit.SECONDS);
        assertFalse(all.isDone(), "the close-up did not wait for 60,000 answers");

        all.cancel(false);
        engine.probabilities(tiny, training, 8).get(60, TimeUnit.SECONDS); // the batch under way ends meanwhile
        double stoppedAt = done.get();
        engine.probabilities(tiny, training, 9).get(60, TimeUnit.SECONDS);
        assertEquals(stoppedAt, done.get(), "no batch after the cancel");
        assertTrue(stoppedAt < 1, "stopped at " + stoppedAt);

        // asked again, the answers are the model's own
        Answers some = engine.answers(tiny, DatasetId.MNIST, false, training.first(1200), share -> { })
                .get(60, TimeUnit.SECONDS);
        assertEquals(1200, some.predicted().length);
        assertEquals(Predictor.argMax(seven), some.predicted()[7]);
        assertEquals(seven[some.predicted()[7]], some.confidence()[7], 1e-6);
    }
}
