package org.digitworkbench.gui.train;

import java.util.ArrayList;
import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.TrainLabels;
import org.digitworkbench.gui.train.run.WatchStrip;
import org.digitworkbench.gui.train.run.WatchTile;

/** The "watch it learn" strip under the charts: each watched image, its predicted class, right or wrong. */
public final class WatchStripView {
    public static final int COLUMNS = WatchStrip.SIZE / 2;
    private static final int SCALE = 2;
    private static final double SHOWN = 34;
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    private final WatchStrip model;
    private final TilePane tiles = new TilePane(4, 4);
    private final List<Tile> shown = new ArrayList<>();
    private final VBox root;

    /** One tile's nodes. */
    private record Tile(VBox box, ImageView image, Label name, Tooltip tip) {
    }

    public WatchStripView(WatchStrip model, Messages text) {
        this.model = model;
        tiles.setId("train-watch");
        tiles.setPrefColumns(COLUMNS);
        // two rows of twelve however wide the pane; narrower, it wraps to more rows
        tiles.setMaxWidth(Region.USE_PREF_SIZE);
        tiles.getStyleClass().add("watch-strip");
        Label caption = TrainLabels.caption(text, "train.watch");
        Label summary = TrainLabels.bound("train-watch-summary", model.summaryProperty());
        summary.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox heading = new HBox(8, caption, summary);
        heading.setAlignment(Pos.BASELINE_LEFT);
        Label empty = new Label(text.format("train.watch.empty", WatchStrip.SIZE));
        empty.setId("train-watch-empty");
        empty.setWrapText(true);
        empty.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        empty.visibleProperty().bind(model.imagesProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        tiles.visibleProperty().bind(empty.visibleProperty().not());
        tiles.managedProperty().bind(tiles.visibleProperty());
        root = new VBox(4, heading, empty, tiles);
        model.imagesProperty().addListener((obs, old, now) -> rebuild(now));
        model.tiles().addListener((ListChangeListener<WatchTile>) change -> update());
        rebuild(model.imagesProperty().get());
        update();
    }

    public VBox node() {
        return root;
    }

    private void rebuild(LabeledImages images) {
        shown.clear();
        tiles.getChildren().clear();
        if (images == null) {
            return;
        }
        for (int i = 0; i < images.count(); i++) {
            ImageView image = new ImageView(picture(images, i));
            image.setFitWidth(SHOWN);
            image.setFitHeight(SHOWN);
            image.setSmooth(true);
            Label name = new Label();
            name.getStyleClass().add("watch-name");
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            name.setMaxWidth(SHOWN + 4);
            name.setAlignment(Pos.CENTER);
            VBox box = new VBox(1, image, name);
            box.setAlignment(Pos.TOP_CENTER);
            box.getStyleClass().add("watch-tile");
            box.setFocusTraversable(false);
            Tooltip tip = new Tooltip();
            Tooltip.install(box, tip);
            shown.add(new Tile(box, image, name, tip));
            tiles.getChildren().add(box);
        }
    }

    private void update() {
        List<WatchTile> now = model.tiles();
        if (now.size() != shown.size()) {
            rebuild(model.imagesProperty().get());
            if (now.size() != shown.size()) {
                return;
            }
        }
        for (int i = 0; i < now.size(); i++) {
            WatchTile tile = now.get(i);
            Tile nodes = shown.get(i);
            nodes.name().setText(tile.name());
            nodes.tip().setText(tile.accessible());
            nodes.box().setAccessibleText(tile.accessible());
            nodes.box().pseudoClassStateChanged(RIGHT, tile.verdict() == WatchTile.Verdict.RIGHT);
            nodes.box().pseudoClassStateChanged(WRONG, tile.verdict() == WatchTile.Verdict.WRONG);
        }
    }

    /** The image drawn {@link #SCALE} times its size, pixel blocks and all, shown a little smaller. */
    private static WritableImage picture(LabeledImages images, int index) {
        int width = images.cols() * SCALE;
        int height = images.rows() * SCALE;
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = images.pixel(index, (y / SCALE) * images.cols() + x / SCALE);
                argb[y * width + x] = 0xFF000000 | v << 16 | v << 8 | v;
            }
        }
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
