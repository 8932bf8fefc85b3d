package org.digitworkbench.gui.train;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.digitworkbench.gui.common.Messages;

/** Which colour is which run, shown under the charts while runs are compared (the charts' own legends are off). */
final class ComparisonLegend {
    private final FlowPane root = new FlowPane(12, 2);
    private final Label key;

    ComparisonLegend(Messages text) {
        root.setId("train-compare-legend");
        key = new Label(text.get("train.compare.key"));
        key.getStyleClass().add("text-muted");
        root.managedProperty().bind(root.visibleProperty());
        root.setVisible(false);
    }

    Node node() {
        return root;
    }

    void show(List<RunComparison.Curves> curves, List<String> palette) {
        List<Node> entries = new ArrayList<>();
        for (RunComparison.Curves run : curves) {
            Label entry = new Label(run.name(), new Rectangle(14, 4,
                    Color.web(palette.get(run.colour() % palette.size()))));
            entry.getStyleClass().add("train-compare-entry");
            entries.add(entry);
        }
        if (!entries.isEmpty()) {
            entries.add(key);
        }
        root.getChildren().setAll(entries);
        root.setVisible(!curves.isEmpty());
    }
}
