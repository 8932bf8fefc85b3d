package org.digitworkbench.gui.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.TilePane;
import javafx.stage.Stage;
import org.digitworkbench.TestData;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.gui.SceneShot;
import org.digitworkbench.gui.WindowUnderTest;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.shell.Workbench;
import org.digitworkbench.gui.train.TrainViewModel;
import org.digitworkbench.gui.train.common.TrainState;
import org.digitworkbench.ml.arch.Architecture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless, training for an epoch on the first 3000 real images: the strip
 * under the charts shows the watched images with "?" until the epoch ends, then each one's predicted class,
 * right or wrong; the next run starts again from "?".
 */
@ExtendWith(ApplicationExtension.class)
class WatchStripWindowTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    private static final Map<DatasetId, DatasetSplits> DATA = Map.of(
            DatasetId.MNIST, TestData.subset(DatasetId.MNIST, 3000, 400),
            DatasetId.FASHION_MNIST, TestData.subset(DatasetId.FASHION_MNIST, 3000, 400));
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    @TempDir
    Path userModels;
    @TempDir
    Path settingsDir;
    private Workbench workbench;
    private TrainViewModel train;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workbench = WindowUnderTest.show(stage, userModels, settingsDir, TEXT);
        workbench.window().tabs().getSelectionModel().select(1);
        train = workbench.trainViewModel();
        train.setTrainingData((id, progress) -> DATA.get(id));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        workbench.close();
    }

    private static List<Node> tiles(FxRobot robot) {
        return robot.lookup("#train-watch").queryAs(TilePane.class).getChildren();
    }

    private static List<String> names(FxRobot robot) {
        return tiles(robot).stream().map(t -> ((Label) t.lookup(".watch-name")).getText()).toList();
    }

    @Test
    void theStripShowsEachWatchedImagesPredictionAfterAnEpoch(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#train-watch-empty").queryAs(Label.class).isVisible(), "nothing to watch before a run");
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
            train.form().architectureProperty().set(Architecture.MLP);
            train.form().epochsProperty().set("1");
            train.form().validation().imagesProperty().set("500"); // of the 3000
            train.form().validation().testEachEpochProperty().set(true);
        });
        // paused at once: the images are there, none read yet
        robot.interact(() -> {
            assertTrue(train.start(), () -> "cannot start: " + train.form().problemsProperty().get());
            train.controller().steering().pause();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> train.controller().watch().tiles().size() == 24);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(24, tiles(robot).size());
        assertTrue(names(robot).stream().allMatch("?"::equals), names(robot).toString());
        assertFalse(robot.lookup("#train-watch-empty").queryAs(Label.class).isVisible());

        robot.interact(() -> train.controller().steering().resume());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> train.controller().steering().stateProperty().get() == TrainState.IDLE
                && train.controller().watch().tiles().stream().noneMatch(t -> t.predicted() < 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RunEntry.Outcome.FINISHED, train.log().runs().get(0).outcome(), () -> train.errorProperty().get());
        List<Node> shown = tiles(robot);
        assertEquals(24, shown.size());
        long right = shown.stream().filter(t -> t.getPseudoClassStates().contains(RIGHT)).count();
        long wrong = shown.stream().filter(t -> t.getPseudoClassStates().contains(WRONG)).count();
        assertEquals(24, right + wrong, "every tile right or wrong");
        assertTrue(right >= 16, "one epoch on 3000 real images reads most: " + right + " of 24 right");
        for (int i = 0; i < 24; i++) {
            WatchTile tile = train.controller().watch().tiles().get(i);
            assertEquals(Integer.toString(tile.predicted()), names(robot).get(i));
            assertEquals(tile.accessible(), shown.get(i).getAccessibleText());
            assertTrue(tile.accessible().matches("Actual " + (i % 10) + ", predicted \\d, \\d+%"), tile.accessible());
        }
        assertEquals(right + " of 24 right", robot.lookup("#train-watch-summary").queryAs(Label.class).getText());
        SceneShot.saveIfAsked(robot, stage, "watch.snapshot");

        // the next run starts again from "?"
        robot.interact(() -> {
            train.form().continueTrainingProperty().set(false);
            assertTrue(train.start());
            train.controller().steering().pause();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> train.controller().watch().tiles().stream().allMatch(t -> t.predicted() < 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(names(robot).stream().allMatch("?"::equals), names(robot).toString());
        robot.interact(() -> {
            train.controller().setKeepPartialDecision(run -> false);
            train.controller().steering().stop();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> train.controller().steering().stateProperty().get() == TrainState.IDLE);

        // the other data set: its images, named with its classes
        robot.clickOn("#dataset-fashion-mnist");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#train-watch-empty").queryAs(Label.class).isVisible(), "MNIST's images went");
        robot.interact(() -> assertTrue(train.start(), () -> "cannot start: " + train.form().problemsProperty().get()));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> train.controller().steering().stateProperty().get() == TrainState.IDLE
                && train.controller().watch().tiles().stream().noneMatch(t -> t.predicted() < 0));
        WaitForAsyncUtils.waitForFxEvents();
        WatchTile nine = train.controller().watch().tiles().get(9);
        assertTrue(nine.accessible().startsWith("Actual Ankle boot, predicted "), nine.accessible());
        assertEquals(nine.name(), names(robot).get(9), "the full name; the label elides what does not fit");
        SceneShot.saveIfAsked(robot, stage, "watch.fashionSnapshot");
    }
}
