package org.digitworkbench.gui.train;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.charts.ChartToolbar;
import org.digitworkbench.gui.train.charts.ComparisonLegend;
import org.digitworkbench.gui.train.charts.LiveCharts;
import org.digitworkbench.gui.train.common.TrainLabels;
import org.digitworkbench.gui.train.layers.LayersTab;

/**
 * The Train view's dashboard: the run's header on top, the chart options and the three charts, and below a
 * divider the user can move, the run table and the watched images in tabs. Nothing in it pushes another out of
 * the window: the charts take what height is left, the tabs keep theirs.
 */
public final class TrainRunPane {
    /** Where the divider between the charts and the tabs starts: most of the height to the charts. */
    public static final double DIVIDER = 0.56;
    private final VBox root;

    public TrainRunPane(TrainViewModel model, Messages text, LiveCharts charts, ComparisonLegend legend, Node rateChart,
                 BooleanProperty settingsShown) {
        Node header = new RunHeaderPane(model, text, settingsShown).node();
        Node chartTools = new ChartToolbar(model.chartOptions(), text).node();

        HBox chartRow = new HBox(8, charts.lossChart(), charts.accuracyChart(), rateChart);
        chartRow.setId("train-charts");
        HBox.setHgrow(charts.lossChart(), Priority.ALWAYS);
        HBox.setHgrow(charts.accuracyChart(), Priority.ALWAYS);
        HBox.setHgrow(rateChart, Priority.SOMETIMES);
        VBox.setVgrow(chartRow, Priority.ALWAYS);
        chartRow.setMinHeight(150);
        Label values = TrainLabels.bound("train-values", model.log().valuesTextProperty());
        values.getStyleClass().add("train-values");
        values.setMinWidth(0);
        VBox chartPane = new VBox(4, chartRow, legend.node(), values);
        chartPane.setMinHeight(170);

        VBox runs = new RunsTab(model, text).node();
        Tab runsTab = new Tab(text.get("train.tab.runs"), runs);
        runsTab.setId("train-tab-runs");
        Tab watchTab = new Tab(text.get("train.watch"), new WatchStripView(model.controller().watch(), text).node());
        watchTab.setId("train-tab-watch");
        Tab layersTab = new Tab(text.get("train.tab.layers"), new LayersTab(model.layers(), text).node());
        layersTab.setId("train-tab-layers");
        TabPane tabs = new TabPane(runsTab, watchTab, layersTab);
        tabs.setId("train-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinHeight(120);
        // a run that starts shows its images as they are read: the strip is what to watch then
        model.controller().steering().stateProperty().addListener((obs, old, now) -> {
            if (now.busy() && !old.busy()) {
                tabs.getSelectionModel().select(watchTab);
            }
        });

        SplitPane split = new SplitPane(chartPane, tabs);
        split.setId("train-split");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(DIVIDER);
        SplitPane.setResizableWithParent(tabs, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(8, header, chartTools, split);
        root.setMinWidth(0);
    }

    public VBox node() {
        return root;
    }
}
