package org.digitworkbench.gui.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;

import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.digitworkbench.app.RunEntry.LossPoint;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.gui.WindowUnderTest;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.shell.Workbench;
import org.digitworkbench.gui.train.ChartProbe;
import org.digitworkbench.gui.train.TrainViewModel;
import org.digitworkbench.gui.train.charts.ChartPicture;
import org.digitworkbench.gui.train.common.ChartBounds;
import org.digitworkbench.gui.train.common.RatePlan;
import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** Two runs of the history, ticked in the run log: their curves over each other, exported as CSV and PNG. */
@ExtendWith(ApplicationExtension.class)
class RunComparisonWindowTest {
    @TempDir
    Path dir;
    private Workbench workbench;
    private TrainViewModel train;
    private Stage stage;

    /** A run of the history as the recorder writes it: loss per batch, figures per epoch. */
    private static RunEntry run(String id, String architecture, int epochs, double lossScale, double accuracy) {
        List<LossPoint> loss = new ArrayList<>();
        List<EpochRecord> history = new ArrayList<>();
        for (int batch = 1; batch <= 10 * epochs; batch++) {
            loss.add(new LossPoint(batch / 10.0, lossScale / batch));
        }
        for (int e = 1; e <= epochs; e++) {
            history.add(new EpochRecord(e, lossScale / e, accuracy + e / 100.0, accuracy + e / 50.0, e, null));
        }
        return new RunEntry(id, RunEntry.WINDOW, "2026-12-01T1" + epochs + ":00:00Z", "mnist", architecture, epochs,
                64, 0.001, "adam", 42, 0, null, loss, history, RunEntry.Outcome.FINISHED, null, accuracy, 10, null,
                "constant", "none", 0, null, 0, null, 0, null, null, null);
    }

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        RunHistory history = new RunHistory(dir.resolve("runs"));
        history.append(run("20261201-120000-000-mnist-mlp", "mlp", 2, 2.0, 0.80));
        history.append(run("20261201-130000-000-mnist-cnn", "cnn", 3, 0.5, 0.90));
        workbench = WindowUnderTest.show(stage, dir.resolve("models"), dir, Messages.forLocale(Locale.ENGLISH));
        workbench.window().tabs().getSelectionModel().select(1);
        train = workbench.trainViewModel();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        workbench.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoRunsTickedAreOverlaidAndExported(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> train.log().runs().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, ticks(robot).size(), "a Compare box per run");
        robot.clickOn(ticks(robot).get(0));
        robot.clickOn(ticks(robot).get(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, train.log().comparison().runs().size(), "both ticked");
        assertTrue(ticks(robot).stream().allMatch(CheckBox::isSelected));

        String loss = "#loss-chart";
        String accuracy = "#accuracy-chart";
        assertEquals(2, ChartProbe.lines(robot, loss).size(), "a loss line per run");
        assertEquals(4, ChartProbe.lines(robot, accuracy).size(), "train and test per run");
        assertEquals(30 + 20, ChartProbe.points(robot, loss));
        assertFalse(ChartProbe.lines(robot, loss).get(0).getStyle().equals(ChartProbe.lines(robot, loss).get(1).getStyle()),
                "one colour per run");
        assertTrue(robot.lookup("#train-compare-legend").query().isVisible());
        assertTrue(robot.lookup("#train-compare-legend").queryParent().getChildrenUnmodifiable().size() >= 2);
        assertAxesFitEveryLine(robot, loss, 3);
        assertAxesFitEveryLine(robot, accuracy, 3);

        Path csv = dir.resolve("curves.csv");
        WaitForAsyncUtils.asyncFx(() -> train.exports().csv(csv)).get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
        List<String> rows = Files.readAllLines(csv);
        assertEquals(1 + 30 + 3 + 20 + 2, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(1).startsWith("2,,window,batch,,0.1,0.5,"), rows.get(1));
        Path png = dir.resolve("curves.png");
        AtomicReference<BufferedImage> picture = new AtomicReference<>();
        robot.interact(() -> picture.set(train.exports().picture()));
        WaitForAsyncUtils.asyncFx(() -> train.exports().png(png, picture.get())).get(10, TimeUnit.SECONDS)
                .get(10, TimeUnit.SECONDS);
        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(picture.get().getWidth(), read.getWidth());
        assertEquals(ChartPicture.WIDTH, read.getWidth(), "a fixed size, whatever the window's");
        assertEquals(ChartPicture.HEIGHT, read.getHeight());

        // one unticked: its lines go; none ticked: the run shown alone, with its two loss lines
        robot.clickOn(ticks(robot).get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, ChartProbe.lines(robot, loss).size());
        assertEquals(2, ChartProbe.lines(robot, accuracy).size());
        // the export's message took a line under the table: the second row is scrolled into sight first
        robot.interact(() -> robot.lookup("#train-log").queryAs(javafx.scene.control.TableView.class).scrollTo(1));
        robot.clickOn(ticks(robot).get(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(train.log().comparison().active());
        assertFalse(robot.lookup("#train-compare-legend").query().isVisible());
        LoggedRun before = train.log().shownRunProperty().get();
        assertEquals(before.charts().loss().size() * 2, ChartProbe.points(robot, loss),
                "back to the run shown (the newest, shown on opening, unless another was picked)");
        LoggedRun shown = train.log().runs().get(1);
        robot.interact(() -> train.log().show(shown));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shown.charts().loss().size() * 2, ChartProbe.points(robot, loss));
        assertEquals(List.of("Loss", "Smoothed"), ChartProbe.names(robot, loss));
        var rate = ChartProbe.lines(robot, "#rate-chart");
        assertEquals(RatePlan.POINTS, rate.get(0).getDataCount(), "the shown run's planned rate");
        assertEquals(0, rate.get(1).getDataCount(), "no mark on a run that has ended");
        var rateChart = ChartProbe.chart(robot, "#rate-chart");
        assertTrue(rateChart.getWidth() < ChartProbe.chart(robot, loss).getWidth() && rateChart.getHeight() > 50,
                "a small third chart beside the others: " + rateChart.getWidth() + "x" + rateChart.getHeight());
    }

    /** The Compare boxes of the log's rows, top row first. */
    private static List<CheckBox> ticks(FxRobot robot) {
        return robot.lookup(".train-compare").match(NodeQueryUtils.isVisible()).queryAllAs(CheckBox.class).stream()
                .filter(box -> box.getParent() instanceof javafx.scene.control.TableCell<?, ?> cell
                        && cell.getTableRow() != null && cell.getTableRow().getItem() != null)
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .toList();
    }

    private static void assertAxesFitEveryLine(FxRobot robot, String id, int epochs) {
        var x = ChartProbe.x(robot, id);
        var y = ChartProbe.y(robot, id);
        assertEquals(epochs + (id.equals("#accuracy-chart") ? ChartBounds.epochPad(epochs) : 0), x.getMax(), 1e-9,
                id + ": the longer run's epochs");
        for (io.fair_acc.dataset.DataSet line : ChartProbe.lines(robot, id)) {
            for (int i = 0; i < line.getDataCount(); i++) {
                double px = line.get(0, i);
                double py = line.get(1, i);
                assertTrue(px >= x.getMin() && px <= x.getMax(), id + " x " + px);
                assertTrue(py >= y.getMin() && py <= y.getMax(),
                        id + " " + line.getName() + " y " + py + " outside " + y.getMin() + ".." + y.getMax());
            }
        }
    }
}
