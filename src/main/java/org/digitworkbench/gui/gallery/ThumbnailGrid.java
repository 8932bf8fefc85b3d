package org.digitworkbench.gui.gallery;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.eval.Misclassification;

/**
 * The gallery: a list of rows, each holding as many thumbnails as fit the width. Only the visible rows have
 * cells (the list virtualises them), and each cell reuses its thumbnails' images, so a thousand images scroll
 * as smoothly as ten. The arrow keys move a cursor across the tiles (the list's rows are not what the user
 * sees), Enter picks its image as a click does.
 */
final class ThumbnailGrid extends ListView<List<Misclassification>> {
    static final int SCALE = 3;
    static final double TILE_WIDTH = 142;
    static final double TILE_HEIGHT = 134;
    static final double GAP = 8;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("chosen");
    private static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");

    private final GalleryViewModel model;
    private int columns = 1;
    private Tile cursorTile;

    ThumbnailGrid(GalleryViewModel model) {
        this.model = model;
        setId("gallery-grid");
        getStyleClass().add("gallery-grid");
        setFixedCellSize(TILE_HEIGHT + GAP);
        setCellFactory(list -> new RowCell());
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        model.gridCursor().indexProperty().addListener((obs, old, now) -> revealCursor());
        model.filter().shown().addListener((ListChangeListener<Misclassification>) change -> regroup(true));
        widthProperty().addListener((obs, old, now) -> {
            int fit = columnsFor(now.doubleValue());
            if (fit != columns) {
                columns = fit;
                regroup(false);
            }
        });
    }

    int columns() {
        return columns;
    }

    // a filter, so that the list's own handling of the keys (moving its row selection) never sees them
    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        CursorMove step = CursorMove.of(e.getCode());
        if (step != null) {
            model.gridCursor().move(step, columns, Math.max(1, (int) (getHeight() / getFixedCellSize()) - 1));
            notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
            model.gridCursor().open();
            e.consume();
        }
    }

    private void revealCursor() {
        int at = model.gridCursor().indexProperty().get();
        // the flow scrolls only as far as needed; the list's scrollTo would put the row at the top
        if (at >= 0 && at / columns < getItems().size() && lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(at / columns);
        }
    }

    /** Screen readers follow the keyboard cursor's tile, not the list's own focus (a row). */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.FOCUS_ITEM && cursorTile != null) {
            return cursorTile;
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    static int columnsFor(double width) {
        // room for the vertical scroll bar and the list's padding
        return Math.max(1, (int) ((width - 22 - GAP) / (TILE_WIDTH + GAP)));
    }

    private void regroup(boolean toTop) {
        int firstBefore = getItems().isEmpty() ? -1 : getItems().get(0).get(0).index();
        List<Misclassification> all = model.filter().shown();
        List<List<Misclassification>> rows = new ArrayList<>((all.size() + columns - 1) / columns);
        for (int from = 0; from < all.size(); from += columns) {
            rows.add(List.copyOf(all.subList(from, Math.min(all.size(), from + columns))));
        }
        getItems().setAll(rows);
        // the same first image: the same order (the model's answers came in), so the user keeps their place
        if (toTop && !rows.isEmpty() && rows.get(0).get(0).index() != firstBefore) {
            scrollTo(0);
        }
    }

    /** One row of thumbnails. */
    private final class RowCell extends ListCell<List<Misclassification>> {
        private final HBox row = new HBox(GAP);
        private final List<Tile> tiles = new ArrayList<>();

        RowCell() {
            getStyleClass().add("gallery-row");
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            model.selection().selectedProperty().addListener((obs, old, now) -> tiles.forEach(Tile::markSelection));
            model.gridCursor().indexProperty().addListener((obs, old, now) -> tiles.forEach(Tile::markSelection));
        }

        @Override
        protected void updateItem(List<Misclassification> items, boolean empty) {
            super.updateItem(items, empty);
            if (empty || items == null) {
                tiles.forEach(tile -> tile.show(null));
                setGraphic(null);
                return;
            }
            while (tiles.size() < items.size()) {
                Tile tile = new Tile();
                tiles.add(tile);
                row.getChildren().add(tile);
            }
            for (int i = 0; i < tiles.size(); i++) {
                Tile tile = tiles.get(i);
                boolean used = i < items.size();
                tile.setVisible(used);
                tile.setManaged(used);
                tile.show(used ? items.get(i) : null);
            }
            setGraphic(row);
        }
    }

    /** A thumbnail with its two-line caption. */
    private final class Tile extends VBox {
        private final ImageView image = Thumbnails.view(28, SCALE);
        private final Label actual = new Label();
        private final Label predicted = new Label();
        private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
        private static final PseudoClass UNSURE = PseudoClass.getPseudoClass("unsure");
        private final Label confidence = new Label();
        private final Tooltip tooltip = new Tooltip();
        private Misclassification item;

        Tile() {
            super(4);
            getStyleClass().add("gallery-tile");
            setAccessibleRole(AccessibleRole.BUTTON);
            setAlignment(Pos.TOP_CENTER);
            setMinSize(TILE_WIDTH, TILE_HEIGHT);
            setPrefSize(TILE_WIDTH, TILE_HEIGHT);
            setMaxSize(TILE_WIDTH, TILE_HEIGHT);
            for (Label label : new Label[] {actual, predicted}) {
                label.setMaxWidth(TILE_WIDTH - 8);
                label.setTextOverrun(OverrunStyle.ELLIPSIS);
                label.getStyleClass().add("tile-caption");
            }
            predicted.getStyleClass().add("tile-predicted");
            confidence.getStyleClass().add("tile-confidence");
            confidence.setMouseTransparent(true);
            StackPane picture = new StackPane(image, confidence);
            picture.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            StackPane.setAlignment(confidence, Pos.TOP_RIGHT);
            getChildren().addAll(picture, actual, predicted);
            Tooltip.install(this, tooltip);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && item != null) {
                    model.selection().select(item);
                    if (e.getClickCount() == 2) {
                        model.selection().sendToDraw();
                    }
                }
            });
        }

        void show(Misclassification now) {
            item = now;
            LabeledImages images = model.shownImages();
            if (now == null || images == null || now.index() >= images.count()) {
                setId(null);
                markSelection();
                return;
            }
            setId("gallery-tile-" + now.index());
            Thumbnails.draw(image, images, now.index());
            actual.setText(model.captions().actualLine(now));
            predicted.setText(model.captions().predictedLine(now));
            // among the user's drawings some are read right: only a wrong answer is in the danger colour
            boolean unsure = model.captions().unsure(now);
            predicted.pseudoClassStateChanged(RIGHT, !unsure && now.actual() == now.predicted());
            confidence.pseudoClassStateChanged(RIGHT, !unsure && now.actual() == now.predicted());
            predicted.pseudoClassStateChanged(UNSURE, unsure);
            confidence.pseudoClassStateChanged(UNSURE, unsure);
            confidence.setText(model.captions().confidenceText(now));
            confidence.setVisible(!GalleryCaptions.unanswered(now)); // no empty badge before the model has answered
            tooltip.setText(model.captions().caption(now));
            setAccessibleText(model.captions().tileAccessible(now));
            markSelection();
        }

        void markSelection() {
            pseudoClassStateChanged(SELECTED, item != null && item.equals(model.selection().selectedProperty().get()));
            boolean cursor = item != null && item.equals(model.gridCursor().current());
            pseudoClassStateChanged(CURSOR, cursor);
            if (cursor) {
                cursorTile = this;
            } else if (cursorTile == this) {
                cursorTile = null;
            }
        }
    }
}
