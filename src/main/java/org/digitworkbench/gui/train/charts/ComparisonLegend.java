package org.digitworkbench.gui.train.charts;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.run.RunComparison;

/**
 * Which colour is which run, shown under the charts while runs are compared (the charts' own legends are off),
 * and a small table of the settings in which the compared runs differ.
 */
public final class ComparisonLegend {
    private final FlowPane runs = new FlowPane(12, 2);
    private final GridPane differences = new GridPane();
    private final VBox root = new VBox(4, runs, differences);
    private final Label key;
    private final Messages text;

    public ComparisonLegend(Messages text) {
        this.text = text;
        runs.setId("train-compare-legend");
        differences.setId("train-compare-differences");
        differences.setHgap(12);
        differences.setVgap(1);
        differences.getStyleClass().add("train-compare-differences");
        key = new Label(text.get("train.compare.key"));
        key.getStyleClass().add("text-muted");
        root.managedProperty().bind(root.visibleProperty());
        root.setVisible(false);
        runs.visibleProperty().bind(root.visibleProperty());
    }

    public Node node() {
        return root;
    }

    public void show(List<RunComparison.Curves> curves, List<String> palette) {
        show(curves, palette, List.of());
    }

    /** {@code different}: the settings the runs do not share, each run's value in the order of {@code curves}. */
    public void show(List<RunComparison.Curves> curves, List<String> palette, List<RunComparison.Difference> different) {
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
        runs.getChildren().setAll(entries);
        differences.getChildren().clear();
        if (!different.isEmpty()) {
            Label heading = new Label(text.get("train.compare.differences"));
            heading.getStyleClass().add("text-muted");
            differences.add(heading, 0, 0);
            for (int r = 0; r < curves.size(); r++) {
                Label name = new Label("#" + curves.get(r).run().number());
                name.setTextFill(Color.web(palette.get(curves.get(r).colour() % palette.size())));
                name.getStyleClass().add("train-compare-entry");
                differences.add(name, r + 1, 0);
            }
            for (int d = 0; d < different.size(); d++) {
                differences.add(new Label(different.get(d).setting()), 0, d + 1);
                for (int r = 0; r < different.get(d).values().size(); r++) {
                    differences.add(new Label(different.get(d).values().get(r)), r + 1, d + 1);
                }
            }
        }
        differences.setVisible(!different.isEmpty());
        differences.setManaged(!different.isEmpty());
        root.setVisible(!curves.isEmpty());
    }
}
