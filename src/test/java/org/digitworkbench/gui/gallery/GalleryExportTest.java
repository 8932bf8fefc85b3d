package org.digitworkbench.gui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.gui.shell.WorkbenchApp;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.eval.Misclassification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The view alone, fed a known evaluation: exports write a CSV and two readable PNGs, nothing else. */
@ExtendWith(ApplicationExtension.class)
class GalleryExportTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    private GalleryViewModel model;
    private GalleryView view;

    @Start
    void start(Stage stage) {
        WorkbenchApp.applyTheme();
        model = new GalleryViewModel(TEXT, Runnable::run, Runnable::run, null, image -> { });
        view = new GalleryView(model, TEXT);
        Scene scene = new Scene((javafx.scene.Parent) view.node(), 1200, 800);
        scene.getStylesheets().add(GalleryView.class.getResource("/org/digitworkbench/gui/workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void exportsTheMatrixAndThePage(FxRobot robot, @TempDir Path dir) throws Exception {
        byte[] pixels = new byte[30 * 784];
        for (int i = 0; i < pixels.length; i += 7) {
            pixels[i] = (byte) 200;
        }
        byte[] labels = new byte[30];
        LabeledImages images = new LabeledImages(pixels, labels, 30, 28, 28);
        int[][] confusion = new int[10][10];
        confusion[0][0] = 20;
        confusion[0][3] = 6;
        confusion[0][8] = 4;
        List<Misclassification> wrong = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            wrong.add(new Misclassification(i, 0, i < 6 ? 3 : 8, 0.5 + i / 40.0));
        }
        robot.interact(() -> {
            model.setModelStatus(ModelStatus.loading(DatasetId.MNIST));
            model.showEvaluation(images, new EvaluationResult(20 / 30.0, confusion, wrong));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".gallery-tile").queryAll().stream().anyMatch(javafx.scene.Node::isVisible));
        assertEquals("Showing 10 of 10", robot.lookup("#gallery-count").queryLabeled().getText());

        robot.clickOn("#matrix-0-8");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Showing 4 of 10", robot.lookup("#gallery-count").queryLabeled().getText());

        Path csv = dir.resolve("m.csv");
        Path matrixPng = dir.resolve("m.png");
        Path pagePng = dir.resolve("page.png");
        List<CompletableFuture<Void>> saves = new java.util.ArrayList<>();
        robot.interact(() -> {
            saves.add(view.exportMatrixCsv(csv));
            saves.add(view.exportMatrixPng(matrixPng));
            saves.add(view.exportPagePng(pagePng));
        });
        for (CompletableFuture<Void> save : saves) {
            save.get(20, TimeUnit.SECONDS);
        }
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(content.startsWith("actual \\ predicted,0,1,"), content);
        assertTrue(content.contains("\r\n0,20,0,0,6,0,0,0,0,4,0,0.6667\r\n"), content);
        BufferedImage matrix = ImageIO.read(matrixPng.toFile());
        BufferedImage page = ImageIO.read(pagePng.toFile());
        assertNotNull(matrix);
        assertNotNull(page);
        assertTrue(matrix.getWidth() > 300 && matrix.getHeight() > 200, matrix.getWidth() + "x" + matrix.getHeight());
        assertTrue(page.getWidth() > 300, "page " + page.getWidth());
        try (var listing = Files.list(dir)) {
            assertEquals(3, listing.count(), "no temporary files left");
        }
    }
}
