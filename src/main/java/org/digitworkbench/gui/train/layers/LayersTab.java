package org.digitworkbench.gui.train.layers;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.RasterImages;
import org.digitworkbench.gui.train.run.RunLayers;
import org.digitworkbench.ml.train.LayerSample;
import org.digitworkbench.ml.train.LayerStats;

/**
 * The Layers tab: the shown run's update ratio per layer over time beside the band it should stay in, a slider
 * to pick the moment, and per layer the histograms of its weights and of that batch's gradients with its ratio
 * in words; under the plot, the first convolution's kernels after the latest epoch.
 */
public final class LayersTab {
    private final LayersModel model;
    private final Messages text;
    private final RatioPlot plot = new RatioPlot();
    private final GridPane rows = new GridPane();
    private final Slider moment = new Slider(0, 0, 0);
    private final ImageView filters = new ImageView();
    private final Label filtersCaption = new Label();
    private final List<Row> shown = new ArrayList<>();
    private final HBox root;
    private boolean updating;

    private record Row(Label layer, Label size, HistogramBars weights, HistogramBars gradients, Label ratio) {
    }

    public LayersTab(LayersModel model, Messages text) {
        this.model = model;
        this.text = text;
        Label caption = new Label();
        caption.setId("layers-caption");
        caption.textProperty().bind(model.captionProperty());
        caption.setMinWidth(Region.USE_PREF_SIZE);
        Label momentLabel = new Label(text.get("train.layers.moment"));
        momentLabel.setMinWidth(Region.USE_PREF_SIZE);
        moment.setId("layers-moment");
        moment.setMajorTickUnit(1);
        moment.setMinorTickCount(0);
        moment.setSnapToTicks(true);
        moment.setMinWidth(60);
        HBox.setHgrow(moment, Priority.ALWAYS);
        moment.valueProperty().addListener((obs, old, now) -> {
            if (!updating) {
                int index = (int) Math.round(now.doubleValue());
                model.pickedProperty().set(index >= model.countProperty().get() - 1 ? -1 : index);
            }
        });
        HBox momentRow = new HBox(6, caption, momentLabel, moment);
        momentRow.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label(text.get("train.layers.ratioTitle"));
        title.setTooltip(new Tooltip(text.get("train.layers.ratioHelp")));
        title.setWrapText(true);
        title.setMinWidth(0);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.getStyleClass().add("layers-title");
        plot.setId("layers-ratio");
        VBox.setVgrow(plot, Priority.ALWAYS);
        filters.setId("layers-filters");
        filters.setPreserveRatio(true);
        filters.setSmooth(false);
        filtersCaption.setWrapText(true);
        filtersCaption.setMinWidth(0);
        VBox left = new VBox(4, momentRow, title, plot);
        left.setMinWidth(220);
        left.setPrefWidth(380);
        left.setMaxWidth(460);

        rows.setId("layers-rows");
        rows.setHgap(10);
        rows.setVgap(6);
        VBox right = new VBox(8, rows, filtersCaption, filters);
        right.setPadding(new Insets(2, 4, 2, 2));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(false);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        root = new HBox(8, left, scroll);
        root.setId("layers-tab");
        root.getStyleClass().add("layers-tab");
        root.setPadding(new Insets(4));

        model.revisionProperty().addListener(o -> redraw());
        model.filtersProperty().addListener((obs, old, now) -> showFilters(now));
        showFilters(model.filtersProperty().get());
        redraw();
    }

    public HBox node() {
        return root;
    }

    private void showFilters(RunLayers.Filters after) {
        filters.setVisible(after != null);
        filters.setManaged(after != null);
        filtersCaption.setVisible(after != null);
        filtersCaption.setManaged(after != null);
        if (after != null) {
            filters.setImage(RasterImages.of(after.picture(), filters.getImage()));
            filters.setFitWidth(Math.min(300, after.picture().width() * 2.0));
            filtersCaption.setText(model.filtersCaption(after));
        }
    }

    private void redraw() {
        updating = true;
        int count = model.countProperty().get();
        moment.setMax(Math.max(0, count - 1));
        moment.setDisable(count < 2);
        int picked = model.pickedProperty().get();
        moment.setValue(picked < 0 ? Math.max(0, count - 1) : picked);
        updating = false;
        LayerSample sample = model.shownProperty().get();
        List<LayersModel.RatioLine> lines = model.ratioLines();
        plot.show(lines, sample == null ? Double.NaN : sample.x(), model.epochAxis());
        showRows(sample);
    }

    private void showRows(LayerSample sample) {
        List<LayerStats> layers = sample == null ? List.of() : sample.layers();
        if (layers.size() != shown.size()) {
            build(layers.size());
        }
        for (int i = 0; i < layers.size(); i++) {
            LayerStats layer = layers.get(i);
            Row row = shown.get(i);
            row.layer().setText(model.layerText(layer));
            row.size().setText(model.sizeText(layer));
            row.weights().show(layer.weights(), model.range(layer.weights()));
            row.gradients().show(layer.gradients(), model.range(layer.gradients()));
            row.ratio().setText(model.ratioText(layer.updateRatio()));
            row.ratio().getStyleClass().removeAll("ratio-healthy", "ratio-too-low", "ratio-too-high");
            if (Double.isFinite(layer.updateRatio())) {
                row.ratio().getStyleClass().add(switch (LayersModel.band(layer.updateRatio())) {
                    case HEALTHY -> "ratio-healthy";
                    case TOO_LOW -> "ratio-too-low";
                    case TOO_HIGH -> "ratio-too-high";
                });
            }
        }
    }

    private void build(int count) {
        rows.getChildren().clear();
        shown.clear();
        if (count == 0) {
            return;
        }
        String[] headings = {"train.layers.weights", "train.layers.gradients", "train.layers.ratio"};
        for (int c = 0; c < headings.length; c++) {
            Label heading = new Label(text.get(headings[c]));
            heading.getStyleClass().add("layers-heading");
            heading.setMinWidth(Region.USE_PREF_SIZE);
            rows.add(heading, c + 1, 0);
        }
        for (int i = 0; i < count; i++) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("ratio-swatch", "ratio-swatch-" + (i % 8));
            Label layer = new Label(null, swatch);
            layer.setId("layers-layer-" + i);
            layer.setMinWidth(Region.USE_PREF_SIZE);
            Label size = new Label();
            size.getStyleClass().add("layer-range");
            size.setMinWidth(Region.USE_PREF_SIZE);
            VBox name = new VBox(1, layer, size);
            HistogramBars weights = new HistogramBars("layers-weights-" + i);
            HistogramBars gradients = new HistogramBars("layers-gradients-" + i);
            Label ratio = new Label();
            ratio.setId("layers-ratio-" + i);
            ratio.setMinWidth(Region.USE_PREF_SIZE);
            rows.addRow(i + 1, name, weights.node(), gradients.node(), ratio);
            shown.add(new Row(layer, size, weights, gradients, ratio));
        }
    }
}
