package org.digitworkbench.gui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.digitworkbench.TestData;
import org.digitworkbench.app.DatasetRepository;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.data.acquire.ProgressListener;
import org.digitworkbench.gui.TinyModel;
import org.digitworkbench.gui.WindowUnderTest;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.shell.Workbench;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.eval.Evaluator;
import org.digitworkbench.ml.eval.Misclassification;
import org.digitworkbench.ml.store.ModelStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless, with a tiny MLP trained in the test as the user's MNIST model (about a thousand
 * errors): the gallery holds exactly the errors the Evaluator finds, in the default order, scrolls, filters by a
 * matrix cell, shows a close-up and hands an image to Draw; Fashion-MNIST without a model says so.
 */
@ExtendWith(ApplicationExtension.class)
class GalleryWindowTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    @TempDir
    static Path userModels;
    @TempDir
    Path settingsDir;
    private Workbench workbench;
    private GalleryViewModel gallery;

    @BeforeAll
    static void trainTinyModel() throws IOException {
        ModelStore.save(TinyModel.mnist(), userModels.resolve("mnist.zip"));
    }

    @Start
    void start(Stage stage) {
        workbench = WindowUnderTest.show(stage, userModels, settingsDir, TEXT);
        gallery = workbench.galleryViewModel();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private void openGallery(FxRobot robot) {
        robot.interact(() -> workbench.window().tabs().getSelectionModel().select(2));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The thumbnail shown top left. */
    private static Node firstVisibleTile(FxRobot robot) {
        return robot.lookup(".gallery-tile").queryAll().stream()
                .filter(n -> n.isVisible() && n.getId() != null && n.getScene() != null)
                .filter(n -> n.getParent() != null && n.getParent().getParent() != null
                        && n.getParent().getParent().isVisible())
                .min(Comparator.<Node>comparingDouble(n -> n.localToScene(n.getBoundsInLocal()).getMinY())
                        .thenComparingDouble(n -> n.localToScene(n.getBoundsInLocal()).getMinX()))
                .orElseThrow();
    }

    @Test
    void theGalleryHoldsEveryErrorAndAMatrixCellFiltersIt(FxRobot robot) throws Exception {
        WindowUnderTest.await("the model", 90,
                () -> workbench.models().status() != null && workbench.models().status().ready());
        long opened = System.nanoTime();
        openGallery(robot);
        WindowUnderTest.await("the gallery", 90,
                () -> gallery.evaluation().phaseProperty().get() == GalleryViewModel.Phase.READY);
        WindowUnderTest.await("thumbnails", 90,
                () -> robot.lookup(".gallery-tile").queryAll().stream().anyMatch(Node::isVisible));
        long filledMillis = (System.nanoTime() - opened) / 1_000_000;
        GalleryViewModel.Timing timing = gallery.evaluation().timing();
        System.out.printf("Gallery timing (tiny MLP, MNIST, headless): evaluated %d images in %d ms, %d errors, "
                + "tab opened to thumbnails shown in %d ms%n", timing.images(), timing.evaluateMillis(),
                timing.errors(), filledMillis);

        // the same errors as the Evaluator finds on the whole test set
        LabeledImages test = DatasetRepository.at(TestData.cacheRoot()).testImages(DatasetId.MNIST, ProgressListener.NONE);
        EvaluationResult expected = Evaluator.evaluate(TinyModel.mnist().newPredictor(), test);
        int errors = expected.misclassified().size();
        assertTrue(errors > 300, "a tiny model makes many errors: " + errors);
        assertEquals(errors, gallery.filter().shown().size());
        assertEquals(TEXT.format("gallery.showing", errors, errors), text(robot, "#gallery-count"));
        for (int a = 0; a < 10; a++) {
            for (int p = 0; p < 10; p++) {
                assertEquals(expected.confusion()[a][p], gallery.evaluation().matrixProperty().get().count(a, p));
            }
        }

        // the first thumbnail: the most confident error, captioned with the Evaluator's numbers
        Misclassification first = expected.misclassified().stream().sorted(GallerySort.CONFIDENCE.order())
                .findFirst().orElseThrow();
        Node tile = firstVisibleTile(robot);
        assertEquals("gallery-tile-" + first.index(), tile.getId());
        assertEquals(String.format(Locale.ROOT, "Actual %d, predicted %d, %d%%", first.actual(),
                first.predicted(), Math.round(first.confidence() * 100)), tile.getAccessibleText());
        saveScreenshot(robot, Path.of("target", "gallery-view-tiny.png"));

        // scrolling through all rows: cells are reused, each step is quick
        @SuppressWarnings("unchecked")
        ListView<List<Misclassification>> grid = robot.lookup("#gallery-grid").queryAs(ListView.class);
        int rows = grid.getItems().size();
        int cellsBefore = robot.lookup(".gallery-row").queryAll().size();
        long[] onFxThread = new long[1];
        long scrollStart = System.nanoTime();
        int steps = 0;
        for (int row = 0; row < rows; row += 2, steps++) {
            int target = row;
            robot.interact(() -> {
                long t = System.nanoTime();
                grid.scrollTo(target);
                grid.layout();
                onFxThread[0] += System.nanoTime() - t;
            });
        }
        System.out.printf("Gallery scrolling: %d rows of %d thumbnails, %d jumps of 2 rows: %.2f ms layout per jump on "
                + "the FX thread, %.1f ms per jump with the robot's round trip%n", rows,
                ((ThumbnailGrid) grid).columns(), steps, onFxThread[0] / 1e6 / steps,
                (System.nanoTime() - scrollStart) / 1e6 / steps);
        assertTrue(((ThumbnailGrid) grid).columns() >= 2, "thumbnails side by side");
        assertTrue(robot.lookup(".gallery-row").queryAll().size() <= cellsBefore + 4, "row cells are reused");
        robot.interact(() -> grid.scrollTo(0));

        // the most frequent confusion: a click shows exactly its images, the diagonal shows all again
        int bestA = 0;
        int bestP = 1;
        for (int a = 0; a < 10; a++) {
            for (int p = 0; p < 10; p++) {
                if (a != p && expected.confusion()[a][p] > expected.confusion()[bestA][bestP]) {
                    bestA = a;
                    bestP = p;
                }
            }
        }
        robot.clickOn("#matrix-" + bestA + "-" + bestP);
        WaitForAsyncUtils.waitForFxEvents();
        int pair = expected.confusion()[bestA][bestP];
        assertEquals(pair, gallery.filter().shown().size());
        int wantA = bestA;
        int wantP = bestP;
        assertTrue(gallery.filter().shown().stream().allMatch(m -> m.actual() == wantA && m.predicted() == wantP));
        assertEquals(TEXT.format("gallery.showing", pair, errors), text(robot, "#gallery-count"));
        robot.clickOn("#matrix-" + bestA + "-" + bestA);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(errors, gallery.filter().shown().size());

        // a column's precision: as worked out from the matrix, and a click shows the errors predicted as that class
        int columnTotal = 0;
        for (int a = 0; a < 10; a++) {
            columnTotal += expected.confusion()[a][bestP];
        }
        double precision = (double) expected.confusion()[bestP][bestP] / columnTotal;
        assertEquals(TEXT.format("gallery.classPrecision", 100 * precision), text(robot, "#matrix-precision-" + bestP));
        robot.clickOn("#matrix-precision-" + bestP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(columnTotal - expected.confusion()[bestP][bestP], gallery.filter().shown().size());
        assertTrue(gallery.filter().shown().stream().allMatch(m -> m.predicted() == wantP));
        // a row's accuracy: the errors of that actual class
        robot.clickOn("#matrix-accuracy-" + bestA);
        WaitForAsyncUtils.waitForFxEvents();
        int rowTotal = 0;
        for (int p = 0; p < 10; p++) {
            rowTotal += expected.confusion()[bestA][p];
        }
        assertEquals(rowTotal - expected.confusion()[bestA][bestA], gallery.filter().shown().size());
        assertTrue(gallery.filter().shown().stream().allMatch(m -> m.actual() == wantA));
        robot.clickOn("#matrix-" + bestA + "-" + bestA);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(errors, gallery.filter().shown().size());

        // a click on a thumbnail: close-up with ten probabilities; then on to Draw
        robot.clickOn(firstVisibleTile(robot));
        WindowUnderTest.await("the probabilities", 90, () -> gallery.selection().probabilitiesProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, gallery.selection().selectedProperty().get());
        float[] probabilities = gallery.selection().probabilitiesProperty().get();
        double sum = 0;
        for (float p : probabilities) {
            sum += p;
        }
        assertEquals(1.0, sum, 0.01);
        assertEquals(first.predicted(), org.digitworkbench.ml.model.Predictor.argMax(probabilities));
        assertEquals("Test image #" + first.index(), text(robot, "#gallery-detail-title"));
        robot.clickOn("#gallery-to-draw");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, workbench.window().tabs().getSelectionModel().getSelectedIndex());
        WindowUnderTest.await("Draw's guess of the gallery image", 90,
                () -> workbench.drawViewModel().guess().visibleProperty().get());
        assertEquals(TEXT.classNames(DatasetId.MNIST).get(first.predicted()), text(robot, "#guess-headline")
                .replace("?", ""));
    }

    @Test
    void aLabelledDrawingShowsUnderMyDrawingsWithTheModelsAnswerAndAHeatMap(FxRobot robot) throws Exception {
        WindowUnderTest.await("the model", 90, () -> workbench.drawViewModel().modelReadyProperty().get());
        Node canvas = robot.lookup("#draw-canvas").query();
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        robot.drag(new Point2D(b.getMinX() + 0.3 * b.getWidth(), b.getMinY() + 0.25 * b.getHeight()),
                MouseButton.PRIMARY)
                .moveTo(new Point2D(b.getMinX() + 0.7 * b.getWidth(), b.getMinY() + 0.25 * b.getHeight()))
                .moveTo(new Point2D(b.getMinX() + 0.45 * b.getWidth(), b.getMinY() + 0.8 * b.getHeight()))
                .drop();
        WindowUnderTest.await("a guess", 90, () -> workbench.drawViewModel().guess().visibleProperty().get());

        robot.clickOn("#draw-why");
        WindowUnderTest.await("the heat map", 90,
                () -> workbench.drawViewModel().guess().evidenceProperty().get() != null);
        WindowUnderTest.await("its legend", 90,
                () -> !text(robot, "#draw-why-legend").isEmpty()); // the label follows on the FX thread
        assertTrue(text(robot, "#draw-why-legend").startsWith("Red: for "), text(robot, "#draw-why-legend"));

        robot.clickOn("#draw-teach");
        robot.clickOn("#draw-teach-3");
        WindowUnderTest.await("the drawing saved", 90,
                () -> text(robot, "#draw-teach-message").startsWith("Saved as 3."));
        assertEquals(1, new DrawingStore(settingsDir.resolve("drawings")).list(DatasetId.MNIST).size());

        openGallery(robot);
        WindowUnderTest.await("the gallery", 90,
                () -> gallery.evaluation().phaseProperty().get() == GalleryViewModel.Phase.READY);
        WindowUnderTest.await("the drawings read", 90,
                () -> gallery.filter().sourceSize(GallerySource.MY_DRAWINGS) == 1);
        robot.clickOn("#gallery-source");
        robot.clickOn(TEXT.format("gallery.source.my_drawings", 1));
        int tests = gallery.evaluation().testCount();
        WindowUnderTest.await("the drawing's tile", 90,
                () -> robot.lookup("#gallery-tile-" + tests).tryQuery().isPresent());
        Misclassification mine = gallery.filter().shown().get(0);
        assertEquals(3, mine.actual());
        robot.clickOn("#gallery-tile-" + tests);
        assertEquals(TEXT.format("gallery.detailTitleDrawing", "1"), text(robot, "#gallery-detail-title"));
        robot.clickOn("#gallery-why");
        WindowUnderTest.await("the close-up's heat map", 90,
                () -> gallery.selection().evidenceProperty().get() != null);
        WindowUnderTest.await("its legend", 90, () -> !text(robot, "#gallery-why-legend").isEmpty());
        assertTrue(text(robot, "#gallery-why-legend").startsWith("Red: for "));
        saveScreenshot(robot, Path.of("target", "gallery-my-drawings.png"));
    }

    @Test
    void fashionMnistWithoutAModelSaysSoWithFashionNames(FxRobot robot) throws Exception {
        robot.clickOn("#dataset-fashion-mnist");
        openGallery(robot);
        WindowUnderTest.await("Fashion-MNIST names in the matrix", 90,
                () -> "Trouser".equals(text(robot, "#matrix-row-1")));
        assertEquals("Boot", text(robot, "#matrix-column-9"));
        assertEquals("Ankle boot", text(robot, "#matrix-row-9"));
        WindowUnderTest.await("the Fashion-MNIST model state", 90,
                () -> gallery.evaluation().phaseProperty().get() != GalleryViewModel.Phase.LOADING_MODEL
                && gallery.evaluation().phaseProperty().get() != GalleryViewModel.Phase.IDLE);
        // no Fashion-MNIST model in the test's folder and none shipped: a calm message, an empty gallery
        if (gallery.evaluation().phaseProperty().get() == GalleryViewModel.Phase.NO_MODEL) {
            assertTrue(text(robot, "#gallery-message").startsWith("No model for Fashion-MNIST yet"),
                    text(robot, "#gallery-message"));
            assertTrue(robot.lookup("#gallery-overlay").query().isVisible());
            assertEquals(0, gallery.filter().shown().size());
            assertEquals(TEXT.get("gallery.matrixEmpty"), text(robot, "#gallery-accuracy"));
            assertTrue(robot.lookup("#gallery-export").query().isDisabled());
        }
    }

    private static void saveScreenshot(FxRobot robot, Path file) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.window(0).getScene().snapshot(null));
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }
}
