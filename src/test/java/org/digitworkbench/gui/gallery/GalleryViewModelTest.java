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
        assertEquals(GalleryViewModel.Phase.LOADING_MODEL, model.phaseProperty().get());
        assertTrue(model.shown().isEmpty());

        model.showEvaluation(images, result(A, B, C, D, E));

        assertEquals(GalleryViewModel.Phase.READY, model.phaseProperty().get());
        assertEquals(List.of(C, A, E, D, B), model.shown());
        assertEquals("Showing 5 of 5", model.countText().get());
        assertEquals("Actual: 3 \u00b7 Predicted: 5 (99%)", model.caption(model.shown().get(0)));
        assertEquals("Actual: 7", model.actualLine(A));
        assertEquals("Predicted: 1", model.predictedLine(A));
        assertEquals("92%", model.confidenceText(A));

        model.sortProperty().set(GallerySort.INDEX);
        assertEquals(List.of(A, B, C, D, E), model.shown());
    }

    @Test
    void filtersByActualPredictedAndPair() {
        model.showEvaluation(images, result(A, B, C, D, E));

        model.actualFilterProperty().set(3);
        assertEquals(List.of(C, E, B), model.shown());
        assertEquals("Showing 3 of 5", model.countText().get());

        model.predictedFilterProperty().set(5);
        assertEquals(List.of(C, B), model.shown());

        model.actualFilterProperty().set(GalleryViewModel.ANY);
        model.predictedFilterProperty().set(9);
        assertEquals(List.of(D), model.shown());

        model.predictedFilterProperty().set(2);
        assertTrue(model.shown().isEmpty());
        assertEquals("Showing 0 of 5", model.countText().get());

        model.clearFilters();
        assertEquals(5, model.shown().size());
    }

    @Test
    void aMatrixCellFiltersToItsPairAndTheDiagonalClears() {
        model.showEvaluation(images, result(A, B, C, D, E));
        ConfusionMatrix matrix = model.matrixProperty().get();
        assertEquals(2, matrix.count(3, 5));

        model.selectCell(3, 5);
        assertEquals(3, model.actualFilterProperty().get());
        assertEquals(5, model.predictedFilterProperty().get());
        assertEquals(List.of(C, B), model.shown());

        model.selectCell(6, 6);
        assertEquals(GalleryViewModel.ANY, model.actualFilterProperty().get());
        assertEquals(GalleryViewModel.ANY, model.predictedFilterProperty().get());
        assertEquals(5, model.shown().size());
    }

    @Test
    void fixedAndBrokenByTheLastEpoch() {
        EvaluationResult before = result(A, B, C);
        EvaluationResult after = result(B, new Misclassification(8, 3, 2, 0.55), D, E);
        model.showEvaluation(images, after);
        assertFalse(model.changesAvailableProperty().get());

        // a single-epoch run has nothing to compare
        model.setLastRun(new LastRunEvaluations.Run(DatasetId.MNIST, null, after));
        assertFalse(model.changesAvailableProperty().get());

        model.setLastRun(new LastRunEvaluations.Run(DatasetId.MNIST, before, after));
        assertTrue(model.changesAvailableProperty().get());
        assertEquals(1, model.sourceSize(GallerySource.FIXED));
        assertEquals(2, model.sourceSize(GallerySource.BROKEN));

        model.sourceProperty().set(GallerySource.FIXED);
        assertEquals(List.of(A), model.shown());
        assertEquals("Actual: 7 \u00b7 now right (was 1, 92%)", model.caption(A));
        assertEquals("Now right, was 1", model.predictedLine(A));

        model.sourceProperty().set(GallerySource.BROKEN);
        assertEquals(List.of(E, D), model.shown());
        assertEquals("Showing 2 of 2", model.countText().get());

        // a matrix click goes back to the model's errors
        model.selectCell(4, 9);
        assertEquals(GallerySource.ERRORS, model.sourceProperty().get());
        assertEquals(List.of(D), model.shown());

        // a run on the other data set does not apply here
        model.sourceProperty().set(GallerySource.FIXED);
        model.setLastRun(new LastRunEvaluations.Run(DatasetId.FASHION_MNIST, before, after));
        assertFalse(model.changesAvailableProperty().get());
        assertEquals(GallerySource.ERRORS, model.sourceProperty().get());
    }

    @Test
    void theMatrixAsCsv() {
        model.showEvaluation(images, result(A, B, C));
        String csv = model.matrixCsv();
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
        String csv = new ConfusionMatrix(confusion).toCsv(model.classNames(), "a,b", "acc");
        assertTrue(csv.startsWith("\"a,b\",T-shirt/top,Trouser,"), csv);
        assertTrue(csv.contains("\r\nT-shirt/top,1,0,0,0,0,0,3,0,0,0,0.2500\r\n"), csv);
        assertEquals("Actual: Ankle boot \u00b7 Predicted: Sandal (40%)",
                model.caption(new Misclassification(0, 9, 5, 0.4)));
        assertEquals("Pullo.", model.shortClassNames().get(2));
    }

    @Test
    void theSelectedImageGoesToDrawAsInk() {
        model.showEvaluation(images, result(A, B));
        model.sendSelectedToDraw();
        assertTrue(sentToDraw.isEmpty());

        model.select(A);
        assertEquals(A, model.selectedProperty().get());
        model.sendSelectedToDraw();
        GrayImage sent = sentToDraw.get(0);
        assertEquals(28, sent.width());
        assertEquals(1f, sent.ink()[100], 1e-6);
        assertEquals(30 / 255f, sent.ink()[101], 1e-6);
        assertEquals(0f, sent.ink()[0], 1e-6);

        // filtering the selected image away drops the selection
        model.actualFilterProperty().set(3);
        assertNull(model.selectedProperty().get());
    }

    @Test
    void withoutAModelItSaysSo() {
        model.setModelStatus(ModelStatus.missing(DatasetId.FASHION_MNIST));
        assertEquals(GalleryViewModel.Phase.NO_MODEL, model.phaseProperty().get());
        assertTrue(model.messageProperty().get().startsWith("No model for Fashion-MNIST yet"),
                model.messageProperty().get());
        assertTrue(model.shown().isEmpty());
        assertNull(model.matrixProperty().get());
        assertNull(model.matrixCsv());
    }

    @Test
    void savesAtomically(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.csv");
        model.save(file, () -> "x,y\r\n".getBytes(StandardCharsets.UTF_8)).get();
        assertEquals("x,y\r\n", Files.readString(file));
        assertEquals("Saved m.csv", model.noticeProperty().get());
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file left behind");
        }
        model.save(dir.resolve("missing-dir-is-a-file"), () -> {
            throw new IllegalStateException("boom");
        });
        assertEquals("Could not export: boom", model.errorProperty().get());
    }
}
