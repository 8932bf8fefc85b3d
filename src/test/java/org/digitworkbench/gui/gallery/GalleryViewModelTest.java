package org.digitworkbench.gui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.common.LastRunEvaluations;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.eval.Misclassification;
import org.digitworkbench.ml.preprocess.GrayImage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gallery's state over known evaluations, without the JavaFX toolkit or a model. */
class GalleryViewModelTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    private static final int COUNT = 20;

    private final List<GrayImage> sentToDraw = new ArrayList<>();
    private GalleryViewModel model;
    private LabeledImages images;

    private static final Misclassification A = new Misclassification(3, 7, 1, 0.92);
    private static final Misclassification B = new Misclassification(5, 3, 5, 0.51);
    private static final Misclassification C = new Misclassification(8, 3, 5, 0.99);
    private static final Misclassification D = new Misclassification(11, 4, 9, 0.60);
    private static final Misclassification E = new Misclassification(17, 3, 8, 0.75);

    @BeforeEach
    void setUp() {
        model = new GalleryViewModel(TEXT, Runnable::run, Runnable::run, null, sentToDraw::add);
        byte[] pixels = new byte[COUNT * 784];
        byte[] labels = new byte[COUNT];
        for (int i = 0; i < COUNT; i++) {
            pixels[i * 784 + 100] = (byte) 255;
            pixels[i * 784 + 101] = (byte) (i * 10);
            labels[i] = (byte) (i % 10);
        }
        images = new LabeledImages(pixels, labels, COUNT, 28, 28);
        model.setModelStatus(ModelStatus.loading(DatasetId.MNIST));
    }

    private static EvaluationResult result(Misclassification... wrong) {
        int[][] confusion = new int[10][10];
        confusion[0][0] = COUNT - wrong.length;
        for (Misclassification m : wrong) {
            confusion[m.actual()][m.predicted()]++;
        }
        return new EvaluationResult((double) (COUNT - wrong.length) / COUNT, confusion, List.of(wrong));
    }

    @Test
    void showsEveryErrorMostConfidentFirstAndCountsThem() {
        assertEquals(GalleryViewModel.Phase.LOADING_MODEL, model.evaluation().phaseProperty().get());
        assertTrue(model.filter().shown().isEmpty());

        model.showEvaluation(images, result(A, B, C, D, E));

        assertEquals(GalleryViewModel.Phase.READY, model.evaluation().phaseProperty().get());
        assertEquals(List.of(C, A, E, D, B), model.filter().shown());
        assertEquals("Showing 5 of 5", model.filter().countText().get());
        assertEquals("Actual: 3 \u00b7 Predicted: 5 (99%)", model.captions().caption(model.filter().shown().get(0)));
        assertEquals("Actual: 7", model.captions().actualLine(A));
        assertEquals("Predicted: 1", model.captions().predictedLine(A));
        assertEquals("92%", model.captions().confidenceText(A));

        model.filter().sortProperty().set(GallerySort.INDEX);
        assertEquals(List.of(A, B, C, D, E), model.filter().shown());
    }

    @Test
    void filtersByActualPredictedAndPair() {
        model.showEvaluation(images, result(A, B, C, D, E));

        model.filter().actualFilterProperty().set(3);
        assertEquals(List.of(C, E, B), model.filter().shown());
        assertEquals("Showing 3 of 5", model.filter().countText().get());

        model.filter().predictedFilterProperty().set(5);
        assertEquals(List.of(C, B), model.filter().shown());

        model.filter().actualFilterProperty().set(GalleryViewModel.ANY);
        model.filter().predictedFilterProperty().set(9);
        assertEquals(List.of(D), model.filter().shown());

        model.filter().predictedFilterProperty().set(2);
        assertTrue(model.filter().shown().isEmpty());
        assertEquals("Showing 0 of 5", model.filter().countText().get());

        model.filter().clearFilters();
        assertEquals(5, model.filter().shown().size());
    }

    @Test
    void leastConfidentFirstShowsTheNearMissesFirst() {
        model.showEvaluation(images, result(A, B, C, D, E));
        model.filter().sortProperty().set(GallerySort.LEAST_CONFIDENT);
        List<Double> confidences = model.filter().shown().stream().map(Misclassification::confidence).toList();
        List<Double> ascending = confidences.stream().sorted().toList();
        assertEquals(ascending, confidences);
        assertTrue(confidences.get(0) < confidences.get(confidences.size() - 1), confidences.toString());
    }

    @Test
    void noCountIsShownBeforeTheEvaluationIsDone() {
        assertEquals("All errors (evaluating\u2026)", model.sourceName(GallerySource.ERRORS));
        model.showEvaluation(images, result(A, B, C, D, E));
        assertEquals("All errors (5)", model.sourceName(GallerySource.ERRORS));
    }

    @Test
    void switchingTheDataSetClearsTheClassFilters() {
        model.showEvaluation(images, result(A, B, C, D, E));
        model.filter().actualFilterProperty().set(3);
        model.filter().predictedFilterProperty().set(5);

        model.datasetProperty().set(DatasetId.FASHION_MNIST);

        assertEquals(GalleryViewModel.ANY, model.filter().actualFilterProperty().get());
        assertEquals(GalleryViewModel.ANY, model.filter().predictedFilterProperty().get());
    }

    @Test
    void aMatrixCellFiltersToItsPairAndTheDiagonalClears() {
        model.showEvaluation(images, result(A, B, C, D, E));
        ConfusionMatrix matrix = model.evaluation().matrixProperty().get();
        assertEquals(2, matrix.count(3, 5));

        model.filter().selectCell(3, 5);
        assertEquals(3, model.filter().actualFilterProperty().get());
        assertEquals(5, model.filter().predictedFilterProperty().get());
        assertEquals(List.of(C, B), model.filter().shown());

        model.filter().selectCell(6, 6);
        assertEquals(GalleryViewModel.ANY, model.filter().actualFilterProperty().get());
        assertEquals(GalleryViewModel.ANY, model.filter().predictedFilterProperty().get());
        assertEquals(5, model.filter().shown().size());
    }

    @Test
    void fixedAndBrokenByTheLastEpoch() {
        EvaluationResult before = result(A, B, C);
        EvaluationResult after = result(B, new Misclassification(8, 3, 2, 0.55), D, E);
        model.showEvaluation(images, after);
        assertFalse(model.changes().availableProperty().get());

        // a single-epoch run has nothing to compare
        model.setLastRun(new LastRunEvaluations.Run(DatasetId.MNIST, null, after));
        assertFalse(model.changes().availableProperty().get());

        model.setLastRun(new LastRunEvaluations.Run(DatasetId.MNIST, before, after));
        assertTrue(model.changes().availableProperty().get());
        assertEquals(1, model.filter().sourceSize(GallerySource.FIXED));
        assertEquals(2, model.filter().sourceSize(GallerySource.BROKEN));

        model.filter().sourceProperty().set(GallerySource.FIXED);
        assertEquals(List.of(A), model.filter().shown());
        assertEquals("Actual: 7 \u00b7 now right (was 1, 92%)", model.captions().caption(A));
        assertEquals("Now right, was 1", model.captions().predictedLine(A));

        model.filter().sourceProperty().set(GallerySource.BROKEN);
        assertEquals(List.of(E, D), model.filter().shown());
        assertEquals("Showing 2 of 2", model.filter().countText().get());

        // a matrix click goes back to the model's errors
        model.filter().selectCell(4, 9);
        assertEquals(GallerySource.ERRORS, model.filter().sourceProperty().get());
        assertEquals(List.of(D), model.filter().shown());

        // a run on the other data set does not apply here
        model.filter().sourceProperty().set(GallerySource.FIXED);
        model.setLastRun(new LastRunEvaluations.Run(DatasetId.FASHION_MNIST, before, after));
        assertFalse(model.changes().availableProperty().get());
        assertEquals(GallerySource.ERRORS, model.filter().sourceProperty().get());
    }

    @Test
    void theMatrixAsCsv() {
        model.showEvaluation(images, result(A, B, C));
        String csv = model.exports().matrixCsv();
        String[] lines = csv.split("\r\n");
        assertEquals(11, lines.length);
        assertEquals("actual \\ predicted,0,1,2,3,4,5,6,7,8,9,accuracy", lines[0]);
        assertEquals("0,17,0,0,0,0,0,0,0,0,0,1.0000", lines[1]);
        assertEquals("3,0,0,0,0,0,2,0,0,0,0,0.0000", lines[4]);
        assertEquals("7,0,1,0,0,0,0,0,0,0,0,0.0000", lines[8]);
        assertEquals("9,0,0,0,0,0,0,0,0,0,0,", lines[10]);
    }

    @Test
    void csvUsesTheDataSetsClassNamesAndQuotesWhereNeeded() {
        model.datasetProperty().set(DatasetId.FASHION_MNIST);
        int[][] confusion = new int[10][10];
        confusion[0][6] = 3;
        confusion[0][0] = 1;
        String csv = new ConfusionMatrix(confusion).toCsv(model.captions().classNames(), "a,b", "acc");
        assertTrue(csv.startsWith("\"a,b\",T-shirt/top,Trouser,"), csv);
        assertTrue(csv.contains("\r\nT-shirt/top,1,0,0,0,0,0,3,0,0,0,0.2500\r\n"), csv);
        assertEquals("Actual: Ankle boot \u00b7 Predicted: Sandal (40%)",
                model.captions().caption(new Misclassification(0, 9, 5, 0.4)));
        assertEquals("Pullo.", model.captions().shortClassNames().get(2));
    }

    @Test
    void theSelectedImageGoesToDrawAsInk() {
        model.showEvaluation(images, result(A, B));
        model.selection().sendToDraw();
        assertTrue(sentToDraw.isEmpty());

        model.selection().select(A);
        assertEquals(A, model.selection().selectedProperty().get());
        model.selection().sendToDraw();
        GrayImage sent = sentToDraw.get(0);
        assertEquals(28, sent.width());
        assertEquals(1f, sent.ink()[100], 1e-6);
        assertEquals(30 / 255f, sent.ink()[101], 1e-6);
        assertEquals(0f, sent.ink()[0], 1e-6);

        // filtering the selected image away drops the selection
        model.filter().actualFilterProperty().set(3);
        assertNull(model.selection().selectedProperty().get());
    }

    @Test
    void withoutAModelItSaysSo() {
        model.setModelStatus(ModelStatus.missing(DatasetId.FASHION_MNIST));
        assertEquals(GalleryViewModel.Phase.NO_MODEL, model.evaluation().phaseProperty().get());
        assertTrue(model.evaluation().messageProperty().get().startsWith("No model for Fashion-MNIST yet"),
                model.evaluation().messageProperty().get());
        assertTrue(model.filter().shown().isEmpty());
        assertNull(model.evaluation().matrixProperty().get());
        assertNull(model.exports().matrixCsv());
    }

    @Test
    void savesAtomically(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.csv");
        model.exports().save(file, () -> "x,y\r\n".getBytes(StandardCharsets.UTF_8)).get();
        assertEquals("x,y\r\n", Files.readString(file));
        assertEquals("Saved m.csv", model.exports().noticeProperty().get());
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file left behind");
        }
        model.exports().save(dir.resolve("missing-dir-is-a-file"), () -> {
            throw new IllegalStateException("boom");
        });
        assertEquals("Could not export: boom", model.errorProperty().get());
    }

    @Test
    void whatAnExportSaidGoesWithTheDataSet(@TempDir Path dir) throws Exception {
        model.exports().save(dir.resolve("mnist-confusion-matrix.png"), () -> new byte[] {1}).get();
        assertEquals("Saved mnist-confusion-matrix.png", model.exports().noticeProperty().get());
        model.datasetProperty().set(DatasetId.FASHION_MNIST);
        assertEquals("", model.exports().noticeProperty().get());
    }

    @Test
    void theNumberOrderIsNamedForTheImagesShown() {
        assertEquals("Test image number", model.sortName(GallerySort.INDEX));
        assertEquals("Most confident first", model.sortName(GallerySort.CONFIDENCE));
        model.filter().sourceProperty().set(GallerySource.MY_DRAWINGS);
        assertEquals("Oldest drawing first", model.sortName(GallerySort.INDEX));
        model.filter().sourceProperty().set(GallerySource.ALL);
        model.browse().splitProperty().set(GallerySplit.TRAINING);
        assertEquals("Training image number", model.sortName(GallerySort.INDEX));
        model.browse().splitProperty().set(GallerySplit.TEST);
        assertEquals("Test image number", model.sortName(GallerySort.INDEX));
    }
}
