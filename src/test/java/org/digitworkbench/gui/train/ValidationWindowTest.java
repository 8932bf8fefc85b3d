package org.digitworkbench.gui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.digitworkbench.TestData;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.gui.SceneShot;
import org.digitworkbench.gui.WindowUnderTest;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.shell.Workbench;
import org.digitworkbench.gui.train.common.TrainState;
import org.digitworkbench.gui.train.run.LoggedRun;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.train.ValidationPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless: the validation fields of the settings form say what is wrong with what is typed,
 * and a run with images held out and the test set scored each epoch (the real trainer, on real images) draws
 * a Validation and a Test line.
 */
@ExtendWith(ApplicationExtension.class)
class ValidationWindowTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    private static final DatasetSplits DATA = TestData.subset(DatasetId.MNIST, 2000, 300);
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
        train.setTrainingData((id, progress) -> DATA);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        workbench.close();
    }

    private static List<String> names(FxRobot robot, String chart) {
        return ChartProbe.names(robot, chart);
    }

    @Test
    void heldOutImagesAndTheTestSetEachEpochDrawTheirOwnLines(FxRobot robot) throws Exception {
        robot.interact(() -> {
            train.form().architectureProperty().set(Architecture.MLP);
            train.form().epochsProperty().set("2");
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        TextField images = robot.lookup("#train-validation").queryAs(Spinner.class).getEditor();
        robot.interact(() -> robot.lookup(".train-form").queryAs(ScrollPane.class).setVvalue(0.5));
        assertEquals("5000", images.getText());
        robot.doubleClickOn(images).write("many");
        Label problems = robot.lookup("#train-problems").queryAs(Label.class);
        assertEquals("Held-out images must be a whole number from 0 to 20000.", problems.getText());
        assertTrue(problems.isVisible());
        assertTrue(robot.lookup("#train-start").queryButton().isDisabled());

        robot.doubleClickOn(images).write("0");
        robot.clickOn("#train-keep-best");
        assertEquals("Keeping the best epoch needs held-out images.", problems.getText());
        String accuracy = "#accuracy-chart";
        assertEquals(List.of("Train", "Test"), names(robot, accuracy), "nothing held out: the test set's line");
        robot.doubleClickOn(images).write("400");
        robot.clickOn("#train-test-each-epoch");
        assertFalse(problems.isVisible(), problems.getText());
        assertEquals(List.of("Train", "Validation", "Test"), names(robot, accuracy), "the lines of the run to come");
        assertEquals(new ValidationPlan(400, true, 0, true), train.form().settings().validation());

        robot.clickOn("#train-start");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> train.controller().steering().stateProperty().get() == TrainState.IDLE);
        WaitForAsyncUtils.waitForFxEvents();
        LoggedRun run = train.log().runs().get(0);
        assertEquals(RunEntry.Outcome.FINISHED, run.outcome(), () -> train.errorProperty().get());
        assertEquals(new ValidationPlan(400, true, 0, true), run.settings().validation());
        assertEquals(2 * 25, run.charts().loss().offered(), "two epochs of the 1600 images left, in batches of 64");
        assertEquals(List.of("Train", "Validation", "Test"), names(robot, accuracy));
        for (io.fair_acc.dataset.DataSet line : ChartProbe.lines(robot, accuracy)) {
            assertEquals(2, line.getDataCount(), line.getName() + ": a point per epoch");
        }
        assertEquals(List.of("Loss", "Smoothed", "Validation loss"), names(robot, "#loss-chart"));
        assertTrue(robot.lookup("#train-values").queryAs(Label.class).getText().contains("validation accuracy"));
        SceneShot.saveIfAsked(robot, stage, "validation.snapshot");
    }
}
