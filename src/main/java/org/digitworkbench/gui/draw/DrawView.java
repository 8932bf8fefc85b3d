package org.digitworkbench.gui.draw;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.WorkbenchView;

/** Draw a digit (or drop a picture) and watch the network's guess change with every stroke. */
public final class DrawView implements WorkbenchView {
    static final KeyCombination CLEAR = new KeyCodeCombination(KeyCode.ESCAPE);
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    private static final List<String> PICTURE_TYPES = List.of("*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp");

    private final DrawViewModel model;
    private final Messages text;
    private final DrawCanvas canvas;
    private final HBox root;
    private InsideWindow insideWindow;

    public DrawView(DrawViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        this.canvas = new DrawCanvas(model);
        VBox drawing = new VBox(12, canvasWithHint(), tools());
        VBox.setVgrow(drawing.getChildren().get(0), Priority.ALWAYS);
        HBox.setHgrow(drawing, Priority.ALWAYS);
        // the panel grows when "Why?" enlarges the preview: in a short window it scrolls rather than push the
        // canvas's tools out of the window
        ScrollPane side = new ScrollPane(resultPanel());
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().addAll("edge-to-edge", "result-scroll");
        side.setMinWidth(Region.USE_PREF_SIZE);
        root = new HBox(20, drawing, side);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("draw-view");
        acceptDroppedPictures(canvas);
    }

    @Override
    public String title() {
        return text.get("view.draw");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void installShortcuts(Scene scene, BooleanSupplier active) {
        Runnable clear = () -> {
            if (active.getAsBoolean()) {
                model.clear();
            }
        };
        scene.getAccelerators().put(CLEAR, clear);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DELETE), clear);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.BACK_SPACE), clear);
        scene.getAccelerators().put(UNDO, () -> {
            if (active.getAsBoolean()) {
                model.undo();
            }
        });
        scene.getAccelerators().put(OPEN, () -> {
            if (active.getAsBoolean()) {
                choosePicture();
            }
        });
    }

    private StackPane canvasWithHint() {
        Label empty = new Label(text.get("draw.here"));
        empty.getStyleClass().add("canvas-hint");
        empty.setMouseTransparent(true);
        empty.visibleProperty().bind(model.drawingProperty().map(d -> d.isEmpty()));
        return new StackPane(canvas, empty);
    }

    private HBox tools() {
        Label brushLabel = new Label(text.get("draw.brush"));
        brushLabel.setMinWidth(Region.USE_PREF_SIZE); // the slider gives way, never the word
        Slider brush = new Slider(DrawViewModel.MIN_BRUSH, DrawViewModel.MAX_BRUSH, model.brushWidthProperty().get());
        brush.setId("brush-width");
        brush.valueProperty().bindBidirectional(model.brushWidthProperty());
        brush.setPrefWidth(140);
        brush.setMinWidth(90);
        brush.setTooltip(new Tooltip(text.get("draw.brushTooltip")));
        Label brushValue = new Label();
        brushValue.textProperty().bind(model.brushWidthProperty().asString(Locale.ROOT, "%.0f px"));
        brushValue.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button undo = button("draw-undo", "draw.undo", "draw.undoTooltip", UNDO.getDisplayText());
        undo.setOnAction(e -> model.undo());
        undo.disableProperty().bind(model.drawingProperty().map(d -> d.isEmpty()));
        Button clear = button("draw-clear", "draw.clear", "draw.clearTooltip", CLEAR.getDisplayText());
        clear.setOnAction(e -> model.clear());
        clear.disableProperty().bind(model.drawingProperty().map(d -> d.isEmpty()));
        Button open = button("draw-open", "draw.open", "draw.openTooltip", OPEN.getDisplayText());
        open.setOnAction(e -> choosePicture());
        Button inside = new Button(text.get("draw.inside"));
        inside.setId("draw-inside");
        inside.setMinWidth(Region.USE_PREF_SIZE);
        inside.setTooltip(new Tooltip(text.get("draw.insideTooltip")));
        inside.setOnAction(e -> insideWindow().open(root.getScene().getWindow()));
        HBox tools = new HBox(8, brushLabel, brush, brushValue, spacer, inside, undo, clear, open);
        tools.setAlignment(Pos.CENTER_LEFT);
        return tools;
    }

    /** Made when first opened: most sessions never look inside. */
    InsideWindow insideWindow() {
        if (insideWindow == null) {
            insideWindow = new InsideWindow(model, text);
        }
        return insideWindow;
    }

    private Button button(String id, String key, String tooltipKey, String shortcut) {
        Button button = new Button(text.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(text.format(tooltipKey, shortcut)));
        return button;
    }

    private static final double LEGEND_WIDTH = 200;

    private VBox resultPanel() {
        GuessState guess = model.guess();
        Label headline = new Label();
        headline.setId("guess-headline");
        headline.getStyleClass().add("guess-headline");
        headline.textProperty().bind(guess.headlineProperty());
        guess.uncertainProperty().addListener((obs, old, now) -> headline.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("uncertain"), now));
        Label confidence = new Label();
        confidence.setId("guess-confidence");
        confidence.getStyleClass().add("guess-confidence");
        confidence.textProperty().bind(guess.confidenceProperty());
        confidence.setWrapText(true);
        Node teach = teachRow();
        VBox.setMargin(teach, new javafx.geometry.Insets(8, 0, 0, 0));
        // "Wrong? It's a..." under the answer, beside the preview: a row of its own would push the last classes'
        // bars out of a 720-pixel window once "Why?" enlarges the preview
        VBox answer = new VBox(2, headline, confidence, teach);
        answer.visibleProperty().bind(guess.visibleProperty());
        Label hint = new Label();
        hint.setId("guess-hint");
        hint.getStyleClass().add("guess-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(guess.hintProperty());
        hint.visibleProperty().bind(guess.visibleProperty().not());
        StackPane guessArea = new StackPane(answer, hint);
        guessArea.setAlignment(Pos.CENTER_LEFT);
        StackPane.setAlignment(answer, Pos.CENTER_LEFT);
        StackPane.setAlignment(hint, Pos.CENTER_LEFT);
        HBox.setHgrow(guessArea, Priority.ALWAYS);
        guessArea.setMinWidth(120);
        ShrinkToFit.install(headline, guessArea);
        ToggleButton why = new ToggleButton(text.get("draw.why"));
        why.setId("draw-why");
        why.getStyleClass().add(Styles.SMALL);
        why.setTooltip(new Tooltip(text.get("draw.whyTooltip")));
        why.selectedProperty().bindBidirectional(model.explainProperty());
        Label legend = new Label();
        legend.setId("draw-why-legend");
        legend.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        legend.setWrapText(true);
        legend.textProperty().bind(guess.evidenceLegendProperty());
        legend.managedProperty().bind(legend.textProperty().isNotEmpty());
        PixelPreview preview = new PixelPreview(guess);
        why.selectedProperty().addListener((obs, old, now) ->
                preview.setCell(now ? PixelPreview.EXPLAIN_CELL : PixelPreview.CELL));
        legend.setMaxWidth(LEGEND_WIDTH); // one line in every language, a little wider than the preview
        VBox input = new VBox(4, caption("draw.networkInput"), preview, why, legend);
        input.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(12, guessArea, input);
        VBox panel = new VBox(8, top, new Separator(), caption("draw.probabilities"),
                new ProbabilityBars(model, text));
        panel.setId("result-panel");
        panel.getStyleClass().add("result-panel");
        panel.setPrefWidth(380);
        panel.setMinWidth(340);
        panel.setMaxWidth(420);
        panel.setMaxHeight(Region.USE_PREF_SIZE);
        return panel;
    }

    /** "Wrong? It's a ..." with the data set's classes, and what the last save did. */
    private Node teachRow() {
        MenuButton teach = new MenuButton(text.get("draw.teach"));
        teach.setId("draw-teach");
        teach.getStyleClass().add(Styles.SMALL);
        teach.setTooltip(new Tooltip(text.get("draw.teachTooltip")));
        teach.setMinWidth(Region.USE_PREF_SIZE);
        Runnable fill = () -> {
            teach.getItems().clear();
            for (int label = 0; label < model.classNames().size(); label++) {
                int chosen = label;
                MenuItem item = new MenuItem(model.classNames().get(label));
                item.setId("draw-teach-" + label);
                item.setOnAction(e -> {
                    model.teaching().save(chosen);
                    root.requestFocus(); // so Esc clears the canvas again instead of going to the menu button
                });
                teach.getItems().add(item);
            }
        };
        fill.run();
        model.classNames().addListener((ListChangeListener<String>) change -> fill.run());
        Label saved = new Label();
        saved.setId("draw-teach-message");
        saved.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        saved.setWrapText(true);
        saved.textProperty().bind(model.teaching().messageProperty());
        VBox row = new VBox(4, teach, saved);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private Label caption(String key) {
        Label label = new Label(text.get(key));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "caption");
        return label;
    }

    private void choosePicture() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("draw.openTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("draw.pictureType"), PICTURE_TYPES));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            model.openPicture(file.toPath());
        }
    }

    private void acceptDroppedPictures(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean done = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (done) {
                model.openPicture(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
