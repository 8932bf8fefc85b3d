package org.digitworkbench.gui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.TinyModel;
import org.digitworkbench.gui.WindowUnderTest;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.shell.Workbench;
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
 * The real window, headless, with a tiny MLP as the MNIST model: "All images", the training split, class 3
 * shows exactly the training images labelled 3 with their count, the model's answers come in and sort, and the
 * keyboard, the close-up and "Open in Draw" work on them.
 */
@ExtendWith(ApplicationExtension.class)
class GalleryAllImagesWindowTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    private static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");
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

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void allTrainingImagesOfClassThreeWithTheirCount(FxRobot robot) throws Exception {
        WindowUnderTest.await("the model", 120,
                () -> workbench.models().status() != null && workbench.models().status().ready());
        robot.interact(() -> workbench.window().tabs().getSelectionModel().select(2));
        WindowUnderTest.await("the errors", 120,
                () -> gallery.evaluation().phaseProperty().get() == GalleryViewModel.Phase.READY);

        robot.clickOn("#gallery-source");
        robot.clickOn(TEXT.get("gallery.source.allUnread"));
        WindowUnderTest.await("the test images", 120, () -> gallery.browse().images() != null);
        assertEquals(TEXT.get("gallery.gridAccessibleAll"), robot.lookup("#gallery-grid").query().getAccessibleText());
        LabeledImages training = TestData.mnist().train();
        robot.clickOn("#gallery-split");
        long chosen = System.nanoTime();
        robot.clickOn(TEXT.format("gallery.withCount", TEXT.get("gallery.split.training"), training.count()));
        WindowUnderTest.await("the training images", 120,
                () -> gallery.filter().sourceTotalProperty().get() == training.count());
        WindowUnderTest.await("their thumbnails", 120, () -> robot.lookup(".gallery-tile").queryAll().stream()
                .anyMatch(n -> n.isVisible() && n.getId() != null));
        System.out.printf("All images: 60,000 training thumbnails shown %d ms after the choice (robot included)%n",
                (System.nanoTime() - chosen) / 1_000_000);

        int threes = 0;
        for (int i = 0; i < training.count(); i++) {
            threes += training.label(i) == 3 ? 1 : 0;
        }
        String three = TEXT.classNames(DatasetId.MNIST).get(3);
        robot.clickOn("#gallery-actual");
        robot.clickOn(TEXT.format("gallery.withCount", three, threes));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TEXT.format("gallery.showing", threes, training.count()), text(robot, "#gallery-count"));
        assertEquals(threes, gallery.filter().shown().size());
        WindowUnderTest.await("thumbnails", 120, () -> robot.lookup(".gallery-tile").queryAll().stream()
                .anyMatch(n -> n.isVisible() && n.getId() != null));
        assertTrue(robot.lookup(".gallery-tile").queryAll().stream()
                .filter(n -> n.isVisible() && n.getId() != null && n.getAccessibleText() != null)
                .allMatch(n -> n.getAccessibleText().startsWith("Actual " + three)), "every tile is a 3");
        assertTrue(robot.lookup(".tile-confidence").queryAllAs(Label.class).stream()
                .allMatch(badge -> badge.isVisible() != badge.getText().isEmpty()), "no empty confidence badge");

        // the model's answers: right and wrong, most confident first
        // the list is rebuilt on the FX thread when the answers come: read there, never half-way through a rebuild
        int expected = threes;
        WindowUnderTest.await("the model's answers", 120, () -> text(robot, "#gallery-all-note").isEmpty()
                && WaitForAsyncUtils.asyncFx(() -> gallery.filter().shown().size() == expected
                && gallery.filter().shown().get(0).predicted() != GalleryBrowse.UNKNOWN).get(10, TimeUnit.SECONDS));
        List<Misclassification> shown = WaitForAsyncUtils.asyncFx(() -> List.copyOf(gallery.filter().shown()))
                .get(10, TimeUnit.SECONDS);
        assertEquals(threes, shown.size());
        long right = shown.stream().filter(m -> m.predicted() == 3).count();
        assertTrue(right > threes / 2 && right < threes, right + " of " + threes + " read right");

        // least confident first: the near misses, right and wrong mixed, the least sure at the top
        robot.clickOn("#gallery-sort");
        robot.clickOn(TEXT.get(GallerySort.LEAST_CONFIDENT.bundleKey()));
        WaitForAsyncUtils.waitForFxEvents();
        shown = List.copyOf(gallery.filter().shown());
        assertEquals(threes, shown.size());
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(shown.get(i - 1).confidence() <= shown.get(i).confidence(), "ascending at " + i);
        }
        saveScreenshot(robot, Path.of("target", "gallery-all-images.png"));

        // the keyboard: the grid's cursor, one step right, Enter: the close-up names the training image
        ThumbnailGrid grid = robot.lookup("#gallery-grid").queryAs(ThumbnailGrid.class);
        robot.interact(grid::requestFocus);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        Misclassification second = shown.get(1);
        assertEquals(second, gallery.gridCursor().current());
        assertTrue(robot.lookup("#gallery-tile-" + second.index()).queryAll().stream()
                .anyMatch(n -> n.getPseudoClassStates().contains(CURSOR)));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second, gallery.selection().selectedProperty().get());
        assertEquals(TEXT.format("gallery.detailTitleTraining", Integer.toString(second.index())),
                text(robot, "#gallery-detail-title"));
        WindowUnderTest.await("the probabilities", 120,
                () -> gallery.selection().probabilitiesProperty().get() != null);

        robot.clickOn("#gallery-to-draw");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, workbench.window().tabs().getSelectionModel().getSelectedIndex());
        WindowUnderTest.await("Draw's guess of the training image", 120,
                () -> workbench.drawViewModel().guess().visibleProperty().get());
    }

    private static void saveScreenshot(FxRobot robot, Path file) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.window(0).getScene().snapshot(null));
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }
}
