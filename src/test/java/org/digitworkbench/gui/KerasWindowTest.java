package org.digitworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.shell.Workbench;
import org.digitworkbench.ml.model.ModelCard;
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
 * A model written by Keras (tutorial A's) opened in the window as Model > Open and a drop open it: it becomes the
 * active model, the status line gives the accuracy it scored, the Gallery shows its mistakes, and Model > Export for
 * Keras… is there for it.
 */
@ExtendWith(ApplicationExtension.class)
class KerasWindowTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    @TempDir
    static Path userModels;
    @TempDir
    Path settingsDir;
    private Workbench workbench;

    @BeforeAll
    static void userModel() throws IOException {
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

    @Test
    void aKerasModelOpensAndTheGalleryShowsItsMistakes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.models().status() != null
                && workbench.models().status().ready());
        MenuButton menu = robot.lookup("#model-menu").queryAs(MenuButton.class);
        MenuItem export = menu.getItems().stream().filter(i -> "export-keras".equals(i.getId())).findFirst()
                .orElseThrow();
        assertEquals(TEXT.get("model.export"), export.getText());
        assertFalse(export.isDisable(), "a model is in use");

        Path keras = Path.of(getClass().getResource("/org/digitworkbench/ml/keras/fixtures/tutorial-a.keras").toURI());
        robot.interact(() -> workbench.models().openModel(keras));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.models().status().ready()
                && workbench.models().status().model().card().importedFrom() != null);
        ModelCard card = workbench.models().status().model().card();
        assertEquals("cnn", card.architecture());
        String status = robot.lookup("#status-line").queryAs(Label.class).getText();
        assertTrue(status.contains("cnn") && status.contains("95.91%"), status);

        robot.interact(() -> workbench.window().tabs().getSelectionModel().select(2));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".gallery-tile").queryAll().stream()
                .anyMatch(Node::isVisible));
        WaitForAsyncUtils.waitForFxEvents();
        String count = robot.lookup("#gallery-count").queryAs(Label.class).getText();
        assertTrue(count.contains("409"), "tutorial A's 409 mistakes: " + count);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.window(0).getScene().snapshot(null));
        Path shot = Path.of("target", "gallery-keras.png");
        Files.createDirectories(shot.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", shot.toFile());
    }
}
