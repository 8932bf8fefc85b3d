package org.digitworkbench.gui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** A picture of a window under test for a person to look at, written only when asked for with a system property. */
public final class SceneShot {
    private SceneShot() {
    }

    /** Writes {@code stage}'s scene as a PNG to the file the system property {@code property} names, if any. */
    public static void saveIfAsked(FxRobot robot, Stage stage, String property) {
        String file = System.getProperty(property);
        if (file == null || file.isBlank()) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", new File(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
