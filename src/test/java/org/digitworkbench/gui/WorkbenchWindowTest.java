package org.digitworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.gui.common.ThemeChoice;
import org.digitworkbench.gui.common.WorkbenchSettings;
import org.digitworkbench.gui.shell.Workbench;
import org.digitworkbench.ml.sketch.Stroke;
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
 * The real window, headless (Monocle), with a model trained in the test as the user's MNIST model:
 * the robot draws, the bars answer, Esc clears, the data-set switch renames the classes.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    @TempDir
    static Path userModels;
    @TempDir
    Path settingsDir;
    private Workbench workbench;

    @BeforeAll
    static void trainTinyModel() throws IOException {
        ModelStore.save(TinyModel.mnist(), userModels.resolve("mnist.zip"));
    }

    @Start
    void start(Stage stage) {
        workbench = WindowUnderTest.show(stage, userModels, settingsDir, TEXT);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private void drawSeven(FxRobot robot) {
        Node canvas = robot.lookup("#draw-canvas").query();
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        robot.drag(at(b, 0.3, 0.25), MouseButton.PRIMARY)
                .moveTo(at(b, 0.5, 0.25)).moveTo(at(b, 0.7, 0.25))
                .moveTo(at(b, 0.6, 0.5)).moveTo(at(b, 0.5, 0.8))
                .drop();
    }

    private static Point2D at(Bounds b, double x, double y) {
        return new Point2D(b.getMinX() + x * b.getWidth(), b.getMinY() + y * b.getHeight());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** At the smallest and a large size, no label of any view is cut short ("Brush" once showed as "..."). */
    @Test
    void noLabelIsCutAtTheSizesTheWindowHolds(FxRobot robot) throws Exception {
        WindowUnderTest.await("the model", 30,
                () -> workbench.models().status() != null && workbench.models().status().ready());
        Stage stage = (Stage) workbench.window().tabs().getScene().getWindow();
        javafx.scene.control.TabPane tabs = workbench.window().tabs();
        for (double[] size : new double[][] {{1000, 700}, {1400, 900}}) {
            for (int tab = 0; tab < tabs.getTabs().size(); tab++) {
                int shown = tab;
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    tabs.getSelectionModel().select(shown);
                });
                WaitForAsyncUtils.waitForFxEvents();
                for (Node node : robot.lookup(".label").queryAll()) {
                    if (node instanceof Label label && label.isVisible() && !label.isWrapText()
                            && label.getScene() == stage.getScene() && label.getText() != null
                            && !label.getText().isEmpty() && label.lookup(".text") instanceof javafx.scene.text.Text t
                            && label.getParent() != null && label.getParent().isVisible()) {
                        assertEquals(label.getText(), t.getText(), "cut at " + (int) size[0] + "x" + (int) size[1]
                                + " in tab " + tabs.getTabs().get(shown).getText() + ": " + label);
                    }
                }
            }
        }
    }

    @Test
    void aTabGetsItsViewWhenFirstShown(FxRobot robot) {
        // the first frame styles and lays out the shown view only (start-up time)
        javafx.scene.control.TabPane tabs = workbench.window().tabs();
        int shown = tabs.getSelectionModel().getSelectedIndex();
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            assertEquals(i == shown, tabs.getTabs().get(i).getContent() != null, "tab " + i);
        }
        int other = shown == 0 ? 1 : 0;
        robot.clickOn(tabs.getTabs().get(other).getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tabs.getTabs().get(other).getContent() != null);
        assertTrue(tabs.getTabs().get(other).getContent().getScene() != null);
    }

    @Test
    void insideShowsEveryLayersResponseToTheDrawing(FxRobot robot) throws Exception {
        WindowUnderTest.await("the model", 30, () -> workbench.drawViewModel().modelReadyProperty().get());
        robot.clickOn("#draw-inside");
        WindowUnderTest.await("the Inside window", 30, () -> robot.lookup("#inside-layers").tryQuery().isPresent());
        Stage inside = (Stage) robot.lookup("#inside-layers").query().getScene().getWindow();
        try {
            seeInside(robot);
        } finally {
            robot.interact(inside::hide);
        }
        assertFalse(workbench.drawViewModel().insideProperty().get(), "closed: no layers asked for");
    }

    private void seeInside(FxRobot robot) throws Exception {
        drawSeven(robot);
        WindowUnderTest.await("every layer", 30, () -> robot.lookup("#inside-caption-1").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        // the figures are the forward pass's for the picture the network read
        float[] pixels = workbench.drawViewModel().guess().previewProperty().get();
        List<org.digitworkbench.ml.step.LayerOutput> outputs = TinyModel.mnist().newPredictor().layerOutputs(pixels);
        assertEquals(2, outputs.size(), "dense(512) with its relu, dense(10)");
        for (org.digitworkbench.ml.step.LayerOutput output : outputs) {
            org.digitworkbench.app.LayerInspection figures =
                    org.digitworkbench.app.LayerInspection.of(List.of(output)).get(0);
            assertEquals(TEXT.format("draw.inside.layer", output.index() + 1, figures.layer(),
                    Long.toString(output.shape().perImage()[0]), figures.min(), figures.max(), figures.zeros()),
                    text(robot, "#inside-caption-" + output.index()));
            javafx.scene.image.ImageView picture =
                    robot.lookup("#inside-layer-" + output.index()).queryAs(javafx.scene.image.ImageView.class);
            assertTrue(picture.getImage() != null && picture.getImage().getWidth() > 0);
        }
        assertTrue(text(robot, "#inside-caption-0").startsWith("1. dense(512), relu"));
        assertFalse(robot.lookup("#inside-filters").query().getParent().isVisible(), "an MLP has no kernels to show");

        robot.interact(() -> workbench.drawViewModel().clear());
        WindowUnderTest.await("the empty note", 30, () -> robot.lookup("#inside-caption-0").tryQuery().isEmpty());
    }

    @Test
    void aStrokeGivesTenBarsAndEscapeClearsThem(FxRobot robot) throws Exception {
        WindowUnderTest.await("the model", 30, () -> workbench.drawViewModel().modelReadyProperty().get());
        assertEquals(TEXT.get("draw.hint.mnist"), text(robot, "#guess-hint"));
        assertTrue(robot.lookup("#status-line").queryAs(Label.class).getText().contains("your model"));
        Stage window = (Stage) robot.window(0);
        assertEquals(6, window.getIcons().size(), "the app icon at six sizes");
        assertEquals(256, window.getIcons().get(5).getWidth());

        drawSeven(robot);
        WindowUnderTest.await("a guess", 30, () -> workbench.drawViewModel().guess().visibleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        List<ProgressBar> bars = List.copyOf(robot.lookup(".probability-bars .progress-bar").queryAllAs(ProgressBar.class));
        assertEquals(10, bars.size());
        assertEquals(1.0, bars.stream().mapToDouble(ProgressBar::getProgress).sum(), 0.01);
        assertFalse(text(robot, "#guess-headline").isBlank());
        assertTrue(robot.lookup("#guess-headline").query().isVisible());
        saveScreenshot(robot, Path.of("target", "draw-view.png"));
        System.out.println("Stroke-to-guess latency (headless, tiny MLP): " + workbench.drawViewModel().latency());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(workbench.drawViewModel().guess().visibleProperty().get());
        assertTrue(robot.lookup("#guess-hint").query().isVisible());
        assertEquals(TEXT.get("draw.hint.mnist"), text(robot, "#guess-hint"));
        assertEquals(0.0, bars.stream().mapToDouble(ProgressBar::getProgress).sum(), 1e-9);

        drawSeven(robot);
        WindowUnderTest.await("a second guess", 30, () -> workbench.drawViewModel().guess().visibleProperty().get());
        robot.clickOn("#draw-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(workbench.drawViewModel().guess().visibleProperty().get());
    }

    @Test
    void usingTheShippedModelSetsYoursAsideAndTheModelsDialogBringsItBack(FxRobot robot) throws Exception {
        WindowUnderTest.await("the user's model", 30,
                () -> workbench.models().status() != null && workbench.models().status().ready()
                && workbench.models().status().userModel());
        robot.clickOn("#model-menu").clickOn("#reset-model");
        WindowUnderTest.await("no user model", 30, () -> workbench.models().status() != null
                && !workbench.models().status().userModel()
                && workbench.models().status().state() != ModelStatus.State.LOADING);
        assertTrue(Files.isDirectory(userModels.resolve("mnist")), "set aside on the shelf");

        robot.clickOn("#model-menu").clickOn("#manage-models");
        WindowUnderTest.await("the dialog's list", 30, () -> robot.lookup("#models-list").tryQuery().isPresent()
                && robot.lookup("#models-list").queryAs(ListView.class).getItems().size() == 1);
        ListView<?> list = robot.lookup("#models-list").queryAs(ListView.class);
        assertTrue(robot.lookup("#models-use").queryButton().isDisabled(), "nothing selected yet");
        robot.interact(() -> list.getSelectionModel().select(0));
        assertFalse(robot.lookup("#models-use").queryButton().isDisabled());
        robot.clickOn("#models-use");
        WindowUnderTest.await("the kept model in use again", 30, () -> workbench.models().status().ready()
                && workbench.models().status().userModel());
        assertTrue(Files.isRegularFile(userModels.resolve("mnist.zip")));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void switchingTheDataSetRenamesTheClasses(FxRobot robot) throws Exception {
        assertEquals("1", text(robot, "#class-name-1"));

        robot.clickOn("#dataset-fashion-mnist");
        WindowUnderTest.await("Fashion-MNIST class names", 30, () -> "Trouser".equals(text(robot, "#class-name-1")));
        assertEquals("Ankle boot", text(robot, "#class-name-9"));
        // with or without a Fashion-MNIST model anywhere, the view settles on a hint, not an error or a guess
        WindowUnderTest.await("the Fashion-MNIST model state", 30,
                () -> !text(robot, "#guess-hint").equals(TEXT.get("draw.loading")));
        String hint = text(robot, "#guess-hint");
        assertTrue(hint.equals(TEXT.get("draw.hint.fashion-mnist")) || hint.startsWith("No model for Fashion-MNIST"),
                hint);

        robot.clickOn("#dataset-mnist");
        WindowUnderTest.await("MNIST again", 30, () -> "1".equals(text(robot, "#class-name-1"))
                && workbench.drawViewModel().modelReadyProperty().get());
    }

    @Test
    void theWindowRemembersItsDataSetAndBrush(FxRobot robot) throws Exception {
        robot.clickOn("#dataset-fashion-mnist");
        robot.interact(() -> {
            workbench.drawViewModel().brushWidthProperty().set(30);
            robot.window(0).hide();
        });

        WorkbenchSettings saved = WorkbenchSettings.load(settingsDir.resolve("gui.properties"));
        assertEquals(org.digitworkbench.data.DatasetId.FASHION_MNIST, saved.dataset());
        assertEquals(30, saved.brushWidth(), 1e-9);
        assertTrue(Files.isRegularFile(settingsDir.resolve("gui.properties")));
    }

    @Test
    void darkFromTheViewMenuRestylesTheWindowAndIsRemembered(FxRobot robot) throws Exception {
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());

        robot.clickOn("#view-menu").clickOn("#theme-dark");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertEquals(ThemeChoice.DARK.background(), robot.window(0).getScene().getFill(), "no white behind the views");
        assertEquals(ThemeChoice.DARK, WorkbenchSettings.load(settingsDir.resolve("gui.properties")).theme(),
                "saved at once, not only when the window closes");
        saveScreenshot(robot, Path.of("target", "draw-view-dark.png"));

        robot.clickOn("#view-menu").clickOn("#theme-light");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertEquals(ThemeChoice.LIGHT, WorkbenchSettings.load(settingsDir.resolve("gui.properties")).theme());
    }

    private static void saveScreenshot(FxRobot robot, Path file) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.window(0).getScene().snapshot(null));
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }
}
