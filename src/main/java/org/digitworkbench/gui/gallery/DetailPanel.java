package org.digitworkbench.gui.gallery;

import atlantafx.base.theme.Styles;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.common.HeatOverlay;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.eval.Evidence;
import org.digitworkbench.ml.eval.Misclassification;

/** The image picked in the gallery, large, with the active model's ten probabilities and a way to Draw. */
final class DetailPanel extends VBox {
    static final int SCALE = 5;
    private final GalleryViewModel model;
    private final Messages text;
    private final ImageView image = Thumbnails.view(28, SCALE);
    private final Canvas heat = new Canvas(28 * SCALE, 28 * SCALE);
    private final Label legend = new Label();
    private final Label title = new Label();
    private final Label actual = new Label();
    private final Label predicted = new Label();
    private final Label placeholder = new Label();
    private final Label[] names = new Label[Architecture.CLASSES];
    private final ProgressBar[] bars = new ProgressBar[Architecture.CLASSES];
    private final Label[] values = new Label[Architecture.CLASSES];
    private final VBox content;

    DetailPanel(GalleryViewModel model, Messages text) {
        super(8);
        this.model = model;
        this.text = text;
        setId("gallery-detail");
        getStyleClass().add("gallery-detail");
        title.setId("gallery-detail-title");
        title.getStyleClass().add(Styles.TITLE_4);
        actual.setId("gallery-detail-actual");
        predicted.setId("gallery-detail-predicted");
        actual.setWrapText(true);
        predicted.setWrapText(true);
        Button toDraw = new Button(text.get("gallery.toDraw"));
        toDraw.setId("gallery-to-draw");
        toDraw.setTooltip(new Tooltip(text.get("gallery.toDrawTooltip")));
        toDraw.setOnAction(e -> model.selection().sendToDraw());
        toDraw.setMinWidth(Region.USE_PREF_SIZE);
        VBox words = new VBox(2, actual, predicted);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox bottom = new HBox(12, words, toDraw);
        bottom.setAlignment(Pos.CENTER_LEFT);
        GridPane bars = probabilities();
        HBox.setHgrow(bars, Priority.ALWAYS);
        heat.setId("gallery-detail-heat");
        heat.setMouseTransparent(true);
        ToggleButton why = new ToggleButton(text.get("draw.why"));
        why.setId("gallery-why");
        why.getStyleClass().add(Styles.SMALL);
        why.setTooltip(new Tooltip(text.get("draw.whyTooltip")));
        why.selectedProperty().bindBidirectional(model.selection().explainProperty());
        legend.setId("gallery-why-legend");
        legend.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        legend.setWrapText(true);
        legend.setMaxWidth(28 * SCALE);
        VBox picture = new VBox(4, new StackPane(image, heat), why, legend);
        HBox middle = new HBox(14, picture, bars);
        middle.setAlignment(Pos.CENTER_LEFT);
        content = new VBox(8, title, middle, bottom);
        placeholder.setText(text.get("gallery.detailNone"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.setId("gallery-detail-none");
        getChildren().addAll(content, placeholder);
        model.selection().selectedProperty().addListener((obs, old, now) -> show(now));
        model.selection().probabilitiesProperty().addListener((obs, old, now) -> showProbabilities(now));
        model.selection().evidenceProperty().addListener((obs, old, now) -> showEvidence(now));
        show(null);
    }

    private GridPane probabilities() {
        GridPane grid = new GridPane();
        grid.setId("gallery-probabilities");
        grid.getStyleClass().add("gallery-probabilities");
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints barColumn = new ColumnConstraints();
        barColumn.setHgrow(Priority.ALWAYS);
        barColumn.setFillWidth(true);
        ColumnConstraints valueColumn = new ColumnConstraints(48);
        valueColumn.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(nameColumn, barColumn, valueColumn);
        for (int i = 0; i < names.length; i++) {
            names[i] = new Label();
            names[i].getStyleClass().add(Styles.TEXT_SMALL);
            bars[i] = new ProgressBar(0);
            bars[i].setId("gallery-bar-" + i);
            bars[i].setMaxWidth(Double.MAX_VALUE);
            values[i] = new Label();
            values[i].getStyleClass().add(Styles.TEXT_SMALL);
            values[i].setId("gallery-value-" + i);
            grid.addRow(i, names[i], bars[i], values[i]);
        }
        return grid;
    }

    private void show(Misclassification now) {
        LabeledImages images = model.shownImages();
        boolean any = now != null && images != null && now.index() < images.count();
        content.setVisible(any);
        content.setManaged(any);
        placeholder.setVisible(!any);
        placeholder.setManaged(!any);
        if (!any) {
            return;
        }
        Thumbnails.draw(image, images, now.index());
        title.setText(title(now));
        actual.setText(model.captions().actualLine(now));
        predicted.setText(GalleryCaptions.unanswered(now) ? text.get("gallery.noAnswer")
                : text.format("gallery.withConfidence", model.captions().predictedLine(now), now.confidence()));
        for (int i = 0; i < names.length; i++) {
            names[i].setText(model.captions().className(i));
            names[i].getStyleClass().removeAll("actual-class", "predicted-class");
        }
        names[now.actual()].getStyleClass().add("actual-class");
        if (!GalleryCaptions.unanswered(now) && now.predicted() != now.actual()) {
            names[now.predicted()].getStyleClass().add("predicted-class");
        }
        showProbabilities(model.selection().probabilitiesProperty().get());
    }

    private String title(Misclassification now) {
        String number = Integer.toString(now.index());
        if (model.showsTrainingImages()) {
            return text.format("gallery.detailTitleTraining", number);
        }
        int tests = model.filter().sourceProperty().get() == GallerySource.ALL ? Integer.MAX_VALUE
                : model.evaluation().testCount();
        return now.index() < tests ? text.format("gallery.detailTitle", number)
                : text.format("gallery.detailTitleDrawing", Integer.toString(now.index() - tests + 1));
    }

    private void showEvidence(Evidence evidence) {
        GraphicsContext g = heat.getGraphicsContext2D();
        g.clearRect(0, 0, heat.getWidth(), heat.getHeight());
        legend.setText(evidence == null ? "" : text.format("draw.why.legend",
                model.captions().className(evidence.answer()), model.captions().className(evidence.runnerUp())));
        if (evidence != null) {
            HeatOverlay.paint(g, evidence.map(), 28, SCALE);
        }
    }

    private void showProbabilities(float[] probabilities) {
        for (int i = 0; i < bars.length; i++) {
            boolean known = probabilities != null && i < probabilities.length;
            bars[i].setProgress(known ? probabilities[i] : 0);
            values[i].setText(known ? text.format("bars.percent", probabilities[i]) : "");
        }
    }
}
