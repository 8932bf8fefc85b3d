package org.digitworkbench.gui.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.digitworkbench.app.LayerInspection;
import org.digitworkbench.app.LayerPictures;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.TinyModel;
import org.digitworkbench.gui.WindowUnderTest;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.shell.Workbench;
import org.digitworkbench.ml.arch.LayerSpec;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.step.LayerOutput;
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
 * The Inside window, headless, over the shipped cnn-deep as the user's model: the robot draws and the window
 * shows every layer in forward order as the screen has it (tiles counted in the pictures' pixels), the kernels,
 * the ten probabilities, a map enlarged on hover, and other maps brightest for a vertical stroke than for a
 * horizontal one; an MLP shows strips and no kernels.
 */
@ExtendWith(ApplicationExtension.class)
class InsideWindowTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    @TempDir
    static Path userModels;
    @TempDir
    Path settingsDir;
    private Workbench workbench;

    @BeforeAll
    static void shippedCnnDeep() throws IOException {
        Files.copy(Path.of("models", "mnist.zip"), userModels.resolve("mnist.zip"));
    }

    @Start
    void start(Stage stage) {
        workbench = WindowUnderTest.show(stage, userModels, settingsDir, TEXT);
    }

    /** The Inside window first, as the app's windows close before it stops: hidden, it asks the worker again. */
    @AfterEach
    void close(FxRobot robot) {
        robot.lookup("#inside-layers").tryQuery().ifPresent(rows -> robot.interact(rows.getScene().getWindow()::hide));
        workbench.close();
    }

    @Test
    void everyLayerOfCnnDeepInForwardOrderAndMapsThatFollowTheStroke(FxRobot robot) throws Exception {
        TrainedModel model = open(robot);
        assertEquals("cnn-deep", model.card().architecture());
        float[] vertical = draw(robot, 0.5, 0.15, 0.5, 0.85);
        List<LayerOutput> outputs = model.newPredictor().layerOutputs(vertical);
        assertEquals(10, outputs.size());

        VBox rows = robot.lookup("#inside-layers").queryAs(VBox.class);
        List<String> order = rows.getChildren().stream().map(Node::getId).toList();
        assertEquals("inside-filters-row", order.get(0));
        assertEquals("inside-output", order.get(order.size() - 1));
        assertTrue(robot.lookup("#inside-filters").query().isVisible(), "a convolution's kernels head the window");
        LayerPictures.Raster first = LayerPictures.firstFilters(model).orElseThrow();
        assertEquals(TEXT.format("draw.inside.filters", first.min(), first.max()), text(robot, "#inside-filters-caption"));
        assertEquals(32, PictureTiles.of(image(robot, "#inside-filters")).count());

        List<LayerSpec> layers = model.architecture().layers();
        for (LayerOutput output : outputs) {
            int i = output.index();
            assertEquals("inside-section-" + i, order.get(i + 1), "forward order");
            LayerInspection figures = LayerInspection.of(List.of(output)).get(0);
            String shape = output.shape().spatial() ? output.shape().channels() + "\u00d7" + output.shape().side()
                    + "\u00d7" + output.shape().side() : Long.toString(output.shape().units());
            assertEquals(TEXT.format("draw.inside.layer", i + 1, figures.layer(), shape, figures.min(), figures.max(),
                    figures.zeros()), text(robot, "#inside-caption-" + i), "its line with its range");
            PictureTiles tiles = PictureTiles.of(image(robot, "#inside-layer-" + i));
            if (output.shape().spatial()) {
                assertEquals(output.shape().channels(), tiles.count(), "one map per channel of " + figures.layer());
                assertEquals(Math.ceil(Math.sqrt(output.shape().channels())), tiles.columns(), "a grid");
            } else {
                assertEquals(output.shape().units(), tiles.count(), "one cell per unit of " + figures.layer());
                assertEquals(Math.min(32, output.shape().units()), tiles.columns(), "a strip");
                assertEquals(10, tiles.cellPixels());
            }
            boolean deeperConv = layers.get(i) instanceof LayerSpec.Conv && i > 0;
            assertEquals(deeperConv, robot.lookup("#inside-kernels-" + i).tryQuery().isPresent(), "kernels of " + i);
            if (deeperConv) {
                LayerSpec.Conv conv = (LayerSpec.Conv) layers.get(i);
                assertEquals(conv.filters(), PictureTiles.of(image(robot, "#inside-kernels-" + i)).count());
                assertTrue(text(robot, "#inside-kernels-caption-" + i).startsWith("Its " + conv.filters()
                        + " kernels"), text(robot, "#inside-kernels-caption-" + i));
            }
        }
        for (Node node : rows.lookupAll(".image-view")) {
            assertTrue(node.localToScene(node.getBoundsInLocal()).getMaxX() <= rows.getScene().getWidth(),
                    node.getId() + " cut at the window's edge");
        }
        for (Node node : rows.lookupAll(".label")) {
            assertTrue(node.localToScene(node.getBoundsInLocal()).getMaxX() <= rows.getScene().getWidth(),
                    ((Label) node).getText() + " cut at the window's edge");
        }
        assertEquals(TEXT.format("draw.inside.output", 10), text(robot, "#inside-output-caption"));
        double sum = 0;
        for (int c = 0; c < 10; c++) {
            ProgressBar bar = robot.lookup("#inside-bar-" + c).queryAs(ProgressBar.class);
            assertEquals(workbench.drawViewModel().guess().probabilityProperty(c).get(), bar.getProgress(), 1e-9);
            sum += bar.getProgress();
        }
        assertEquals(1, sum, 1e-3, "the ten probabilities");

        closeUpOfTheFifthMap(robot);

        double[] onVertical = PictureTiles.of(image(robot, "#inside-layer-0")).brightness();
        robot.interact(() -> workbench.drawViewModel().clear());
        draw(robot, 0.15, 0.5, 0.85, 0.5);
        double[] onHorizontal = PictureTiles.of(image(robot, "#inside-layer-0")).brightness();
        assertNotEquals(PictureTiles.brightest(onVertical, 4), PictureTiles.brightest(onHorizontal, 4),
                "the first layer's brightest maps depend on the stroke's direction");
        assertTrue(PictureTiles.lightUpOnlyOn(onVertical, onHorizontal) > 0, "a map for vertical ink");
        assertTrue(PictureTiles.lightUpOnlyOn(onHorizontal, onVertical) > 0, "a map for horizontal ink");
    }

    private void closeUpOfTheFifthMap(FxRobot robot) throws TimeoutException {
        ImageView maps = robot.lookup("#inside-layer-0").queryAs(ImageView.class);
        PictureTiles tiles = PictureTiles.of(maps.getImage());
        Point2D centre = tiles.centre(4);
        robot.moveTo(maps.localToScreen(centre.getX() - 3, centre.getY() - 3))
                .moveTo(maps.localToScreen(centre.getX(), centre.getY()));
        WindowUnderTest.await("the close-up", 30, () -> robot.lookup("#inside-close-up").tryQuery().isPresent()
                && robot.lookup("#inside-close-up").query().getScene().getWindow().isShowing());
        ImageView enlarged = robot.lookup("#inside-close-up").queryAs(ImageView.class);
        Node tip = enlarged;
        while (!(tip instanceof Label)) {
            tip = tip.getParent(); // the tooltip's label, whose graphic the close-up is
        }
        String says = ((Label) tip).getText();
        assertTrue(says.startsWith("Channel 5: ") && says.contains(" to "), says);
        assertEquals(168, enlarged.getImage().getWidth(), "56-pixel map three times as large");
        robot.moveTo(robot.lookup("#inside-caption-0").queryAs(Node.class));
    }

    @Test
    void anMlpShowsStripsAndNoKernels(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.models().replace(DatasetId.MNIST, TinyModel.mnist()));
        TrainedModel model = open(robot);
        assertEquals("mlp", model.card().architecture());
        draw(robot, 0.5, 0.15, 0.5, 0.85);
        assertFalse(robot.lookup("#inside-filters-row").query().isVisible(), "no convolution, no kernels");
        List<String> order = robot.lookup("#inside-layers").queryAs(VBox.class).getChildren().stream()
                .filter(Node::isManaged).map(Node::getId).toList();
        assertEquals(List.of("inside-section-0", "inside-section-1", "inside-output"), order);
        assertEquals(512, PictureTiles.of(image(robot, "#inside-layer-0")).count());
        assertEquals(10, PictureTiles.of(image(robot, "#inside-layer-1")).count());
        assertTrue(robot.lookup((Node n) -> n.getId() != null && n.getId().startsWith("inside-kernels"))
                .tryQuery().isEmpty(), "no kernels anywhere");
    }

    /** Opens Inside once the model is ready; the model then active. */
    private TrainedModel open(FxRobot robot) throws TimeoutException {
        WindowUnderTest.await("the model", 30, () -> workbench.drawViewModel().modelReadyProperty().get());
        robot.clickOn("#draw-inside");
        WindowUnderTest.await("the Inside window", 30, () -> robot.lookup("#inside-layers").tryQuery().isPresent());
        return workbench.drawViewModel().model();
    }

    /** Draws a straight stroke (fractions of the canvas) and waits for the window to show that drawing. */
    private float[] draw(FxRobot robot, double x0, double y0, double x1, double y1) throws TimeoutException {
        Node canvas = robot.lookup("#draw-canvas").query();
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        robot.drag(at(b, x0, y0), MouseButton.PRIMARY).moveTo(at(b, (x0 + x1) / 2, (y0 + y1) / 2))
                .moveTo(at(b, x1, y1)).drop();
        DrawViewModel model = workbench.drawViewModel();
        float[] input = StrokeRasterizer.networkInput(model.drawingProperty().get(), DatasetId.MNIST).orElseThrow();
        WindowUnderTest.await("the drawing's maps", 30,
                () -> java.util.Arrays.equals(input, model.guess().previewProperty().get())
                && !model.layersProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(input, model.guess().previewProperty().get());
        return input;
    }

    private static Point2D at(Bounds b, double x, double y) {
        return new Point2D(b.getMinX() + x * b.getWidth(), b.getMinY() + y * b.getHeight());
    }

    private static javafx.scene.image.Image image(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ImageView.class).getImage();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
