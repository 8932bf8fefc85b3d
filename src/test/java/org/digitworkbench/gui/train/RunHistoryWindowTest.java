package org.digitworkbench.gui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.digitworkbench.TestData;
import org.digitworkbench.app.AnswersCache;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.app.WorkbenchHome;
import org.digitworkbench.cli.Cli;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.WorkbenchSettings;
import org.digitworkbench.gui.shell.Workbench;
import org.digitworkbench.gui.shell.WorkbenchApp;
import org.digitworkbench.gui.train.run.LoggedRun;
import org.digitworkbench.ml.store.ModelLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A run made with the command line's {@code train} is in the window's run log when the window opens next, with
 * its charts: both record into the run history of the same home ($DIGIT_WORKBENCH_HOME, set for the tests).
 */
@ExtendWith(ApplicationExtension.class)
class RunHistoryWindowTest {
    @TempDir
    static Path dir;
    private Workbench workbench;
    private Stage stage;
    private Path model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = dir.resolve("from-the-command-line.zip");
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "train", "--dataset", "mnist",
                "--model", "mlp", "--epochs", "1", "--batch", "64", "--limit", "640", "--seed", "5",
                "--out", model.toString(), "--data-dir", TestData.cacheRoot().toString());
        assertEquals(0, code, err.toString());

        WorkbenchApp.applyTheme();
        WorkbenchHome home = WorkbenchHome.current();
        workbench = new Workbench(ModelLocator.userModelsOnly(dir.resolve("models")),
                WorkbenchSettings.load(dir.resolve("gui.properties")), Messages.forLocale(Locale.ENGLISH),
                TestData.cacheRoot(), RunHistory.at(home), DrawingStore.at(home), AnswersCache.in(home));
        workbench.show(stage);
        workbench.window().tabs().getSelectionModel().select(1);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        workbench.close();
    }

    @Test
    void theCommandLinesRunIsInTheLogWithItsCharts(FxRobot robot) throws Exception {
        TrainViewModel train = workbench.trainViewModel();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> train.log().runs().stream()
                .anyMatch(run -> run.fromCommandLine() && run.settings().limit() == 640
                        && run.settings().seed() == 5));
        LoggedRun run = train.log().runs().stream().filter(r -> r.settings().limit() == 640 && r.settings().seed() == 5)
                .findFirst().orElseThrow();
        assertEquals(RunEntry.Outcome.FINISHED, run.outcome());
        assertEquals(10, run.charts().loss().size(), "640 images in batches of 64");
        assertTrue(run.charts().lastHeldOutAccuracy() > 0.5, "test accuracy " + run.charts().lastHeldOutAccuracy());
        String row = train.log().describe(run);
        assertTrue(row.contains("(command line)") && row.contains("mlp"), row);

        TableView<?> log = robot.lookup("#train-log").queryAs(TableView.class);
        assertTrue(log.getItems().contains(run), "listed in the window's run log");
        robot.interact(() -> log.getSelectionModel().select(log.getItems().indexOf(run)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(run, train.log().shownRunProperty().get(), "its charts can be shown again");
    }
}
