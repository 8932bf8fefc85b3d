package org.digitworkbench.gui.train.charts;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The charts as a picture for Export PNG, drawn anew at a fixed size ({@link #WIDTH} x {@link #HEIGHT}) whatever
 * the window's: full titles, every legend, the compared runs' key below. Drawn in a scene of its own with the
 * window's stylesheets and theme, so it looks as the window does. FX thread.
 */
public final class ChartPicture {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 560;

    private ChartPicture() {
    }

    /** {@code key}: the compared runs' legend, or null; {@code like}: the window's scene, for its look. */
    public static BufferedImage of(List<TrainChart> charts, Node key, Scene like) {
        List<Node> copies = new ArrayList<>();
        for (TrainChart chart : charts) {
            Node copy = chart.copy().node();
            HBox.setHgrow(copy, Priority.ALWAYS);
            copies.add(copy);
        }
        HBox row = new HBox(12, copies.toArray(Node[]::new));
        VBox.setVgrow(row, Priority.ALWAYS);
        VBox page = new VBox(8, row);
        if (key != null) {
            page.getChildren().add(key);
        }
        page.setPadding(new Insets(12));
        page.getStyleClass().addAll(like.getRoot().getStyleClass());
        page.getStyleClass().add("train-view");
        Scene scene = new Scene(page, WIDTH, HEIGHT, like.getFill());
        scene.getStylesheets().setAll(like.getStylesheets());
        page.applyCss();
        page.layout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(like.getFill());
        return SwingFXUtils.fromFXImage(page.snapshot(parameters, null), null);
    }
}
