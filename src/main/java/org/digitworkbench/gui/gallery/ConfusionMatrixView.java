package org.digitworkbench.gui.gallery;

import java.util.Locale;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.eval.ClassFigures;

/**
 * The 10x10 confusion matrix: rows actual, columns predicted, each cell shaded by its count (right answers in
 * blue on the diagonal, errors in red), with the accuracy of each class at the end of its row. Clicking an
 * error cell filters the gallery to that pair; clicking the diagonal clears the filter. From the keyboard the
 * arrow keys move between the cells and Enter does what a click does.
 */
final class ConfusionMatrixView extends VBox {
    static final double CELL_WIDTH = 36;
    static final double CELL_HEIGHT = 24;
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");
    private static final int N = Architecture.CLASSES;

    private final GalleryViewModel model;
    private final Messages text;
    private final GridPane grid = new GridPane() {
        /** Screen readers follow the keyboard's cell. */
        @Override
        public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
            if (attribute == AccessibleAttribute.FOCUS_ITEM) {
                return cells[model.matrixCursor().actualProperty().get()][model.matrixCursor().predictedProperty().get()];
            }
            return super.queryAccessibleAttribute(attribute, parameters);
        }
    };
    private final Label[][] cells = new Label[N][N];
    private final Label[] rowNames = new Label[N];
    private final Label[] columnNames = new Label[N];
    private final Label[] accuracies = new Label[N];
    private final Label[] precisions = new Label[N];
    private final Label summary = new Label();

    ConfusionMatrixView(GalleryViewModel model, Messages text) {
        super(8);
        this.model = model;
        this.text = text;
        setId("confusion-matrix");
        getStyleClass().add("confusion-matrix");
        Label title = new Label(text.get("gallery.matrix"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(text.get("gallery.matrixHint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        // a wrapping label would ask for the whole line; the grid sets the width
        hint.setMinWidth(0);
        hint.prefWidthProperty().bind(grid.widthProperty());
        hint.maxWidthProperty().bind(grid.widthProperty());
        summary.setId("gallery-accuracy");
        summary.getStyleClass().add(Styles.TEXT_SMALL);
        buildGrid();
        getChildren().addAll(title, summary, grid, hint);
        setMaxWidth(Region.USE_PREF_SIZE);
        model.evaluation().matrixProperty().addListener((obs, old, now) -> update());
        model.captions().classNames().addListener((ListChangeListener<String>) c -> update());
        model.captions().shortClassNames().addListener((ListChangeListener<String>) c -> update());
        model.filter().actualFilterProperty().addListener((obs, old, now) -> markChosen());
        model.filter().predictedFilterProperty().addListener((obs, old, now) -> markChosen());
        model.filter().sourceProperty().addListener((obs, old, now) -> markChosen());
        model.matrixCursor().actualProperty().addListener((obs, old, now) -> markChosen());
        model.matrixCursor().predictedProperty().addListener((obs, old, now) -> markChosen());
        update();
    }

    private void buildGrid() {
        grid.getStyleClass().add("matrix-grid");
        grid.setId("matrix-grid");
        grid.setFocusTraversable(true);
        grid.setAccessibleText(text.get("gallery.matrixAccessible"));
        grid.setOnKeyPressed(this::keyPressed);
        grid.setHgap(2);
        grid.setVgap(2);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        names.setMaxWidth(96);
        names.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().add(names);
        for (int p = 0; p < N; p++) {
            ColumnConstraints column = new ColumnConstraints(CELL_WIDTH);
            column.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(column);
        }
        ColumnConstraints accuracy = new ColumnConstraints(48);
        accuracy.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().add(accuracy);

        Label corner = new Label(text.get("gallery.matrixCorner"));
        corner.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        grid.add(corner, 0, 0);
        for (int p = 0; p < N; p++) {
            columnNames[p] = headerLabel("matrix-column-" + p);
            columnNames[p].setMaxWidth(CELL_WIDTH);
            columnNames[p].setAlignment(Pos.CENTER);
            grid.add(columnNames[p], p + 1, 0);
        }
        Label accuracyHeader = headerLabel("matrix-accuracy-header");
        accuracyHeader.setText(text.get("gallery.matrixAccuracyHeader"));
        accuracyHeader.setAlignment(Pos.CENTER_RIGHT);
        accuracyHeader.setTooltip(new Tooltip(text.get("gallery.matrixAccuracyHeaderTooltip")));
        grid.add(accuracyHeader, N + 1, 0);
        for (int a = 0; a < N; a++) {
            rowNames[a] = headerLabel("matrix-row-" + a);
            rowNames[a].setMaxWidth(96);
            rowNames[a].setAlignment(Pos.CENTER_RIGHT);
            grid.add(rowNames[a], 0, a + 1);
            for (int p = 0; p < N; p++) {
                Label cell = new Label();
                cell.setId("matrix-" + a + "-" + p);
                cell.getStyleClass().add("matrix-cell");
                cell.setAccessibleRole(AccessibleRole.BUTTON);
                if (a == p) {
                    cell.getStyleClass().add("diagonal");
                }
                cell.setAlignment(Pos.CENTER);
                cell.setMinSize(CELL_WIDTH, CELL_HEIGHT);
                cell.setPrefSize(CELL_WIDTH, CELL_HEIGHT);
                cell.setMaxSize(CELL_WIDTH, CELL_HEIGHT);
                cell.setTextOverrun(OverrunStyle.CLIP);
                cell.setTooltip(new Tooltip());
                int actual = a;
                int predicted = p;
                cell.setOnMouseClicked(e -> {
                    model.matrixCursor().moveTo(actual, predicted);
                    model.matrixCursor().open();
                });
                cells[a][p] = cell;
                grid.add(cell, p + 1, a + 1);
            }
            accuracies[a] = headerLabel("matrix-accuracy-" + a);
            accuracies[a].setAlignment(Pos.CENTER_RIGHT);
            int actual = a;
            clickable(accuracies[a], () -> model.filter().selectClass(actual, GalleryFilter.ANY));
            grid.add(accuracies[a], N + 1, a + 1);
        }
        Label precisionHeader = headerLabel("matrix-precision-header");
        precisionHeader.setText(text.get("gallery.matrixPrecisionHeader"));
        precisionHeader.setTooltip(new Tooltip(text.get("gallery.matrixPrecisionHeaderTooltip")));
        grid.add(precisionHeader, 0, N + 1);
        for (int p = 0; p < N; p++) {
            precisions[p] = headerLabel("matrix-precision-" + p);
            precisions[p].setAlignment(Pos.CENTER);
            precisions[p].setMaxWidth(CELL_WIDTH);
            precisions[p].setTextOverrun(OverrunStyle.CLIP);
            int predicted = p;
            clickable(precisions[p], () -> model.filter().selectClass(GalleryFilter.ANY, predicted));
            grid.add(precisions[p], p + 1, N + 1);
        }
    }

    /** A figure that filters the gallery to one class's errors when clicked. */
    private static void clickable(Label figure, Runnable select) {
        figure.getStyleClass().add("matrix-figure");
        figure.setAccessibleRole(AccessibleRole.BUTTON);
        figure.setOnMouseClicked(e -> select.run());
    }

    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        CursorMove step = CursorMove.of(e.getCode());
        if (step != null) {
            model.matrixCursor().move(step);
            grid.notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM);
            // consumed at the edges too: the side column would scroll instead
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
            model.matrixCursor().open();
            e.consume();
        }
    }

    /** The width of the grid, which sets the width of the side column. */
    javafx.beans.value.ObservableDoubleValue gridWidth() {
        return grid.widthProperty();
    }

    private static Label headerLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, "matrix-header");
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        return label;
    }

    private void update() {
        ConfusionMatrix matrix = model.evaluation().matrixProperty().get();
        for (int c = 0; c < N; c++) {
            String full = model.captions().className(c);
            rowNames[c].setText(full);
            rowNames[c].setTooltip(new Tooltip(text.format("gallery.matrixRowTooltip", full)));
            columnNames[c].setText(c < model.captions().shortClassNames().size() ? model.captions().shortClassNames().get(c) : full);
            columnNames[c].setTooltip(new Tooltip(text.format("gallery.matrixColumnTooltip", full)));
        }
        if (matrix == null) {
            summary.setText(text.get("gallery.matrixEmpty"));
        } else {
            int total = 0;
            int wrong = 0;
            for (int a = 0; a < N; a++) {
                total += matrix.rowTotal(a);
                wrong += matrix.rowTotal(a) - matrix.count(a, a);
            }
            summary.setText(text.format("gallery.accuracy", total == 0 ? 0 : (double) (total - wrong) / total,
                    wrong, total));
        }
        for (int a = 0; a < N; a++) {
            for (int p = 0; p < N; p++) {
                Label cell = cells[a][p];
                cell.setAccessibleText(model.captions().cellAccessible(a, p, matrix));
                if (matrix == null) {
                    cell.setText("");
                    cell.setStyle(null);
                    cell.getTooltip().setText(null);
                    continue;
                }
                int count = matrix.count(a, p);
                cell.setText(count == 0 ? "" : Integer.toString(count));
                cell.setStyle(shade(a == p, matrix.shade(a, p)));
                cell.getTooltip().setText(text.format(a == p ? "gallery.matrixRightTooltip" : "gallery.matrixCellTooltip",
                        model.captions().className(a), model.captions().className(p), count));
            }
            ClassFigures figures = matrix == null ? null : matrix.figures().get(a);
            precisions[a].setText(figures == null || figures.precision() == null ? ""
                    : text.format("gallery.classPrecision", 100 * figures.precision())); // percent without its sign: 36 px
            precisions[a].setTooltip(figures == null || figures.precision() == null ? null : new Tooltip(text.format(
                    "gallery.matrixPrecisionTooltip", model.captions().className(a), figures.precision(),
                    figures.f1() == null ? 0.0 : figures.f1())));
            double accuracy = matrix == null ? Double.NaN : matrix.classAccuracy(a);
            accuracies[a].setText(Double.isNaN(accuracy) ? "" : text.format("gallery.classAccuracy", accuracy));
            accuracies[a].setTooltip(matrix == null || Double.isNaN(accuracy) ? null : new Tooltip(text.format(
                    "gallery.matrixAccuracyTooltip", model.captions().className(a), accuracy, matrix.count(a, a),
                    matrix.rowTotal(a))));
        }
        markChosen();
    }

    /**
     * Blue for the diagonal, red for errors, translucent over the theme's background so both themes tint
     * it alike (CSS cannot add alpha to a looked-up colour); the text turns to the emphasis ink where the shade is dark.
     */
    static String shade(boolean diagonal, double amount) {
        if (amount <= 0) {
            return null;
        }
        double alpha = 0.12 + 0.83 * amount;
        String rgb = diagonal ? "9, 105, 218" : "207, 34, 46";
        String ink = alpha > 0.55 ? "-color-fg-emphasis" : "-color-fg-default";
        return String.format(Locale.ROOT, "-fx-background-color: rgba(%s, %.3f); -fx-text-fill: %s;", rgb, alpha, ink);
    }

    private void markChosen() {
        int actual = model.filter().actualFilterProperty().get();
        int predicted = model.filter().predictedFilterProperty().get();
        boolean errors = model.filter().sourceProperty().get() == GallerySource.ERRORS;
        for (int a = 0; a < N; a++) {
            for (int p = 0; p < N; p++) {
                cells[a][p].pseudoClassStateChanged(CHOSEN, errors && a == actual && p == predicted);
                cells[a][p].pseudoClassStateChanged(CURSOR, a == model.matrixCursor().actualProperty().get()
                        && p == model.matrixCursor().predictedProperty().get());
            }
        }
    }
}
