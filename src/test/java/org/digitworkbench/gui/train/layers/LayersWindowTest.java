package org.digitworkbench.gui.train.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.digitworkbench.TestData;
import org.digitworkbench.app.DatasetRepository;
import org.digitworkbench.gui.WindowUnderTest;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.shell.Workbench;
import org.digitworkbench.gui.train.TrainViewModel;
import org.digitworkbench.gui.train.common.TrainState;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.LayerSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Layers tab of the real window during and after a short run on real MNIST images: a row per trained layer
 * with its histograms and ratio, a ratio line per layer with a point per sample, the kernels after the last
 * epoch, and the moment slider going back to the first batch.
 */
@ExtendWith(ApplicationExtension.class)
class LayersWindowTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
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
        train.setTrainingData(DatasetRepository.at(TestData.cacheRoot())::load);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        workbench.close();
    }

    @Test
    void aRunsLayersAreShownWithTheirHistogramsRatiosAndKernels(FxRobot robot) throws Exception {
        Architecture cnn = Architecture.CNN_SMALL;
        List<LayerSpec> trained = cnn.layers().stream().filter(l -> l instanceof LayerSpec.Conv
                || l instanceof LayerSpec.Dense).toList();
        robot.interact(() -> {
            train.form().setImageLimit(640);
            train.form().architectureProperty().set(cnn);
            train.form().epochsProperty().set("2");
            train.form().batchSizeProperty().set("64");
            robot.lookup("#train-tabs").queryAs(TabPane.class).getSelectionModel().select(2);
            assertTrue(train.start());
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> train.controller().steering().stateProperty().get() == TrainState.IDLE);
        WaitForAsyncUtils.waitForFxEvents();

        // 640 images at 64 a batch: the first batch and both epochs' ends
        assertEquals("After batch 20 (epoch 2.00)", robot.lookup("#layers-caption").queryAs(Label.class).getText());
        for (int i = 0; i < trained.size(); i++) {
            Label layer = robot.lookup("#layers-layer-" + i).queryAs(Label.class);
            assertTrue(layer.getText().contains(trained.get(i).text()), layer.getText());
            String ratio = robot.lookup("#layers-ratio-" + i).queryAs(Label.class).getText();
            assertTrue(ratio.matches("-?\\d+\\.\\d \u00b7 .+"), ratio);
        }
        assertTrue(robot.lookup("#layers-layer-" + trained.size()).tryQuery().isEmpty(), "one row per trained layer");
        RatioPlot plot = robot.lookup("#layers-ratio").queryAs(RatioPlot.class);
        assertEquals(java.util.Collections.nCopies(trained.size(), 3), plot.pointsPerLine());
        javafx.scene.layout.VBox weights = robot.lookup("#layers-weights-0").queryAs(javafx.scene.layout.VBox.class);
        long bars = ((javafx.scene.layout.HBox) weights.getChildren().get(0)).getChildrenUnmodifiable().stream()
                .filter(bar -> ((javafx.scene.layout.Region) bar).getHeight() > 0).count();
        assertTrue(bars > 3, "the first layer's weights spread over several bins: " + bars);

        ImageView kernels = robot.lookup("#layers-filters").queryAs(ImageView.class);
        assertTrue(kernels.isVisible() && kernels.getImage() != null && kernels.getImage().getWidth() > 0);
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "First convolution's kernels after epoch 2".equals(l.getText())));

        robot.interact(() -> robot.lookup("#layers-moment").queryAs(Slider.class).setValue(0));
        assertEquals("After batch 1 (epoch 0.10)", robot.lookup("#layers-caption").queryAs(Label.class).getText());
    }
}
