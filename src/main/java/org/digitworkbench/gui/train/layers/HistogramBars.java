package org.digitworkbench.gui.train.layers;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.digitworkbench.ml.train.LayerHistogram;

/** A histogram as a row of bars, tallest bar full height, with its span under it; styled by the theme. */
final class HistogramBars {
    static final double HEIGHT = 34;
    static final double BAR_WIDTH = 5;
    private final List<Region> bars = new ArrayList<>();
    private final Label range = new Label();
    private final VBox root;

    HistogramBars(String id) {
        HBox row = new HBox(1);
        row.setAlignment(Pos.BOTTOM_LEFT);
        row.setMinHeight(HEIGHT);
        row.setPrefHeight(HEIGHT);
        row.setMaxHeight(HEIGHT);
        row.getStyleClass().add("layer-histogram");
        for (int i = 0; i < LayerHistogram.BINS; i++) {
            Region bar = new Region();
            bar.getStyleClass().add("layer-bar");
            bar.setMinWidth(BAR_WIDTH);
            bar.setPrefWidth(BAR_WIDTH);
            bar.setMaxWidth(BAR_WIDTH);
            bars.add(bar);
        }
        row.getChildren().setAll(bars);
        range.getStyleClass().add("layer-range");
        range.setMinWidth(Region.USE_PREF_SIZE);
        root = new VBox(1, row, range);
        root.setId(id);
    }

    VBox node() {
        return root;
    }

    void show(LayerHistogram histogram, String span) {
        long tallest = histogram.counts().stream().mapToLong(Integer::longValue).max().orElse(0);
        for (int i = 0; i < bars.size(); i++) {
            double share = tallest == 0 ? 0 : histogram.counts().get(i) / (double) tallest;
            // a bin with any value shows at least a sliver
            double height = histogram.counts().get(i) > 0 ? Math.max(1, share * HEIGHT) : 0;
            bars.get(i).setMinHeight(height);
            bars.get(i).setPrefHeight(height);
            bars.get(i).setMaxHeight(height);
        }
        range.setText(span);
    }
}
