package org.digitworkbench.gui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
 * The real window, headless, driven by the keyboard alone: Tab reaches the thumbnail grid and the matrix, the
 * arrows move their cursors, Enter opens the close-up and filters by a cell; tiles and cells speak in words.
 */
@ExtendWith(ApplicationExtension.class)
class GalleryKeyboardWindowTest {
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

    private static void press(FxRobot robot, KeyCode key, int times) {
        for (int i = 0; i < times; i++) {
            robot.type(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node tile(FxRobot robot, Misclassification image) {
        return robot.lookup("#gallery-tile-" + image.index()).queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(CURSOR)).findFirst().orElseThrow(
                        () -> new AssertionError("no tile with the cursor for image " + image.index()));
    }

    @Test
    void theGridAndTheMatrixWorkFromTheKeyboard(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> workbench.models().status() != null && workbench.models().status().ready());
        robot.interact(() -> workbench.window().tabs().getSelectionModel().select(2));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> gallery.evaluation().phaseProperty().get() == GalleryViewModel.Phase.READY);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup(".gallery-tile").queryAll().stream().anyMatch(Node::isVisible));
        ThumbnailGrid grid = robot.lookup("#gallery-grid").queryAs(ThumbnailGrid.class);
        Node matrixGrid = robot.lookup("#matrix-grid").query();
        List<Misclassification> shown = List.copyOf(gallery.filter().shown());
        int columns = grid.columns();

        // Tab from the export menu reaches the grid, whose first tile has the cursor
        robot.interact(() -> robot.lookup("#gallery-export").query().requestFocus());
        press(robot, KeyCode.TAB, 1);
        assertTrue(grid.isFocused(), "Tab reaches the grid");
        Node first = tile(robot, shown.get(0));
        assertEquals(AccessibleRole.BUTTON, first.getAccessibleRole());
        Misclassification top = shown.get(0);
        assertEquals(String.format(Locale.ROOT, "Actual %d, predicted %d, %d%%", top.actual(), top.predicted(),
                Math.round(top.confidence() * 100)), first.getAccessibleText());

        // right and down, then Enter: that image's close-up
        press(robot, KeyCode.RIGHT, 1);
        press(robot, KeyCode.DOWN, 1);
        Misclassification wanted = shown.get(1 + columns);
        assertEquals(wanted, gallery.gridCursor().current());
        tile(robot, wanted);
        assertNull(gallery.selection().selectedProperty().get());
        press(robot, KeyCode.ENTER, 1);
        assertEquals(wanted, gallery.selection().selectedProperty().get());
        assertEquals("Test image #" + wanted.index(), robot.lookup("#gallery-detail-title").queryAs(Label.class)
                .getText());
        assertTrue(grid.isFocused(), "the grid keeps the focus");

        // End: the last image, scrolled into view
        press(robot, KeyCode.END, 1);
        Misclassification last = shown.get(shown.size() - 1);
        Node lastTile = tile(robot, last);
        Bounds seen = grid.localToScene(grid.getBoundsInLocal());
        Bounds at = lastTile.localToScene(lastTile.getBoundsInLocal());
        assertTrue(lastTile.isVisible() && at.getMinY() >= seen.getMinY() && at.getMaxY() <= seen.getMaxY(),
                "the last tile is in view: " + at + " in " + seen);

        // Page Up goes up a page at the first press and Page Down comes back to the last row; Home to the first
        // image; Enter opens the image the cursor is on
        int lastRow = (shown.size() - 1) / columns;
        press(robot, KeyCode.PAGE_UP, 1);
        int up = gallery.gridCursor().indexProperty().get();
        assertTrue(lastRow == 0 || up / columns < lastRow, "Page Up moved the cursor up: " + up);
        press(robot, KeyCode.PAGE_DOWN, 1);
        assertEquals(lastRow, gallery.gridCursor().indexProperty().get() / columns);
        press(robot, KeyCode.HOME, 1);
        assertEquals(shown.get(0), gallery.gridCursor().current());
        press(robot, KeyCode.PAGE_DOWN, 1);
        Misclassification paged = gallery.gridCursor().current();
        press(robot, KeyCode.ENTER, 1);
        assertEquals(paged, gallery.selection().selectedProperty().get());

        // on to the matrix: the arrows walk the cells, Enter filters by the one under the cursor
        for (int i = 0; i < 6 && !matrixGrid.isFocused(); i++) {
            press(robot, KeyCode.TAB, 1);
        }
        assertTrue(matrixGrid.isFocused(), "Tab reaches the matrix");
        ConfusionMatrix counts = gallery.evaluation().matrixProperty().get();
        int bestA = 0;
        int bestP = 1;
        for (int a = 0; a < 10; a++) {
            for (int p = 0; p < 10; p++) {
                if (a != p && counts.count(a, p) > counts.count(bestA, bestP)) {
                    bestA = a;
                    bestP = p;
                }
            }
        }
        press(robot, KeyCode.DOWN, bestA);
        press(robot, KeyCode.RIGHT, bestP);
        Label cell = robot.lookup("#matrix-" + bestA + "-" + bestP).queryAs(Label.class);
        assertTrue(cell.getPseudoClassStates().contains(CURSOR));
        assertEquals(String.format(Locale.ROOT, "Actual %d, predicted %d, %d images", bestA, bestP,
                counts.count(bestA, bestP)), cell.getAccessibleText());
        press(robot, KeyCode.ENTER, 1);
        int wantA = bestA;
        int wantP = bestP;
        assertEquals(counts.count(bestA, bestP), gallery.filter().shown().size());
        assertTrue(gallery.filter().shown().stream().allMatch(m -> m.actual() == wantA && m.predicted() == wantP));
        assertSame(matrixGrid, matrixGrid.getScene().getFocusOwner());

        // the diagonal shows all errors again
        press(robot, bestP > bestA ? KeyCode.LEFT : KeyCode.RIGHT, Math.abs(bestP - bestA));
        press(robot, KeyCode.SPACE, 1);
        assertEquals(shown.size(), gallery.filter().shown().size());
    }
}
