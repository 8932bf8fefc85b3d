package org.digitworkbench.gui.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunEntry.LossPoint;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.gui.WindowUnderTest;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ThemeChoice;
import org.digitworkbench.gui.shell.Workbench;
import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.digitworkbench.ml.train.LayerHistogram;
import org.digitworkbench.ml.train.LayerSample;
import org.digitworkbench.ml.train.LayerStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Train view as a dashboard that holds: at 1000x700, 1100x720 and 1400x900, in English and both Chinese, light
 * and dark, with the settings shown and folded away, every control lies inside the window and no label is cut.
 */
@ExtendWith(ApplicationExtension.class)
class TrainLayoutWindowTest {
    private static final double[][] SIZES = {{1000, 700}, {1100, 720}, {1400, 900}};
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static RunEntry run(int number, String name, int epochs, boolean validated) {
        List<LossPoint> loss = new ArrayList<>();
        List<EpochRecord> history = new ArrayList<>();
        for (int batch = 1; batch <= 20 * epochs; batch++) {
            loss.add(new LossPoint(batch / 20.0, 2.0 / batch, 0.001, batch));
        }
        for (int e = 1; e <= epochs; e++) {
            history.add(new EpochRecord(e, 1.0 / e, 0.9 + e / 100.0, Double.NaN, 10.0 * e,
                    validated ? 0.88 + e / 100.0 : null, validated ? 0.5 / e : null));
        }
        return new RunEntry("20261201-1" + number + "0000-000-mnist-cnn", number % 2 == 0 ? RunEntry.COMMAND_LINE
                : RunEntry.WINDOW, "2026-12-01T1" + number + ":00:00Z", "mnist", "cnn", epochs, 64, 0.001, "adam", 42,
                0, null, loss, history, RunEntry.Outcome.FINISHED, null, 0.9876, 10.0 * epochs, null, "constant",
                "none", 0, null, 0, null, number, name, name == null ? null : "a note", layers(epochs));
    }

    /** Samples as a cnn's run takes them: its four trained layers, at the first batch and each epoch's end. */
    private static List<LayerSample> layers(int epochs) {
        List<Integer> counts = new ArrayList<>();
        for (int bin = 0; bin < LayerHistogram.BINS; bin++) {
            counts.add(100 - (bin - 12) * (bin - 12) / 2);
        }
        LayerHistogram histogram = new LayerHistogram(-0.123456, 0.654321, counts);
        List<LayerSample> samples = new ArrayList<>();
        String[] texts = {"conv(32,5)", "conv(64,5)", "dense(100)", "dense(10)"};
        for (int e = 0; e <= epochs; e++) {
            List<LayerStats> layers = new ArrayList<>();
            for (int i = 0; i < texts.length; i++) {
                layers.add(new LayerStats(2 * i, texts[i], 102_500, histogram, histogram, -1.5 - e * 0.4 - i * 0.3));
            }
            samples.add(new LayerSample(e == 0 ? 1 : 20L * e, e == 0 ? 0.05 : e, layers));
        }
        return samples;
    }

    @Test
    void theTrainViewHoldsAtEachSizeInEachLanguageAndTheme(FxRobot robot) throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
            for (ThemeChoice theme : ThemeChoice.values()) {
                Path home = dir.resolve(locale.toLanguageTag() + "-" + theme.id());
                RunHistory history = new RunHistory(home.resolve("runs"));
                history.append(run(1, null, 3, false));
                history.append(run(2, "wide and deep, lower rate", 12, true));
                Files.writeString(home.resolve("gui.properties"), "theme=" + theme.id() + "\n");
                Workbench workbench = WaitForAsyncUtils.asyncFx(() -> WindowUnderTest.show(stage,
                        home.resolve("models"), home, Messages.forLocale(locale))).get(30, TimeUnit.SECONDS);
                try {
                    robot.interact(() -> workbench.window().tabs().getSelectionModel().select(1));
                    TrainViewModel train = workbench.trainViewModel();
                    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> train.log().runs().size() == 2);
                    robot.interact(() -> train.log().show(train.log().runs().get(0)));
                    for (double[] size : SIZES) {
                        for (boolean settings : new boolean[] {true, false}) {
                            robot.interact(() -> {
                                stage.setWidth(size[0]);
                                stage.setHeight(size[1]);
                                Node toggle = stage.getScene().lookup("#train-settings-toggle");
                                boolean shown = stage.getScene().lookup(".train-form").isVisible();
                                if (shown != settings) {
                                    ((javafx.scene.control.Button) toggle).fire();
                                }
                            });
                            for (int tab : new int[] {0, 2}) {
                                robot.interact(() -> ((TabPane) stage.getScene().lookup("#train-tabs"))
                                        .getSelectionModel().select(tab));
                                WaitForAsyncUtils.waitForFxEvents();
                                String where = locale.toLanguageTag() + " " + theme.id() + " " + (int) size[0] + "x"
                                        + (int) size[1] + (settings ? "" : " settings folded")
                                        + (tab == 2 ? " Layers tab" : "");
                                assertHolds(stage.getScene().lookup(".train-view"), size, where);
                            }
                        }
                    }
                } finally {
                    WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
                    workbench.close();
                }
            }
        }
    }

    /** Every visible control inside the window; every one-line label shown whole. */
    private static void assertHolds(Node view, double[] size, String where) {
        Bounds window = view.getScene().getRoot().getLayoutBounds();
        List<String> problems = new ArrayList<>();
        visit(view, node -> {
            if (node instanceof io.fair_acc.chartfx.Chart chart) {
                Bounds b = chart.localToScene(chart.getLayoutBounds());
                if (b.getMinX() < -1 || b.getMaxX() > window.getWidth() + 1 || b.getMaxY() > window.getHeight() + 1) {
                    problems.add("chart outside the window: " + chart.getId() + " at " + b);
                }
            }
            if (!(node instanceof Control control) || inScrolled(node)) {
                return;
            }
            Bounds b = control.localToScene(control.getLayoutBounds());
            if (b.getWidth() > 0 && (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > window.getWidth() + 1
                    || b.getMaxY() > window.getHeight() + 1)) {
                problems.add("outside the window: " + describe(control) + " at " + b);
            }
            if (b.getWidth() > 0 && b.getWidth() < 8) {
                problems.add("squeezed to a sliver: " + describe(control) + " " + b.getWidth() + " px wide");
            }
            if (control instanceof Labeled labeled && !labeled.isWrapText() && labeled.getText() != null
                    && !labeled.getText().isEmpty() && labeled.lookup(".text") instanceof Text shown
                    && !labeled.getText().equals(shown.getText())) {
                problems.add("cut: \"" + labeled.getText() + "\" shows as \"" + shown.getText() + "\" ("
                        + describe(control) + ")");
            }
        });
        assertTrue(problems.isEmpty(), where + ":\n" + String.join("\n", problems));
    }

    private static String describe(Control control) {
        return control.getClass().getSimpleName() + (control.getId() == null ? "" : "#" + control.getId());
    }

    /**
     * Inside the settings' scroll pane or the run table (its rows and column headings scroll, up and down and
     * sideways, within the table, which is itself checked).
     */
    private static boolean inScrolled(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p instanceof TableView<?>) {
                return true;
            }
        }
        return false;
    }

    private static void visit(Node node, java.util.function.Consumer<Node> check) {
        if (!node.isVisible()) {
            return;
        }
        check.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, check);
            }
        }
    }
}
